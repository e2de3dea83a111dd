// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::ECR::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, Json, Tag } from '../values.js';

/** The `AWS::ECR::PublicRepository` resource specifies an Amazon Elastic Container Registry Public (Amazon ECR Public) repository, where users can push and pull Docker images, Open Container Initiative (OCI) images, and OCI compatible artif... */
export interface PublicRepositoryProps {
  /** The details about the repository that are publicly visible in the Amazon ECR Public Gallery. For more information, see [Amazon ECR Public repository catalog data](https://docs.aws.amazon.com/AmazonECR/latest/public/public-repository-cata... */
  readonly RepositoryCatalogData?: Value<PublicRepository_RepositoryCatalogData>;
  /** The name to use for the public repository. The repository name may be specified on its own (such as `nginx-web-app` ) or it can be prepended with a namespace to group the repository into a category (such as `project-a/nginx-web-app` ). I... */
  readonly RepositoryName?: Value<string>;
  /** The JSON repository policy text to apply to the public repository. For more information, see [Amazon ECR Public repository policies](https://docs.aws.amazon.com/AmazonECR/latest/public/public-repository-policies.html) in the *Amazon ECR... */
  readonly RepositoryPolicyText?: Value<Json> | Value<string>;
  /** An array of key-value pairs to apply to this resource. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface PublicRepository_RepositoryCatalogData {
  /** The longform description of the contents of the repository. This text appears in the repository details on the Amazon ECR Public Gallery. */
  readonly AboutText?: Value<string>;
  /** The architecture tags that are associated with the repository. */
  readonly Architectures?: ListOf<Value<string>>;
  /** The operating system tags that are associated with the repository. */
  readonly OperatingSystems?: ListOf<Value<string>>;
  /** The short description of the repository. */
  readonly RepositoryDescription?: Value<string>;
  /** The longform usage details of the contents of the repository. The usage text provides context for users of the repository. */
  readonly UsageText?: Value<string>;
}

/** The `AWS::ECR::PullThroughCacheRule` resource creates or updates a pull through cache rule. A pull through cache rule provides a way to cache images from an upstream registry in your Amazon ECR private registry. */
export interface PullThroughCacheRuleProps {
  /** The ARN of the Secrets Manager secret associated with the pull through cache rule. */
  readonly CredentialArn?: Value<string>;
  /** The ARN of the IAM role associated with the pull through cache rule. */
  readonly CustomRoleArn?: Value<string>;
  /** The Amazon ECR repository prefix associated with the pull through cache rule. */
  readonly EcrRepositoryPrefix?: Value<string>;
  /** The name of the upstream source registry associated with the pull through cache rule. */
  readonly UpstreamRegistry?: Value<string>;
  /** The upstream registry URL associated with the pull through cache rule. */
  readonly UpstreamRegistryUrl?: Value<string>;
  /** The upstream repository prefix associated with the pull through cache rule. */
  readonly UpstreamRepositoryPrefix?: Value<string>;
}

/** The ARN of the IAM principal to remove from the pull time update exclusion list. */
export interface PullTimeUpdateExclusionProps {
  /** The ARN of the IAM principal to remove from the pull time update exclusion list. */
  readonly PrincipalArn: Value<string>;
}

/** The `AWS::ECR::RegistryPolicy` resource creates or updates the permissions policy for a private registry. */
export interface RegistryPolicyProps {
  /** The JSON policy text for your registry. */
  readonly PolicyText: Value<Json>;
}

/** The scanning configuration for a private registry. */
export interface RegistryScanningConfigurationProps {
  /** The scanning rules associated with the registry. */
  readonly Rules: ListOf<Value<RegistryScanningConfiguration_ScanningRule>>;
  /** The type of scanning configured for the registry. */
  readonly ScanType: Value<string>;
}

export interface RegistryScanningConfiguration_RepositoryFilter {
  /** The filter to use when scanning. */
  readonly Filter: Value<string>;
  /** The type associated with the filter. */
  readonly FilterType: Value<string>;
}

export interface RegistryScanningConfiguration_ScanningRule {
  /** The details of a scanning repository filter. For more information on how to use filters, see [Using filters](https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html#image-scanning-filters) in the *Amazon Elastic Contai... */
  readonly RepositoryFilters: ListOf<Value<RegistryScanningConfiguration_RepositoryFilter>>;
  /** The frequency that scans are performed at for a private registry. When the `ENHANCED` scan type is specified, the supported scan frequencies are `CONTINUOUS_SCAN` and `SCAN_ON_PUSH` . When the `BASIC` scan type is specified, the `SCAN_ON... */
  readonly ScanFrequency: Value<string>;
}

