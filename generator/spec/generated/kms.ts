// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::KMS::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, Json, Tag } from '../values.js';

/** The `AWS::KMS::Alias` resource specifies a display name for a [KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms_keys) . You can use an alias to identify a KMS key in the AWS console, in the [DescribeKey](h... */
export interface AliasProps {
  /** Specifies the alias name. This value must begin with `alias/` followed by a name, such as `alias/ExampleAlias` . */
  readonly AliasName: Value<string>;
  /** Associates the alias with the specified [customer managed key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk) . The KMS key must be in the same AWS account and Region. */
  readonly TargetKeyId: Value<string>;
}

/** The `AWS::KMS::Key` resource specifies an [KMS key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms_keys) in AWS Key Management Service . You can use this resource to create symmetric encryption KMS keys, asymmetr... */
export interface KeyProps {
  /** Skips ("bypasses") the key policy lockout safety check. The default value is false. */
  readonly BypassPolicyLockoutSafetyCheck?: Value<boolean>;
  /** A description of the KMS key. Use a description that helps you to distinguish this KMS key from others in the account, such as its intended use. */
  readonly Description?: Value<string>;
  /** Specifies whether the KMS key is enabled. Disabled KMS keys cannot be used in cryptographic operations. */
  readonly Enabled?: Value<boolean>;
  /** Enables automatic rotation of the key material for the specified KMS key. By default, automatic key rotation is not enabled. */
  readonly EnableKeyRotation?: Value<boolean>;
  /** The key policy to attach to the KMS key. */
  readonly KeyPolicy?: Value<Json> | Value<string>;
  /** Specifies the type of KMS key to create. The default value, `SYMMETRIC_DEFAULT` , creates a KMS key with a 256-bit symmetric key for encryption and decryption. In China Regions, `SYMMETRIC_DEFAULT` creates a 128-bit symmetric key that us... */
  readonly KeySpec?: Value<string>;
  /** Determines the [cryptographic operations](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#cryptographic-operations) for which you can use the KMS key. The default value is `ENCRYPT_DECRYPT` . This property is required... */
  readonly KeyUsage?: Value<string>;
  /** Creates a multi-Region primary key that you can replicate in other AWS Regions . You can't change the `MultiRegion` value after the KMS key is created. */
  readonly MultiRegion?: Value<boolean>;
  /** The source of the key material for the KMS key. You cannot change the origin after you create the KMS key. The default is `AWS_KMS` , which means that AWS creates the key material. */
  readonly Origin?: Value<string>;
  /** Specifies the number of days in the waiting period before AWS deletes a KMS key that has been removed from a CloudFormation stack. Enter a value between 7 and 30 days. The default value is 30 days. */
  readonly PendingWindowInDays?: Value<number>;
  /** Specifies a custom period of time between each rotation date. If no value is specified, the default value is 365 days. */
  readonly RotationPeriodInDays?: Value<number>;
  /** Assigns one or more tags to the replica key. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** The `AWS::KMS::ReplicaKey` resource specifies a multi-Region replica key that is based on a multi-Region primary key. */
export interface ReplicaKeyProps {
  /** A description of the KMS key. */
  readonly Description?: Value<string>;
  /** Specifies whether the replica key is enabled. Disabled KMS keys cannot be used in cryptographic operations. */
  readonly Enabled?: Value<boolean>;
  /** The key policy that authorizes use of the replica key. */
  readonly KeyPolicy: Value<Json> | Value<string>;
  /** Specifies the number of days in the waiting period before AWS deletes a replica key that has been removed from a CloudFormation stack. Enter a value between 7 and 30 days. The default value is 30 days. */
  readonly PendingWindowInDays?: Value<number>;
  /** Specifies the multi-Region primary key to replicate. The primary key must be in a different AWS Region of the same AWS partition. You can create only one replica of a given primary key in each AWS Region . */
  readonly PrimaryKeyArn: Value<string>;
  /** Assigns one or more tags to the replica key. */
  readonly Tags?: ListOf<Value<Tag>>;
}
