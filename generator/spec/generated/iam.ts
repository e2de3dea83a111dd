// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::IAM::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, Json, Tag } from '../values.js';

/** Creates a new AWS secret access key and corresponding AWS access key ID for the specified user. The default status for new keys is `Active` . */
export interface AccessKeyProps {
  /** This value is specific to CloudFormation and can only be *incremented* . Incrementing this value notifies CloudFormation that you want to rotate your access key. When you update your stack, CloudFormation will replace the existing access... */
  readonly Serial?: Value<number>;
  /** The status of the access key. `Active` means that the key is valid for API calls, while `Inactive` means it is not. */
  readonly Status?: Value<string>;
  /** The name of the IAM user that the new key will belong to. */
  readonly UserName: Value<string>;
}

/** Creates a new group. */
export interface GroupProps {
  /** The name of the group to create. Do not include the path in this value. */
  readonly GroupName?: Value<string>;
  /** The Amazon Resource Name (ARN) of the IAM policy you want to attach. */
  readonly ManagedPolicyArns?: ListOf<Value<string>>;
  /** The path to the group. For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide* . */
  readonly Path?: Value<string>;
  /** Adds or updates an inline policy document that is embedded in the specified IAM group. To view AWS::IAM::Group snippets, see [Declaring an IAM Group Resource](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/quickref-iam.ht... */
  readonly Policies?: ListOf<Value<Group_Policy>>;
}

export interface Group_Policy {
  /** The policy document. */
  readonly PolicyDocument: Value<string> | Value<Json>;
  /** The friendly name (not ARN) identifying the policy. */
  readonly PolicyName: Value<string>;
}

/** Adds or updates an inline policy document that is embedded in the specified IAM group. */
export interface GroupPolicyProps {
  /** The name of the group to associate the policy with. */
  readonly GroupName: Value<string>;
  /** The policy document. */
  readonly PolicyDocument?: Value<Json>;
  /** The name of the policy document. */
  readonly PolicyName: Value<string>;
}

/** Creates a new instance profile. For information about instance profiles, see [Using instance profiles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html) . */
export interface InstanceProfileProps {
  /** The name of the instance profile to create. */
  readonly InstanceProfileName?: Value<string>;
  /** The path to the instance profile. For more information about paths, see [IAM Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide* . */
  readonly Path?: Value<string>;
  /** The name of the role to associate with the instance profile. Only one role can be assigned to an EC2 instance at a time, and all applications on the instance share the same role and permissions. */
  readonly Roles: ListOf<Value<string>>;
}

/** Creates a new managed policy for your AWS account . */
export interface ManagedPolicyProps {
  /** A friendly description of the policy. */
  readonly Description?: Value<string>;
  /** The name (friendly name, not ARN) of the group to attach the policy to. */
  readonly Groups?: ListOf<Value<string>>;
  /** The friendly name of the policy. */
  readonly ManagedPolicyName?: Value<string>;
  /** The path for the policy. */
  readonly Path?: Value<string>;
  /** The JSON policy document that you want to use as the content for the new policy. */
  readonly PolicyDocument: Value<Json> | Value<string>;
  /** The name (friendly name, not ARN) of the role to attach the policy to. */
  readonly Roles?: ListOf<Value<string>>;
  /** The name (friendly name, not ARN) of the IAM user to attach the policy to. */
  readonly Users?: ListOf<Value<string>>;
}

/** Creates or updates an IAM entity to describe an identity provider (IdP) that supports [OpenID Connect (OIDC)](https://docs.aws.amazon.com/http://openid.net/connect/) . */
export interface OIDCProviderProps {
  /** A list of client IDs (also known as audiences) that are associated with the specified IAM OIDC provider resource object. For more information, see [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_Crea... */
  readonly ClientIdList?: ListOf<Value<string>>;
  /** A list of tags that are attached to the specified IAM OIDC provider. The returned list of tags is sorted by tag key. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags... */
  readonly Tags?: ListOf<Value<Tag>>;
  /** A list of certificate thumbprints that are associated with the specified IAM OIDC provider resource object. For more information, see [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConne... */
  readonly ThumbprintList?: ListOf<Value<string>>;
  /** The URL that the IAM OIDC provider resource object is associated with. For more information, see [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html) . */
  readonly Url?: Value<string>;
}