/** The `AWS::ECR::ReplicationConfiguration` resource creates or updates the replication configuration for a private registry. The first time a replication configuration is applied to a private registry, a service-linked IAM role is created... */
export interface ReplicationConfigurationProps {
  /** The replication configuration for a registry. */
  readonly ReplicationConfiguration: Value<ReplicationConfiguration_ReplicationConfiguration>;
}

export interface ReplicationConfiguration_ReplicationConfiguration {
  /** An array of objects representing the replication destinations and repository filters for a replication configuration. */
  readonly Rules: ListOf<Value<ReplicationConfiguration_ReplicationRule>>;
}

export interface ReplicationConfiguration_ReplicationDestination {
  /** The Region to replicate to. */
  readonly Region: Value<string>;
  /** The AWS account ID of the Amazon ECR private registry to replicate to. When configuring cross-Region replication within your own registry, specify your own account ID. */
  readonly RegistryId: Value<string>;
}

export interface ReplicationConfiguration_ReplicationRule {
  /** An array of objects representing the destination for a replication rule. */
  readonly Destinations: ListOf<Value<ReplicationConfiguration_ReplicationDestination>>;
  /** An array of objects representing the filters for a replication rule. Specifying a repository filter for a replication rule provides a method for controlling which repositories in a private registry are replicated. */
  readonly RepositoryFilters?: ListOf<Value<ReplicationConfiguration_RepositoryFilter>>;
}

export interface ReplicationConfiguration_RepositoryFilter {
  /** The repository filter details. When the `PREFIX_MATCH` filter type is specified, this value is required and should be the repository name prefix to configure replication for. */
  readonly Filter: Value<string>;
  /** The repository filter type. The only supported value is `PREFIX_MATCH` , which is a repository name prefix specified with the `filter` parameter. */
  readonly FilterType: Value<string>;
}

/** The `AWS::ECR::Repository` resource specifies an Amazon Elastic Container Registry (Amazon ECR) repository, where users can push and pull Docker images, Open Container Initiative (OCI) images, and OCI compatible artifacts. For more infor... */
export interface RepositoryProps {
  /** If true, deleting the repository force deletes the contents of the repository. If false, the repository must be empty before attempting to delete it. */
  readonly EmptyOnDelete?: Value<boolean>;
  /** The encryption configuration for the repository. This determines how the contents of your repository are encrypted at rest. */
  readonly EncryptionConfiguration?: Value<Repository_EncryptionConfiguration>;
  /** > The `imageScanningConfiguration` parameter is being deprecated, in favor of specifying the image scanning configuration at the registry level. For more information, see `PutRegistryScanningConfiguration` . */
  readonly ImageScanningConfiguration?: Value<Repository_ImageScanningConfiguration>;
  /** The tag mutability setting for the repository. If this parameter is omitted, the default setting of `MUTABLE` will be used which will allow image tags to be overwritten. If `IMMUTABLE` is specified, all image tags within the repository w... */
  readonly ImageTagMutability?: Value<string>;
  /** A list of filters that specify which image tags are excluded from the repository's image tag mutability setting. */
  readonly ImageTagMutabilityExclusionFilters?: ListOf<Value<Repository_ImageTagMutabilityExclusionFilter>>;
  /** Creates or updates a lifecycle policy. For information about lifecycle policy syntax, see [Lifecycle policy template](https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html) . */
  readonly LifecyclePolicy?: Value<Repository_LifecyclePolicy>;
  /** The name to use for the repository. The repository name may be specified on its own (such as `nginx-web-app` ) or it can be prepended with a namespace to group the repository into a category (such as `project-a/nginx-web-app` ). If you d... */
  readonly RepositoryName?: Value<string>;
  /** The JSON repository policy text to apply to the repository. For more information, see [Amazon ECR repository policies](https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html) in the *Amazon Elastic Contain... */
  readonly RepositoryPolicyText?: Value<Json> | Value<string>;
  /** An array of key-value pairs to apply to this resource. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface Repository_EncryptionConfiguration {
  /** The encryption type to use. */
  readonly EncryptionType: Value<string>;
  /** If you use the `KMS` encryption type, specify the AWS key to use for encryption. The alias, key ID, or full ARN of the AWS key can be specified. The key must exist in the same Region as the repository. If no key is specified, the default... */
  readonly KmsKey?: Value<string>;
}

export interface Repository_ImageScanningConfiguration {
  /** The setting that determines whether images are scanned after being pushed to a repository. If set to `true` , images will be scanned after being pushed. If this parameter is not specified, it will default to `false` and images will not b... */
  readonly ScanOnPush?: Value<boolean>;
}

export interface Repository_ImageTagMutabilityExclusionFilter {
  /** Specifies the type of filter to use for excluding image tags from the repository's mutability setting. */
  readonly ImageTagMutabilityExclusionFilterType: Value<string>;
  /** The value to use when filtering image tags. */
  readonly ImageTagMutabilityExclusionFilterValue: Value<string>;
}

export interface Repository_LifecyclePolicy {
  /** The JSON repository policy text to apply to the repository. */
  readonly LifecyclePolicyText?: Value<string>;
  /** The AWS account ID associated with the registry that contains the repository. If you do not specify a registry, the default registry is assumed. */
  readonly RegistryId?: Value<string>;
}

/** The details of the repository creation template associated with the request. */
export interface RepositoryCreationTemplateProps {
  /** A list of enumerable Strings representing the repository creation scenarios that this template will apply towards. The supported scenarios are PULL_THROUGH_CACHE, REPLICATION, and CREATE_ON_PUSH */
  readonly AppliedFor: ListOf<Value<string>>;
  /** The ARN of the role to be assumed by Amazon ECR. Amazon ECR will assume your supplied role when the customRoleArn is specified. When this field isn't specified, Amazon ECR will use the service-linked role for the repository creation temp... */
  readonly CustomRoleArn?: Value<string>;
  /** The description associated with the repository creation template. */
  readonly Description?: Value<string>;
  /** The encryption configuration associated with the repository creation template. */
  readonly EncryptionConfiguration?: Value<RepositoryCreationTemplate_EncryptionConfiguration>;
  /** The tag mutability setting for the repository. If this parameter is omitted, the default setting of `MUTABLE` will be used which will allow image tags to be overwritten. If `IMMUTABLE` is specified, all image tags within the repository w... */
  readonly ImageTagMutability?: Value<string>;
  /** A list of filters that specify which image tags are excluded from the repository creation template's image tag mutability setting. */
  readonly ImageTagMutabilityExclusionFilters?: ListOf<Value<RepositoryCreationTemplate_ImageTagMutabilityExclusionFilter>>;
  /** The lifecycle policy to use for repositories created using the template. */
  readonly LifecyclePolicy?: Value<string>;
  /** The repository namespace prefix associated with the repository creation template. */
  readonly Prefix: Value<string>;
  /** The repository policy to apply to repositories created using the template. A repository policy is a permissions policy associated with a repository to control access permissions. */
  readonly RepositoryPolicy?: Value<string>;
  /** The metadata to apply to the repository to help you categorize and organize. Each tag consists of a key and an optional value, both of which you define. Tag keys can have a maximum character length of 128 characters, and tag values can h... */
  readonly ResourceTags?: ListOf<Value<Tag>>;
}

export interface RepositoryCreationTemplate_EncryptionConfiguration {
  /** The encryption type to use. */
  readonly EncryptionType: Value<string>;
  /** If you use the `KMS` encryption type, specify the AWS key to use for encryption. The alias, key ID, or full ARN of the AWS key can be specified. The key must exist in the same Region as the repository. If no key is specified, the default... */
  readonly KmsKey?: Value<string>;
}

export interface RepositoryCreationTemplate_ImageTagMutabilityExclusionFilter {
  readonly ImageTagMutabilityExclusionFilterType: Value<string>;
  readonly ImageTagMutabilityExclusionFilterValue: Value<string>;
}

/** The signing configuration for a registry, which specifies rules for automatically signing images when pushed. */
export interface SigningConfigurationProps {
  /** A list of signing rules. Each rule defines a signing profile and optional repository filters that determine which images are automatically signed. */
  readonly Rules: ListOf<Value<SigningConfiguration_Rule>>;
}

export interface SigningConfiguration_RepositoryFilter {
  /** The filter value used to match repository names. When using `WILDCARD_MATCH` , the `*` character matches any sequence of characters. */
  readonly Filter: Value<string>;
  /** The type of filter to apply. Currently, only `WILDCARD_MATCH` is supported, which uses wildcard patterns to match repository names. */
  readonly FilterType: Value<string>;
}

export interface SigningConfiguration_Rule {
  /** A list of repository filters that determine which repositories have their images signed on push. If no filters are specified, all images pushed to the registry are signed using the rule's signing profile. Maximum of 100 filters per rule. */
  readonly RepositoryFilters?: ListOf<Value<SigningConfiguration_RepositoryFilter>>;
  /** The ARN of the AWS Signer signing profile to use for signing images that match this rule. For more information about signing profiles, see [Signing profiles](https://docs.aws.amazon.com/signer/latest/developerguide/signing-profiles.html)... */
  readonly SigningProfileArn: Value<string>;
}