/** Adds or updates an inline policy document that is embedded in the specified IAM group, user or role. */
export interface PolicyProps {
  /** The name of the group to associate the policy with. */
  readonly Groups?: ListOf<Value<string>>;
  /** The policy document. */
  readonly PolicyDocument: Value<Json> | Value<string>;
  /** The name of the policy document. */
  readonly PolicyName: Value<string>;
  /** The name of the role to associate the policy with. */
  readonly Roles?: ListOf<Value<string>>;
  /** The name of the user to associate the policy with. */
  readonly Users?: ListOf<Value<string>>;
}

/** Creates a new role for your AWS account . */
export interface RoleProps {
  /** The trust policy that is associated with this role. Trust policies define which entities can assume the role. You can associate only one trust policy with a role. For an example of a policy that can be used to assume a role, see [Templat... */
  readonly AssumeRolePolicyDocument: Value<Json> | Value<string>;
  /** A description of the role that you provide. */
  readonly Description?: Value<string>;
  /** A list of Amazon Resource Names (ARNs) of the IAM managed policies that you want to attach to the role. */
  readonly ManagedPolicyArns?: ListOf<Value<string>>;
  /** The maximum session duration (in seconds) that you want to set for the specified role. If you do not specify a value for this setting, the default value of one hour is applied. This setting can have a value from 1 hour to 12 hours. */
  readonly MaxSessionDuration?: Value<number>;
  /** The path to the role. For more information about paths, see [IAM Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide* . */
  readonly Path?: Value<string>;
  /** The ARN of the policy used to set the permissions boundary for the role. */
  readonly PermissionsBoundary?: Value<string>;
  /** Adds or updates an inline policy document that is embedded in the specified IAM role. */
  readonly Policies?: ListOf<Value<Role_Policy>>;
  /** A name for the IAM role, up to 64 characters in length. For valid values, see the `RoleName` parameter for the [`CreateRole`](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html) action in the *IAM User Guide* . */
  readonly RoleName?: Value<string>;
  /** A list of tags that are attached to the role. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide* . */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface Role_Policy {
  /** The entire contents of the policy that defines permissions. For more information, see [Overview of JSON policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#access_policies-json) . */
  readonly PolicyDocument: Value<string> | Value<Json>;
  /** The friendly name (not ARN) identifying the policy. */
  readonly PolicyName: Value<string>;
}

/** Adds or updates an inline policy document that is embedded in the specified IAM role. */
export interface RolePolicyProps {
  /** The policy document. */
  readonly PolicyDocument?: Value<Json>;
  /** The name of the policy document. */
  readonly PolicyName: Value<string>;
  /** The name of the role to associate the policy with. */
  readonly RoleName: Value<string>;
}

/** Creates an IAM resource that describes an identity provider (IdP) that supports SAML 2.0. */
export interface SAMLProviderProps {
  /** Specifies the new private key from your external identity provider. The private key must be a .pem file that uses AES-GCM or AES-CBC encryption algorithm to decrypt SAML assertions. */
  readonly AddPrivateKey?: Value<string>;
  /** Specifies the encryption setting for the SAML provider. */
  readonly AssertionEncryptionMode?: Value<string>;
  /** The name of the provider to create. */
  readonly Name?: Value<string>;
  /** The private key metadata for the SAML provider. */
  readonly PrivateKeyList?: ListOf<Value<SAMLProvider_SAMLPrivateKey>>;
  /** The Key ID of the private key to remove. */
  readonly RemovePrivateKey?: Value<string>;
  /** An XML document generated by an identity provider (IdP) that supports SAML 2.0. The document includes the issuer's name, expiration information, and keys that can be used to validate the SAML authentication response (assertions) that are... */
  readonly SamlMetadataDocument?: Value<string>;
  /** A list of tags that you want to attach to the new IAM SAML provider. Each tag consists of a key name and an associated value. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuid... */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface SAMLProvider_SAMLPrivateKey {
  /** The unique identifier for the SAML private key. */
  readonly KeyId: Value<string>;
  /** The date and time, in [ISO 8601 date-time](https://docs.aws.amazon.com/http://www.iso.org/iso/iso8601) format, when the private key was uploaded. */
  readonly Timestamp: Value<string>;
}

/** Uploads a server certificate entity for the AWS account . The server certificate entity includes a public key certificate, a private key, and an optional certificate chain, which should all be PEM-encoded. */
export interface ServerCertificateProps {
  /** The contents of the public key certificate. */
  readonly CertificateBody?: Value<string>;
  /** The contents of the public key certificate chain. */
  readonly CertificateChain?: Value<string>;
  /** The path for the server certificate. For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide* . */
  readonly Path?: Value<string>;
  /** The contents of the private key in PEM-encoded format. */
  readonly PrivateKey?: Value<string>;
  /** The name for the server certificate. Do not include the path in this value. The name of the certificate cannot contain any spaces. */
  readonly ServerCertificateName?: Value<string>;
  /** A list of tags that are attached to the server certificate. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User Guide* . */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Creates an IAM role that is linked to a specific AWS service. The service controls the attached policies and when the role can be deleted. This helps ensure that the service is not broken by an unexpectedly changed or deleted role, which... */
export interface ServiceLinkedRoleProps {
  /** The service principal for the AWS service to which this role is attached. You use a string similar to a URL but without the http:// in front. For example: `elasticbeanstalk.amazonaws.com` . */
  readonly AWSServiceName?: Value<string>;
  /** A string that you provide, which is combined with the service-provided prefix to form the complete role name. If you make multiple requests for the same service, then you must supply a different `CustomSuffix` for each request. Otherwise... */
  readonly CustomSuffix?: Value<string>;
  /** The description of the role. */
  readonly Description?: Value<string>;
}

/** Creates a new IAM user for your AWS account . */
export interface UserProps {
  /** A list of group names to which you want to add the user. */
  readonly Groups?: ListOf<Value<string>>;
  /** Creates a password for the specified IAM user. A password allows an IAM user to access AWS services through the AWS Management Console . */
  readonly LoginProfile?: Value<User_LoginProfile>;
  /** A list of Amazon Resource Names (ARNs) of the IAM managed policies that you want to attach to the user. */
  readonly ManagedPolicyArns?: ListOf<Value<string>>;
  /** The path for the user name. For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide* . */
  readonly Path?: Value<string>;
  /** The ARN of the managed policy that is used to set the permissions boundary for the user. */
  readonly PermissionsBoundary?: Value<string>;
  /** Adds or updates an inline policy document that is embedded in the specified IAM user. To view AWS::IAM::User snippets, see [Declaring an IAM User Resource](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/quickref-iam.html#... */
  readonly Policies?: ListOf<Value<User_Policy>>;
  /** A list of tags that you want to attach to the new user. Each tag consists of a key name and an associated value. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.htm... */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The name of the user to create. Do not include the path in this value. */
  readonly UserName?: Value<string>;
}

export interface User_LoginProfile {
  /** The user's password. */
  readonly Password: Value<string>;
  /** Specifies whether the user is required to set a new password on next sign-in. */
  readonly PasswordResetRequired?: Value<boolean>;
}

export interface User_Policy {
  /** The entire contents of the policy that defines permissions. For more information, see [Overview of JSON policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#access_policies-json) . */
  readonly PolicyDocument: Value<Json> | Value<string>;
  /** The friendly name (not ARN) identifying the policy. */
  readonly PolicyName: Value<string>;
}

/** Adds or updates an inline policy document that is embedded in the specified IAM user. */
export interface UserPolicyProps {
  /** The policy document. */
  readonly PolicyDocument?: Value<Json>;
  /** The name of the policy document. */
  readonly PolicyName: Value<string>;
  /** The name of the user to associate the policy with. */
  readonly UserName: Value<string>;
}

/** Adds the specified user to the specified group. */
export interface UserToGroupAdditionProps {
  /** The name of the group to update. */
  readonly GroupName: Value<string>;
  /** A list of the names of the users that you want to add to the group. */
  readonly Users: ListOf<Value<string>>;
}

/** Creates a new virtual MFA device for the AWS account . After creating the virtual MFA, use [EnableMFADevice](https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableMFADevice.html) to attach the MFA device to an IAM user. For more... */
export interface VirtualMFADeviceProps {
  /** The path for the virtual MFA device. For more information about paths, see [IAM identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the *IAM User Guide* . */
  readonly Path?: Value<string>;
  /** A list of tags that you want to attach to the new IAM virtual MFA device. Each tag consists of a key name and an associated value. For more information about tagging, see [Tagging IAM resources](https://docs.aws.amazon.com/IAM/latest/Use... */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The IAM user associated with this virtual MFA device. */
  readonly Users: ListOf<Value<string>>;
  /** The name of the virtual MFA device, which must be unique. Use with path to uniquely identify a virtual MFA device. */
  readonly VirtualMfaDeviceName?: Value<string>;
}
