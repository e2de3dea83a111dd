// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::Cognito::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, MapOf, Json, Tag } from '../values.js';

/** The `AWS::Cognito::IdentityPool` resource creates an Amazon Cognito identity pool. */
export interface IdentityPoolProps {
  /** Enables the Basic (Classic) authentication flow. */
  readonly AllowClassicFlow?: Value<boolean>;
  /** Specifies whether the identity pool supports unauthenticated logins. */
  readonly AllowUnauthenticatedIdentities: Value<boolean>;
  /** The events to configure. */
  readonly CognitoEvents?: Value<Json>;
  /** The Amazon Cognito user pools and their client IDs. */
  readonly CognitoIdentityProviders?: ListOf<Value<IdentityPool_CognitoIdentityProvider>>;
  /** Configuration options for configuring Amazon Cognito streams. */
  readonly CognitoStreams?: Value<IdentityPool_CognitoStreams>;
  /** The "domain" Amazon Cognito uses when referencing your users. This name acts as a placeholder that allows your backend and the Amazon Cognito service to communicate about the developer provider. For the `DeveloperProviderName` , you can... */
  readonly DeveloperProviderName?: Value<string>;
  /** The name of your Amazon Cognito identity pool. */
  readonly IdentityPoolName?: Value<string>;
  /** Tags to assign to the identity pool. A tag is a label that you can apply to identity pools to categorize and manage them in different ways, such as by purpose, owner, environment, or other criteria. */
  readonly IdentityPoolTags?: ListOf<Value<Tag>>;
  /** The Amazon Resource Names (ARNs) of the OpenID connect providers. */
  readonly OpenIdConnectProviderARNs?: ListOf<Value<string>>;
  /** The configuration options to be applied to the identity pool. */
  readonly PushSync?: Value<IdentityPool_PushSync>;
  /** The Amazon Resource Names (ARNs) of the Security Assertion Markup Language (SAML) providers. */
  readonly SamlProviderARNs?: ListOf<Value<string>>;
  /** Key-value pairs that map provider names to provider app IDs. */
  readonly SupportedLoginProviders?: Value<Json>;
}

export interface IdentityPool_CognitoIdentityProvider {
  /** The client ID for the Amazon Cognito user pool. */
  readonly ClientId: Value<string>;
  /** The provider name for an Amazon Cognito user pool. For example: `cognito-idp.us-east-2.amazonaws.com/us-east-2_123456789` . */
  readonly ProviderName: Value<string>;
  /** TRUE if server-side token validation is enabled for the identity provider’s token. */
  readonly ServerSideTokenCheck?: Value<boolean>;
}

export interface IdentityPool_CognitoStreams {
  /** The Amazon Resource Name (ARN) of the role Amazon Cognito can assume to publish to the stream. This role must grant access to Amazon Cognito (cognito-sync) to invoke `PutRecord` on your Amazon Cognito stream. */
  readonly RoleArn?: Value<string>;
  /** Status of the Amazon Cognito streams. Valid values are: `ENABLED` or `DISABLED` . */
  readonly StreamingStatus?: Value<string>;
  /** The name of the Amazon Cognito stream to receive updates. This stream must be in the developer's account and in the same Region as the identity pool. */
  readonly StreamName?: Value<string>;
}

export interface IdentityPool_PushSync {
  /** The ARNs of the Amazon SNS platform applications that could be used by clients. */
  readonly ApplicationArns?: ListOf<Value<string>>;
  /** An IAM role configured to allow Amazon Cognito to call Amazon SNS on behalf of the developer. */
  readonly RoleArn?: Value<string>;
}

/** A list of the identity pool principal tag assignments for attributes for access control. */
export interface IdentityPoolPrincipalTagProps {
  /** The identity pool that you want to associate with this principal tag map. */
  readonly IdentityPoolId: Value<string>;
  /** The identity pool identity provider (IdP) that you want to associate with this principal tag map. */
  readonly IdentityProviderName: Value<string>;
  /** A JSON-formatted list of user claims and the principal tags that you want to associate with them. When Amazon Cognito requests credentials, it sets the value of the principal tag to the value of the user's claim. */
  readonly PrincipalTags?: Value<Json>;
  /** Use a default set of mappings between claims and tags for this provider, instead of a custom map. */
  readonly UseDefaults?: Value<boolean>;
}

/** The `AWS::Cognito::IdentityPoolRoleAttachment` resource manages the role configuration for an Amazon Cognito identity pool. */
export interface IdentityPoolRoleAttachmentProps {
  /** An identity pool ID in the format `REGION:GUID` . */
  readonly IdentityPoolId: Value<string>;
  /** How users for a specific identity provider are mapped to roles. This is a string to the `RoleMapping` object map. The string identifies the identity provider. For example: `graph.facebook.com` or `cognito-idp.us-east-1.amazonaws.com/us-e... */
  readonly RoleMappings?: MapOf<Value<IdentityPoolRoleAttachment_RoleMapping>>;
  /** The map of the roles associated with this pool. For a given role, the key is either "authenticated" or "unauthenticated". The value is the role ARN. */
  readonly Roles?: MapOf<Value<string>>;
}

export interface IdentityPoolRoleAttachment_MappingRule {
  /** The claim name that must be present in the token. For example: "isAdmin" or "paid". */
  readonly Claim: Value<string>;
  /** The match condition that specifies how closely the claim value in the IdP token must match `Value` . */
  readonly MatchType: Value<string>;
  /** The Amazon Resource Name (ARN) of the role. */
  readonly RoleARN: Value<string>;
  /** A brief string that the claim must match. For example, "paid" or "yes". */
  readonly Value: Value<string>;
}

export interface IdentityPoolRoleAttachment_RoleMapping {
  /** If you specify Token or Rules as the `Type` , `AmbiguousRoleResolution` is required. */
  readonly AmbiguousRoleResolution?: Value<string>;
  /** Identifier for the identity provider for which the role is mapped. For example: `graph.facebook.com` or `cognito-idp.us-east-1.amazonaws.com/us-east-1_abcdefghi:app_client_id (http://cognito-idp.us-east-1.amazonaws.com/us-east-1_abcdefgh... */
  readonly IdentityProvider?: Value<string>;
  /** The rules to be used for mapping users to roles. If you specify "Rules" as the role-mapping type, RulesConfiguration is required. */
  readonly RulesConfiguration?: Value<IdentityPoolRoleAttachment_RulesConfigurationType>;
  /** The role mapping type. Token will use `cognito:roles` and `cognito:preferred_role` claims from the Cognito identity provider token to map groups to roles. Rules will attempt to match claims from the token to map to a role. */
  readonly Type: Value<string>;
}

export interface IdentityPoolRoleAttachment_RulesConfigurationType {
  /** The rules. You can specify up to 25 rules per identity provider. */
  readonly Rules: ListOf<Value<IdentityPoolRoleAttachment_MappingRule>>;
}

/** Sets up or modifies the logging configuration of a user pool. User pools can export user notification logs and, when threat protection is active, user-activity logs. For more information, see [Exporting user pool logs](https://docs.aws.a... */
export interface LogDeliveryConfigurationProps {
  /** A logging destination of a user pool. User pools can have multiple logging destinations for message-delivery and user-activity logs. */
  readonly LogConfigurations?: ListOf<Value<LogDeliveryConfiguration_LogConfiguration>>;
  /** The ID of the user pool where you configured logging. */
  readonly UserPoolId: Value<string>;
}

export interface LogDeliveryConfiguration_CloudWatchLogsConfiguration {
  /** The Amazon Resource Name (arn) of a CloudWatch Logs log group where your user pool sends logs. The log group must not be encrypted with AWS Key Management Service and must be in the same AWS account as your user pool. */
  readonly LogGroupArn?: Value<string>;
}

export interface LogDeliveryConfiguration_FirehoseConfiguration {
  /** The ARN of an Amazon Data Firehose stream that's the destination for threat protection log export. */
  readonly StreamArn?: Value<string>;
}

export interface LogDeliveryConfiguration_LogConfiguration {
  /** Configuration for the CloudWatch log group destination of user pool detailed activity logging, or of user activity log export with advanced security features. */
  readonly CloudWatchLogsConfiguration?: Value<LogDeliveryConfiguration_CloudWatchLogsConfiguration>;
  /** The source of events that your user pool sends for logging. To send error-level logs about user notification activity, set to `userNotification` . To send info-level logs about threat-protection user activity in user pools with the Plus... */
  readonly EventSource?: Value<string>;
  /** Configuration for the Amazon Data Firehose stream destination of user activity log export with threat protection. */
  readonly FirehoseConfiguration?: Value<LogDeliveryConfiguration_FirehoseConfiguration>;
  /** The `errorlevel` selection of logs that a user pool sends for detailed activity logging. To send `userNotification` activity with [information about message delivery](https://docs.aws.amazon.com/cognito/latest/developerguide/exporting-qu... */
  readonly LogLevel?: Value<string>;
  /** Configuration for the Amazon S3 bucket destination of user activity log export with threat protection. */
  readonly S3Configuration?: Value<LogDeliveryConfiguration_S3Configuration>;
}

export interface LogDeliveryConfiguration_S3Configuration {
  /** The ARN of an Amazon S3 bucket that's the destination for threat protection log export. */
  readonly BucketArn?: Value<string>;
}

/** Creates a new set of branding settings for a user pool style and associates it with an app client. This operation is the programmatic option for the creation of a new style in the branding designer. */
export interface ManagedLoginBrandingProps {
  /** An array of image files that you want to apply to roles like backgrounds, logos, and icons. Each object must also indicate whether it is for dark mode, light mode, or browser-adaptive mode. */
  readonly Assets?: ListOf<Value<ManagedLoginBranding_AssetType>>;
  /** The app client that you want to assign the branding style to. Each style is linked to an app client until you delete it. */
  readonly ClientId?: Value<string>;
  /** When `true` , returns values for branding options that are unchanged from Amazon Cognito defaults. When `false` or when you omit this parameter, returns only values that you customized in your branding style. */
  readonly ReturnMergedResources?: Value<boolean>;
  /** A JSON file, encoded as a `Document` type, with the the settings that you want to apply to your style. */
  readonly Settings?: Value<Json>;
  /** When true, applies the default branding style options. This option reverts to default style options that are managed by Amazon Cognito. You can modify them later in the branding editor. */
  readonly UseCognitoProvidedValues?: Value<boolean>;
  /** The user pool where the branding style is assigned. */
  readonly UserPoolId: Value<string>;
}

export interface ManagedLoginBranding_AssetType {
  /** The image file, in Base64-encoded binary. */
  readonly Bytes?: Value<string>;
  /** The category that the image corresponds to in your managed login configuration. Managed login has asset categories for different types of logos, backgrounds, and icons. */
  readonly Category: Value<string>;
  /** The display-mode target of the asset: light, dark, or browser-adaptive. For example, Amazon Cognito displays a dark-mode image only when the browser or application is in dark mode, but displays a browser-adaptive file in all contexts. */
  readonly ColorMode: Value<string>;
  /** The file type of the image file. */
  readonly Extension: Value<string>;
  /** The ID of the asset. */
  readonly ResourceId?: Value<string>;
}

/** Creates terms documents for the requested app client. When Terms and conditions and Privacy policy documents are configured, the app client displays links to them in the sign-up page of managed login for the app client. */
export interface TermsProps {
  /** The ID of the app client that the terms documents are assigned to. */
  readonly ClientId?: Value<string>;
  /** This parameter is reserved for future use and currently accepts one value. */
  readonly Enforcement: Value<string>;
  /** A map of URLs to languages. For each localized language that will view the requested `TermsName` , assign a URL. A selection of `cognito:default` displays for all languages that don't have a language-specific URL. */
  readonly Links: MapOf<Value<string>>;
  /** The type and friendly name of the terms documents. */
  readonly TermsName: Value<string>;
  /** This parameter is reserved for future use and currently accepts one value. */
  readonly TermsSource: Value<string>;
  /** The ID of the user pool that contains the terms documents. */
  readonly UserPoolId: Value<string>;
}

/** The `AWS::Cognito::UserPool` resource creates an Amazon Cognito user pool. For more information on working with Amazon Cognito user pools, see [Amazon Cognito User Pools](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-... */
export interface UserPoolProps {
  /** The available verified method a user can use to recover their password when they call `ForgotPassword` . You can use this setting to define a preferred method when a user has more than one method available. With this setting, SMS doesn't... */
  readonly AccountRecoverySetting?: Value<UserPool_AccountRecoverySetting>;
  /** The settings for administrator creation of users in a user pool. Contains settings for allowing user sign-up, customizing invitation messages to new users, and the amount of time before temporary passwords expire. */
  readonly AdminCreateUserConfig?: Value<UserPool_AdminCreateUserConfig>;
  /** Attributes supported as an alias for this user pool. For more information about alias attributes, see [Customizing sign-in attributes](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-attributes.html#user-pool... */
  readonly AliasAttributes?: ListOf<Value<string>>;
  /** The attributes that you want your user pool to automatically verify. For more information, see [Verifying contact information at sign-up](https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#allowin... */
  readonly AutoVerifiedAttributes?: ListOf<Value<string>>;
  /** When active, `DeletionProtection` prevents accidental deletion of your user pool. Before you can delete a user pool that you have protected against deletion, you must deactivate this feature. */
  readonly DeletionProtection?: Value<string>;
  /** The device-remembering configuration for a user pool. Device remembering or device tracking is a "Remember me on this device" option for user pools that perform authentication with the device key of a trusted device in the back end, inst... */
  readonly DeviceConfiguration?: Value<UserPool_DeviceConfiguration>;
  readonly EmailAuthenticationMessage?: Value<string>;
  readonly EmailAuthenticationSubject?: Value<string>;
  /** The email configuration of your user pool. The email configuration type sets your preferred sending method, AWS Region, and sender for messages from your user pool. */
  readonly EmailConfiguration?: Value<UserPool_EmailConfiguration>;
  /** This parameter is no longer used. See [VerificationMessageTemplateType](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cognito-userpool-verificationmessagetemplate.html) . */
  readonly EmailVerificationMessage?: Value<string>;
  /** This parameter is no longer used. See [VerificationMessageTemplateType](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cognito-userpool-verificationmessagetemplate.html) . */
  readonly EmailVerificationSubject?: Value<string>;
  /** Set enabled MFA options on a specified user pool. To disable all MFAs after it has been enabled, set `MfaConfiguration` to `OFF` and remove EnabledMfas. MFAs can only be all disabled if `MfaConfiguration` is `OFF` . After you enable `SMS... */
  readonly EnabledMfas?: ListOf<Value<string>>;
  readonly IssuerConfiguration?: Value<UserPool_IssuerConfiguration>;
  readonly KeyConfiguration?: Value<UserPool_KeyConfiguration>;
  /** A collection of user pool Lambda triggers. Amazon Cognito invokes triggers at several possible stages of authentication operations. Triggers can modify the outcome of the operations that invoked them. */
  readonly LambdaConfig?: Value<UserPool_LambdaConfig>;
  /** Displays the state of multi-factor authentication (MFA) as on, off, or optional. When `ON` , all users must set up MFA before they can sign in. When `OPTIONAL` , your application must make a client-side determination of whether a user wa... */
  readonly MfaConfiguration?: Value<string>;
  /** A list of user pool policies. Contains the policy that sets password-complexity requirements. */
  readonly Policies?: Value<UserPool_Policies>;
  /** An array of attributes for the new user pool. You can add custom attributes and modify the properties of default attributes. The specifications in this parameter set the required attributes in your user pool. For more information, see [W... */
  readonly Schema?: ListOf<Value<UserPool_SchemaAttribute>>;
  /** The contents of the SMS authentication message. */
  readonly SmsAuthenticationMessage?: Value<string>;
  /** The settings for your Amazon Cognito user pool to send SMS messages with Amazon Simple Notification Service. To send SMS messages with Amazon SNS in the AWS Region that you want, the Amazon Cognito user pool uses an AWS Identity and Acce... */
  readonly SmsConfiguration?: Value<UserPool_SmsConfiguration>;
  /** This parameter is no longer used. See [VerificationMessageTemplateType](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cognito-userpool-verificationmessagetemplate.html) . */
  readonly SmsVerificationMessage?: Value<string>;
  /** The settings for updates to user attributes. These settings include the property `AttributesRequireVerificationBeforeUpdate` , a user-pool setting that tells Amazon Cognito how to handle changes to the value of your users' email address... */
  readonly UserAttributeUpdateSettings?: Value<UserPool_UserAttributeUpdateSettings>;
  /** Specifies whether a user can use an email address or phone number as a username when they sign up. */
  readonly UsernameAttributes?: ListOf<Value<string>>;
  /** Sets the case sensitivity option for sign-in usernames. When `CaseSensitive` is `false` (case insensitive), users can sign in with any combination of capital and lowercase letters. For example, `username` , `USERNAME` , or `UserName` , o... */
  readonly UsernameConfiguration?: Value<UserPool_UsernameConfiguration>;
  /** Contains settings for activation of threat protection, including the operating mode and additional authentication types. To log user security information but take no action, set to `AUDIT` . To configure automatic security responses to p... */
  readonly UserPoolAddOns?: Value<UserPool_UserPoolAddOns>;
  /** A friendly name for your user pool. */
  readonly UserPoolName?: Value<string>;
  /** The tag keys and values to assign to the user pool. A tag is a label that you can use to categorize and manage user pools in different ways, such as by purpose, owner, environment, or other criteria. */
  readonly UserPoolTags?: MapOf<Value<string>>;
  /** The user pool [feature plan](https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-sign-in-feature-plans.html) , or tier. This parameter determines the eligibility of the user pool for features like managed login, access-toke... */
  readonly UserPoolTier?: Value<string>;
  /** The template for the verification message that your user pool delivers to users who set an email address or phone number attribute. */
  readonly VerificationMessageTemplate?: Value<UserPool_VerificationMessageTemplate>;
  readonly WebAuthnFactorConfiguration?: Value<string>;
  /** Sets or displays the authentication domain, typically your user pool domain, that passkey providers must use as a relying party (RP) in their configuration. */
  readonly WebAuthnRelyingPartyID?: Value<string>;
  /** When `required` , users can only register and sign in users with passkeys that are capable of [user verification](https://docs.aws.amazon.com/https://www.w3.org/TR/webauthn-2/#enum-userVerificationRequirement) . When `preferred` , your u... */
  readonly WebAuthnUserVerification?: Value<string>;
}

export interface UserPool_AccountRecoverySetting {
  /** The list of options and priorities for user message delivery in forgot-password operations. Sets or displays user pool preferences for email or SMS message priority, whether users should fall back to a second delivery method, and whether... */
  readonly RecoveryMechanisms?: ListOf<Value<UserPool_RecoveryOption>>;
}

export interface UserPool_AdminCreateUserConfig {
  /** The setting for allowing self-service sign-up. When `true` , only administrators can create new user profiles. When `false` , users can register themselves and create a new user profile with the `SignUp` operation. */
  readonly AllowAdminCreateUserOnly?: Value<boolean>;
  /** The template for the welcome message to new users. This template must include the `{####}` temporary password placeholder if you are creating users with passwords. If your users don't have passwords, you can omit the placeholder. */
  readonly InviteMessageTemplate?: Value<UserPool_InviteMessageTemplate>;
  /** This parameter is no longer in use. */
  readonly UnusedAccountValidityDays?: Value<number>;
}

export interface UserPool_AdvancedSecurityAdditionalFlows {
  /** The operating mode of threat protection in custom authentication with [Custom authentication challenge Lambda triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.html) . */
  readonly CustomAuthMode?: Value<string>;
}

export interface UserPool_CustomEmailSender {
  /** The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda trigger. */
  readonly LambdaArn?: Value<string>;
  /** The user pool trigger version of the request that Amazon Cognito sends to your Lambda function. Higher-numbered versions add fields that support new features. */
  readonly LambdaVersion?: Value<string>;
}

export interface UserPool_CustomSMSSender {
  /** The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda trigger. */
  readonly LambdaArn?: Value<string>;
  /** The user pool trigger version of the request that Amazon Cognito sends to your Lambda function. Higher-numbered versions add fields that support new features. */
  readonly LambdaVersion?: Value<string>;
}

export interface UserPool_DeviceConfiguration {
  /** When true, a remembered device can sign in with device authentication instead of SMS and time-based one-time password (TOTP) factors for multi-factor authentication (MFA). */
  readonly ChallengeRequiredOnNewDevice?: Value<boolean>;
  /** When true, Amazon Cognito doesn't automatically remember a user's device when your app sends a `ConfirmDevice` API request. In your app, create a prompt for your user to choose whether they want to remember their device. Return the user'... */
  readonly DeviceOnlyRememberedOnUserPrompt?: Value<boolean>;
}

export interface UserPool_EmailConfiguration {
  /** The set of configuration rules that can be applied to emails sent using Amazon Simple Email Service. A configuration set is applied to an email by including a reference to the configuration set in the headers of the email. Once applied,... */
  readonly ConfigurationSet?: Value<string>;
  /** Specifies whether Amazon Cognito uses its built-in functionality to send your users email messages, or uses your Amazon Simple Email Service email configuration. Specify one of the following values: */
  readonly EmailSendingAccount?: Value<string>;
  /** Either the sender’s email address or the sender’s name with their email address. For example, `testuser@example.com` or `Test User <testuser@example.com>` . This address appears before the body of the email. */
  readonly From?: Value<string>;
  /** The destination to which the receiver of the email should reply. */
  readonly ReplyToEmailAddress?: Value<string>;
  /** The ARN of a verified email address or an address from a verified domain in Amazon SES. You can set a `SourceArn` email from a verified domain only with an API request. You can set a verified email address, but not an address in a verifi... */
  readonly SourceArn?: Value<string>;
}

export interface UserPool_EumsSmsConfiguration {
  readonly CallerArn: Value<string>;
  readonly ConfigurationSetName?: Value<string>;
  readonly ExternalId?: Value<string>;
  readonly InEntityId?: Value<string>;
  readonly InTemplateId?: Value<string>;
  readonly OriginationIdentity?: Value<string>;
  readonly Region?: Value<string>;
}

export interface UserPool_InboundFederation {
  readonly LambdaArn?: Value<string>;
  readonly LambdaVersion?: Value<string>;
}

export interface UserPool_InviteMessageTemplate {
  /** The message template for email messages. EmailMessage is allowed only if [EmailSendingAccount](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigu... */
  readonly EmailMessage?: Value<string>;
  /** The subject line for email messages. EmailSubject is allowed only if [EmailSendingAccount](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.html#CognitoUserPools-Type-EmailConfigurati... */
  readonly EmailSubject?: Value<string>;
  /** The message template for SMS messages. */
  readonly SMSMessage?: Value<string>;
}

export interface UserPool_IssuerConfiguration {
  readonly Type?: Value<string>;
}

export interface UserPool_KeyConfiguration {
  readonly KeyType?: Value<string>;
  readonly KmsKeyArn?: Value<string>;
}

export interface UserPool_LambdaConfig {
  /** The configuration of a create auth challenge Lambda trigger, one of three triggers in the sequence of the [custom authentication challenge triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.htm... */
  readonly CreateAuthChallenge?: Value<string>;
  /** The configuration of a custom email sender Lambda trigger. This trigger routes all email notifications from a user pool to a Lambda function that delivers the message using custom logic. */
  readonly CustomEmailSender?: Value<UserPool_CustomEmailSender>;
  /** A custom message Lambda trigger. This trigger is an opportunity to customize all SMS and email messages from your user pool. When a custom message trigger is active, your user pool routes all messages to a Lambda function that returns a... */
  readonly CustomMessage?: Value<string>;
  /** The configuration of a custom SMS sender Lambda trigger. This trigger routes all SMS notifications from a user pool to a Lambda function that delivers the message using custom logic. */
  readonly CustomSMSSender?: Value<UserPool_CustomSMSSender>;
  /** The configuration of a define auth challenge Lambda trigger, one of three triggers in the sequence of the [custom authentication challenge triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.htm... */
  readonly DefineAuthChallenge?: Value<string>;
  readonly InboundFederation?: Value<UserPool_InboundFederation>;
  /** The ARN of an [KMS key](https://docs.aws.amazon.com//kms/latest/developerguide/concepts.html#master_keys) . Amazon Cognito uses the key to encrypt codes and temporary passwords sent to custom sender Lambda triggers. */
  readonly KMSKeyID?: Value<string>;
  /** The configuration of a [post authentication Lambda trigger](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-authentication.html) in a user pool. This trigger can take custom actions after a user signs in. */
  readonly PostAuthentication?: Value<string>;
  /** The configuration of a [post confirmation Lambda trigger](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-post-confirmation.html) in a user pool. This trigger can take custom actions after a user confirms their... */
  readonly PostConfirmation?: Value<string>;
  /** The configuration of a [pre authentication trigger](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-authentication.html) in a user pool. This trigger can evaluate and modify user sign-in events. */
  readonly PreAuthentication?: Value<string>;
  /** The configuration of a [pre sign-up Lambda trigger](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html) in a user pool. This trigger evaluates new users and can bypass confirmation, [link a federa... */
  readonly PreSignUp?: Value<string>;
  /** The legacy configuration of a [pre token generation Lambda trigger](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html) in a user pool. */
  readonly PreTokenGeneration?: Value<string>;
  /** The detailed configuration of a [pre token generation Lambda trigger](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-token-generation.html) in a user pool. If you also set an ARN in `PreTokenGeneration` ,... */
  readonly PreTokenGenerationConfig?: Value<UserPool_PreTokenGenerationConfig>;
  /** The configuration of a [migrate user Lambda trigger](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html) in a user pool. This trigger can create user profiles when users sign in or attempt to res... */
  readonly UserMigration?: Value<string>;
  /** The configuration of a verify auth challenge Lambda trigger, one of three triggers in the sequence of the [custom authentication challenge triggers](https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-challenge.htm... */
  readonly VerifyAuthChallengeResponse?: Value<string>;
}

export interface UserPool_NumberAttributeConstraints {
  /** The maximum length of a number attribute value. Must be a number less than or equal to `2^1023` , represented as a string with a length of 131072 characters or fewer. */
  readonly MaxValue?: Value<string>;
  /** The minimum value of an attribute that is of the number data type. */
  readonly MinValue?: Value<string>;
}

export interface UserPool_PasswordPolicy {
  /** The minimum length of the password in the policy that you have set. This value can't be less than 6. */
  readonly MinimumLength?: Value<number>;
  /** The number of previous passwords that you want Amazon Cognito to restrict each user from reusing. Users can't set a password that matches any of `n` previous passwords, where `n` is the value of `PasswordHistorySize` . */
  readonly PasswordHistorySize?: Value<number>;
  /** The requirement in a password policy that users must include at least one lowercase letter in their password. */
  readonly RequireLowercase?: Value<boolean>;
  /** The requirement in a password policy that users must include at least one number in their password. */
  readonly RequireNumbers?: Value<boolean>;
  /** The requirement in a password policy that users must include at least one symbol in their password. */
  readonly RequireSymbols?: Value<boolean>;
  /** The requirement in a password policy that users must include at least one uppercase letter in their password. */
  readonly RequireUppercase?: Value<boolean>;
  /** The number of days a temporary password is valid in the password policy. If the user doesn't sign in during this time, an administrator must reset their password. Defaults to `7` . If you submit a value of `0` , Amazon Cognito treats it... */
  readonly TemporaryPasswordValidityDays?: Value<number>;
}

export interface UserPool_Policies {
  /** The password policy settings for a user pool, including complexity, history, and length requirements. */
  readonly PasswordPolicy?: Value<UserPool_PasswordPolicy>;
  /** The policy for allowed types of authentication in a user pool. To activate this setting, your user pool must be in the [Essentials tier](https://docs.aws.amazon.com/cognito/latest/developerguide/feature-plans-features-essentials.html) or... */
  readonly SignInPolicy?: Value<UserPool_SignInPolicy>;
}

export interface UserPool_PreTokenGenerationConfig {
  /** The Amazon Resource Name (ARN) of the function that you want to assign to your Lambda trigger. */
  readonly LambdaArn?: Value<string>;
  /** The user pool trigger version of the request that Amazon Cognito sends to your Lambda function. Higher-numbered versions add fields that support new features. */
  readonly LambdaVersion?: Value<string>;
}

export interface UserPool_RecoveryOption {
  /** The recovery method that this object sets a recovery option for. */
  readonly Name?: Value<string>;
  /** Your priority preference for using the specified attribute in account recovery. The highest priority is `1` . */
  readonly Priority?: Value<number>;
}

export interface UserPool_SchemaAttribute {
  /** The data format of the values for your attribute. When you choose an `AttributeDataType` , Amazon Cognito validates the input against the data type. A custom attribute value in your user's ID token is always a string, for example `"custo... */
  readonly AttributeDataType?: Value<string>;
  /** > You should use [WriteAttributes](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html#CognitoUserPools-Type-UserPoolClientType-WriteAttributes) in the user pool client to control how a... */
  readonly DeveloperOnlyAttribute?: Value<boolean>;
  /** Specifies whether the value of the attribute can be changed. */
  readonly Mutable?: Value<boolean>;
  /** The name of your user pool attribute. When you create or update a user pool, adding a schema attribute creates a custom or developer-only attribute. When you add an attribute with a `Name` value of `MyAttribute` , Amazon Cognito creates... */
  readonly Name?: Value<string>;
  /** Specifies the constraints for an attribute of the number type. */
  readonly NumberAttributeConstraints?: Value<UserPool_NumberAttributeConstraints>;
  /** Specifies whether a user pool attribute is required. If the attribute is required and the user doesn't provide a value, registration or sign-in will fail. */
  readonly Required?: Value<boolean>;
  /** Specifies the constraints for an attribute of the string type. */
  readonly StringAttributeConstraints?: Value<UserPool_StringAttributeConstraints>;
}

export interface UserPool_SignInPolicy {
  /** The sign-in methods that a user pool supports as the first factor. You can permit users to start authentication with a standard username and password, or with other one-time password and hardware factors. */
  readonly AllowedFirstAuthFactors?: ListOf<Value<string>>;
}

export interface UserPool_SmsConfiguration {
  readonly EumsSms?: Value<UserPool_EumsSmsConfiguration>;
  /** The external ID provides additional security for your IAM role. You can use an `ExternalId` with the IAM role that you use with Amazon SNS to send SMS messages for your user pool. If you provide an `ExternalId` , your Amazon Cognito user... */
  readonly ExternalId?: Value<string>;
  /** The Amazon Resource Name (ARN) of the Amazon SNS caller. This is the ARN of the IAM role in your AWS account that Amazon Cognito will use to send SMS messages. SMS messages are subject to a [spending limit](https://docs.aws.amazon.com/co... */
  readonly SnsCallerArn?: Value<string>;
  /** The AWS Region to use with Amazon SNS integration. You can choose the same Region as your user pool, or a supported *Legacy Amazon SNS alternate Region* . */
  readonly SnsRegion?: Value<string>;
}

export interface UserPool_StringAttributeConstraints {
  /** The maximum length of a string attribute value. Must be a number less than or equal to `2^1023` , represented as a string with a length of 131072 characters or fewer. */
  readonly MaxLength?: Value<string>;
  /** The minimum length of a string attribute value. */
  readonly MinLength?: Value<string>;
}

export interface UserPool_UserAttributeUpdateSettings {
  /** Requires that your user verifies their email address, phone number, or both before Amazon Cognito updates the value of that attribute. When you update a user attribute that has this option activated, Amazon Cognito sends a verification m... */
  readonly AttributesRequireVerificationBeforeUpdate: ListOf<Value<string>>;
}

export interface UserPool_UsernameConfiguration {
  /** Specifies whether user name case sensitivity will be applied for all users in the user pool through Amazon Cognito APIs. For most use cases, set case sensitivity to `False` (case insensitive) as a best practice. When usernames and email... */
  readonly CaseSensitive?: Value<boolean>;
}

export interface UserPool_UserPoolAddOns {
  /** Threat protection configuration options for additional authentication types in your user pool, including custom authentication. */
  readonly AdvancedSecurityAdditionalFlows?: Value<UserPool_AdvancedSecurityAdditionalFlows>;
  /** The operating mode of threat protection for standard authentication types in your user pool, including username-password and secure remote password (SRP) authentication. */
  readonly AdvancedSecurityMode?: Value<string>;
}

export interface UserPool_VerificationMessageTemplate {
  /** The configuration of verification emails to contain a clickable link or a verification code. */
  readonly DefaultEmailOption?: Value<string>;
  /** The template for email messages that Amazon Cognito sends to your users. You can set an `EmailMessage` template only if the value of [EmailSendingAccount](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_Em... */
  readonly EmailMessage?: Value<string>;
  /** The email message template for sending a confirmation link to the user. You can set an `EmailMessageByLink` template only if the value of [EmailSendingAccount](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/A... */
  readonly EmailMessageByLink?: Value<string>;
  /** The subject line for the email message template. You can set an `EmailSubject` template only if the value of [EmailSendingAccount](https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EmailConfigurationType.htm... */
  readonly EmailSubject?: Value<string>;
  /** The subject line for the email message template for sending a confirmation link to the user. You can set an `EmailSubjectByLink` template only if the value of [EmailSendingAccount](https://docs.aws.amazon.com/cognito-user-identity-pools/... */
  readonly EmailSubjectByLink?: Value<string>;
  /** The template for SMS messages that Amazon Cognito sends to your users. */
  readonly SmsMessage?: Value<string>;
}

/** The `AWS::Cognito::UserPoolClient` resource specifies an Amazon Cognito user pool client. */
export interface UserPoolClientProps {
  /** The access token time limit. After this limit expires, your user can't use their access token. To specify the time unit for `AccessTokenValidity` as `seconds` , `minutes` , `hours` , or `days` , set a `TokenValidityUnits` value in your A... */
  readonly AccessTokenValidity?: Value<number>;
  /** The OAuth grant types that you want your app client to generate for clients in managed login authentication. To create an app client that generates client credentials grants, you must add `client_credentials` as the only allowed OAuth flow. */
  readonly AllowedOAuthFlows?: ListOf<Value<string>>;
  /** Set to `true` to use OAuth 2.0 authorization server features in your app client. */
  readonly AllowedOAuthFlowsUserPoolClient?: Value<boolean>;
  /** The OAuth, OpenID Connect (OIDC), and custom scopes that you want to permit your app client to authorize access with. Scopes govern access control to user pool self-service API operations, user data from the `userInfo` endpoint, and thir... */
  readonly AllowedOAuthScopes?: ListOf<Value<string>>;
  /** The user pool analytics configuration for collecting metrics and sending them to your Amazon Pinpoint campaign. */
  readonly AnalyticsConfiguration?: Value<UserPoolClient_AnalyticsConfiguration>;
  /** Amazon Cognito creates a session token for each API request in an authentication flow. `AuthSessionValidity` is the duration, in minutes, of that session token. Your user pool native user must respond to each authentication challenge bef... */
  readonly AuthSessionValidity?: Value<number>;
  /** A list of allowed redirect, or callback, URLs for managed login authentication. These URLs are the paths where you want to send your users' browsers after they complete authentication with managed login or a third-party IdP. Typically, c... */
  readonly CallbackURLs?: ListOf<Value<string>>;
  /** A friendly name for the app client that you want to create. */
  readonly ClientName?: Value<string>;
  /** The default redirect URI. In app clients with one assigned IdP, replaces `redirect_uri` in authentication requests. Must be in the `CallbackURLs` list. */
  readonly DefaultRedirectURI?: Value<string>;
  /** When `true` , your application can include additional `UserContextData` in authentication requests. This data includes the IP address, and contributes to analysis by threat protection features. For more information about propagation of u... */
  readonly EnablePropagateAdditionalUserContextData?: Value<boolean>;
  /** Activates or deactivates token revocation. */
  readonly EnableTokenRevocation?: Value<boolean>;
  /** The [authentication flows](https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-authentication-flow-methods.html) that you want your user pool client to support. For each app client in your user pool, you c... */
  readonly ExplicitAuthFlows?: ListOf<Value<string>>;
  /** When `true` , generates a client secret for the app client. Client secrets are used with server-side and machine-to-machine applications. Client secrets are automatically generated; you can't specify a secret value. For more information,... */
  readonly GenerateSecret?: Value<boolean>;
  /** The ID token time limit. After this limit expires, your user can't use their ID token. To specify the time unit for `IdTokenValidity` as `seconds` , `minutes` , `hours` , or `days` , set a `TokenValidityUnits` value in your API request. */
  readonly IdTokenValidity?: Value<number>;
  /** A list of allowed logout URLs for managed login authentication. When you pass `logout_uri` and `client_id` parameters to `/logout` , Amazon Cognito signs out your user and redirects them to the logout URL. This parameter describes the UR... */
  readonly LogoutURLs?: ListOf<Value<string>>;
  /** Errors and responses that you want Amazon Cognito APIs to return during authentication, account confirmation, and password recovery when the user doesn't exist in the user pool. When set to `ENABLED` and the user doesn't exist, authentic... */
  readonly PreventUserExistenceErrors?: Value<string>;
  /** The list of user attributes that you want your app client to have read access to. After your user authenticates in your app, their access token authorizes them to read their own attribute value for any attribute in this list. An example... */
  readonly ReadAttributes?: ListOf<Value<string>>;
  /** The configuration of your app client for refresh token rotation. When enabled, your app client issues new ID, access, and refresh tokens when users renew their sessions with refresh tokens. When disabled, token refresh issues only ID and... */
  readonly RefreshTokenRotation?: Value<UserPoolClient_RefreshTokenRotation>;
  /** The refresh token time limit. After this limit expires, your user can't use their refresh token. To specify the time unit for `RefreshTokenValidity` as `seconds` , `minutes` , `hours` , or `days` , set a `TokenValidityUnits` value in you... */
  readonly RefreshTokenValidity?: Value<number>;
  /** A list of provider names for the identity providers (IdPs) that are supported on this client. The following are supported: `COGNITO` , `Facebook` , `Google` , `SignInWithApple` , and `LoginWithAmazon` . You can also specify the names tha... */
  readonly SupportedIdentityProviders?: ListOf<Value<string>>;
  /** The units that validity times are represented in. The default unit for refresh tokens is days, and the default for ID and access tokens are hours. */
  readonly TokenValidityUnits?: Value<UserPoolClient_TokenValidityUnits>;
  /** The ID of the user pool where you want to create an app client. */
  readonly UserPoolId: Value<string>;
  /** The list of user attributes that you want your app client to have write access to. After your user authenticates in your app, their access token authorizes them to set or modify their own attribute value for any attribute in this list. */
  readonly WriteAttributes?: ListOf<Value<string>>;
}

export interface UserPoolClient_AnalyticsConfiguration {
  /** The Amazon Resource Name (ARN) of an Amazon Pinpoint project that you want to connect to your user pool app client. Amazon Cognito publishes events to the Amazon Pinpoint project that `ApplicationArn` declares. You can also configure you... */
  readonly ApplicationArn?: Value<string>;
  /** Your Amazon Pinpoint project ID. */
  readonly ApplicationId?: Value<string>;
  /** The [external ID](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html) of the role that Amazon Cognito assumes to send analytics data to Amazon Pinpoint. */
  readonly ExternalId?: Value<string>;
  /** The ARN of an AWS Identity and Access Management role that has the permissions required for Amazon Cognito to publish events to Amazon Pinpoint analytics. */
  readonly RoleArn?: Value<string>;
  /** If `UserDataShared` is `true` , Amazon Cognito includes user data in the events that it publishes to Amazon Pinpoint analytics. */
  readonly UserDataShared?: Value<boolean>;
}

export interface UserPoolClient_RefreshTokenRotation {
  /** The state of refresh token rotation for the current app client. */
  readonly Feature?: Value<string>;
  /** When you request a token refresh with `GetTokensFromRefreshToken` , the original refresh token that you're rotating out can remain valid for a period of time of up to 60 seconds. This allows for client-side retries. When `RetryGracePerio... */
  readonly RetryGracePeriodSeconds?: Value<number>;
}

export interface UserPoolClient_TokenValidityUnits {
  /** A time unit for the value that you set in the `AccessTokenValidity` parameter. The default `AccessTokenValidity` time unit is `hours` . `AccessTokenValidity` duration can range from five minutes to one day. */
  readonly AccessToken?: Value<string>;
  /** A time unit for the value that you set in the `IdTokenValidity` parameter. The default `IdTokenValidity` time unit is `hours` . `IdTokenValidity` duration can range from five minutes to one day. */
  readonly IdToken?: Value<string>;
  /** A time unit for the value that you set in the `RefreshTokenValidity` parameter. The default `RefreshTokenValidity` time unit is `days` . `RefreshTokenValidity` duration can range from 60 minutes to 10 years. */
  readonly RefreshToken?: Value<string>;
}

/** The AWS::Cognito::UserPoolDomain resource creates a new domain for a user pool. */
export interface UserPoolDomainProps {
  /** The configuration for a custom domain that hosts the sign-up and sign-in pages for your application. Use this object to specify an SSL certificate that is managed by ACM. */
  readonly CustomDomainConfig?: Value<UserPoolDomain_CustomDomainConfigType>;
  /** The name of the domain that you want to update. For custom domains, this is the fully-qualified domain name, for example `auth.example.com` . For prefix domains, this is the prefix alone, such as `myprefix` . */
  readonly Domain: Value<string>;
  /** A version number that indicates the state of managed login for your domain. Version `1` is hosted UI (classic). Version `2` is the newer managed login with the branding editor. For more information, see [Managed login](https://docs.aws.a... */
  readonly ManagedLoginVersion?: Value<number>;
  readonly Routing?: Value<UserPoolDomain_RoutingType>;
  /** The ID of the user pool that is associated with the domain you're updating. */
  readonly UserPoolId: Value<string>;
}

export interface UserPoolDomain_CustomDomainConfigType {
  /** The Amazon Resource Name (ARN) of an Certificate Manager SSL certificate. You use this certificate for the subdomain of your custom domain. */
  readonly CertificateArn?: Value<string>;
  readonly SecurityPolicy?: Value<string>;
}

export interface UserPoolDomain_FailoverType {
  readonly PrimaryRoute53HealthCheckId: Value<string>;
  readonly SecondaryRegion: Value<string>;
}

export interface UserPoolDomain_RoutingType {
  readonly Failover?: Value<UserPoolDomain_FailoverType>;
}

/** A user pool group. Contains details about the group and the way that it contributes to IAM role decisions with identity pools. Identity pools can make decisions about the IAM role to assign based on groups: users get credentials for the... */
export interface UserPoolGroupProps {
  /** A description of the group that you're creating. */
  readonly Description?: Value<string>;
  /** A name for the group. This name must be unique in your user pool. */
  readonly GroupName?: Value<string>;
  /** A non-negative integer value that specifies the precedence of this group relative to the other groups that a user can belong to in the user pool. Zero is the highest precedence value. Groups with lower `Precedence` values take precedence... */
  readonly Precedence?: Value<number>;
  /** The Amazon Resource Name (ARN) for the IAM role that you want to associate with the group. A group role primarily declares a preferred role for the credentials that you get from an identity pool. Amazon Cognito ID tokens have a `cognito:... */
  readonly RoleArn?: Value<string>;
  /** The ID of the user pool where you want to create a user group. */
  readonly UserPoolId: Value<string>;
}

/** The `AWS::Cognito::UserPoolIdentityProvider` resource creates an identity provider for a user pool. */
export interface UserPoolIdentityProviderProps {
  /** A mapping of IdP attributes to standard and custom user pool attributes. Specify a user pool attribute as the key of the key-value pair, and the IdP attribute claim name as the value. */
  readonly AttributeMapping?: MapOf<Value<string>>;
  /** An array of IdP identifiers, for example `"IdPIdentifiers": [ "MyIdP", "MyIdP2" ]` . Identifiers are friendly names that you can pass in the `idp_identifier` query parameter of requests to the [Authorize endpoint](https://docs.aws.amazon... */
  readonly IdpIdentifiers?: ListOf<Value<string>>;
  /** The scopes, URLs, and identifiers for your external identity provider. The following examples describe the provider detail keys for each IdP type. These values and their schema are subject to change. Social IdP `authorize_scopes` values... */
  readonly ProviderDetails: MapOf<Value<string>>;
  /** The name that you want to assign to the IdP. You can pass the identity provider name in the `identity_provider` query parameter of requests to the [Authorize endpoint](https://docs.aws.amazon.com/cognito/latest/developerguide/authorizati... */
  readonly ProviderName: Value<string>;
  /** The type of IdP that you want to add. Amazon Cognito supports OIDC, SAML 2.0, Login With Amazon, Sign In With Apple, Google, and Facebook IdPs. */
  readonly ProviderType: Value<string>;
  /** The Id of the user pool where you want to create an IdP. */
  readonly UserPoolId: Value<string>;
}

/** Resource Type definition for AWS::Cognito::UserPoolRegionalConfigurationAttachment */
export interface UserPoolRegionalConfigurationAttachmentProps {
  readonly EmailConfiguration?: Value<UserPoolRegionalConfigurationAttachment_EmailConfiguration>;
  readonly LambdaConfig?: Value<UserPoolRegionalConfigurationAttachment_LambdaConfig>;
  readonly SmsConfiguration?: Value<UserPoolRegionalConfigurationAttachment_SmsConfiguration>;
  /** The status of the replica. Set to ACTIVE or INACTIVE. */
  readonly Status?: Value<string>;
  readonly UserPoolId: Value<string>;
  readonly UserPoolTags?: MapOf<Value<string>>;
}

export interface UserPoolRegionalConfigurationAttachment_CustomEmailSender {
  readonly LambdaArn?: Value<string>;
  readonly LambdaVersion?: Value<string>;
}

export interface UserPoolRegionalConfigurationAttachment_CustomSMSSender {
  readonly LambdaArn?: Value<string>;
  readonly LambdaVersion?: Value<string>;
}

export interface UserPoolRegionalConfigurationAttachment_EmailConfiguration {
  readonly ConfigurationSet?: Value<string>;
  readonly EmailSendingAccount?: Value<string>;
  readonly From?: Value<string>;
  readonly ReplyToEmailAddress?: Value<string>;
  readonly SourceArn?: Value<string>;
}

export interface UserPoolRegionalConfigurationAttachment_EumsSmsConfiguration {
  readonly CallerArn: Value<string>;
  readonly ConfigurationSetName?: Value<string>;
  readonly ExternalId?: Value<string>;
  readonly InEntityId?: Value<string>;
  readonly InTemplateId?: Value<string>;
  readonly OriginationIdentity?: Value<string>;
  readonly Region?: Value<string>;
}

export interface UserPoolRegionalConfigurationAttachment_InboundFederation {
  readonly LambdaArn?: Value<string>;
  readonly LambdaVersion?: Value<string>;
}

export interface UserPoolRegionalConfigurationAttachment_LambdaConfig {
  readonly CreateAuthChallenge?: Value<string>;
  readonly CustomEmailSender?: Value<UserPoolRegionalConfigurationAttachment_CustomEmailSender>;
  readonly CustomMessage?: Value<string>;
  readonly CustomSMSSender?: Value<UserPoolRegionalConfigurationAttachment_CustomSMSSender>;
  readonly DefineAuthChallenge?: Value<string>;
  readonly InboundFederation?: Value<UserPoolRegionalConfigurationAttachment_InboundFederation>;
  readonly KMSKeyID?: Value<string>;
  readonly PostAuthentication?: Value<string>;
  readonly PostConfirmation?: Value<string>;
  readonly PreAuthentication?: Value<string>;
  readonly PreSignUp?: Value<string>;
  readonly PreTokenGeneration?: Value<string>;
  readonly PreTokenGenerationConfig?: Value<UserPoolRegionalConfigurationAttachment_PreTokenGenerationConfig>;
  readonly UserMigration?: Value<string>;
  readonly VerifyAuthChallengeResponse?: Value<string>;
}

export interface UserPoolRegionalConfigurationAttachment_PreTokenGenerationConfig {
  readonly LambdaArn?: Value<string>;
  readonly LambdaVersion?: Value<string>;
}

export interface UserPoolRegionalConfigurationAttachment_SmsConfiguration {
  readonly EumsSms?: Value<UserPoolRegionalConfigurationAttachment_EumsSmsConfiguration>;
  readonly ExternalId?: Value<string>;
  readonly SnsCallerArn?: Value<string>;
  readonly SnsRegion?: Value<string>;
}

/** Resource Type definition for AWS::Cognito::UserPoolReplica */
export interface UserPoolReplicaProps {
  readonly RegionName: Value<string>;
  readonly UserPoolId: Value<string>;
  readonly UserPoolTagsAtCreate?: MapOf<Value<string>>;
}

/** The `AWS::Cognito::UserPoolResourceServer` resource creates a new OAuth2.0 resource server and defines custom scopes in it. */
export interface UserPoolResourceServerProps {
  /** A unique resource server identifier for the resource server. The identifier can be an API friendly name like `solar-system-data` . You can also set an API URL like `https://solar-system-data-api.example.com` as your identifier. */
  readonly Identifier: Value<string>;
  /** A friendly name for the resource server. */
  readonly Name: Value<string>;
  /** A list of scopes. Each scope is a map with keys `ScopeName` and `ScopeDescription` . */
  readonly Scopes?: ListOf<Value<UserPoolResourceServer_ResourceServerScopeType>>;
  /** The ID of the user pool where you want to create a resource server. */
  readonly UserPoolId: Value<string>;
}

export interface UserPoolResourceServer_ResourceServerScopeType {
  /** A friendly description of a custom scope. */
  readonly ScopeDescription: Value<string>;
  /** The name of the scope. Amazon Cognito renders custom scopes in the format `resourceServerIdentifier/ScopeName` . For example, if this parameter is `exampleScope` in the resource server with the identifier `exampleResourceServer` , you re... */
  readonly ScopeName: Value<string>;
}

/** The `AWS::Cognito::UserPoolRiskConfigurationAttachment` resource sets the risk configuration that is used for Amazon Cognito advanced security features. */
export interface UserPoolRiskConfigurationAttachmentProps {
  /** The settings for automated responses and notification templates for adaptive authentication with threat protection. */
  readonly AccountTakeoverRiskConfiguration?: Value<UserPoolRiskConfigurationAttachment_AccountTakeoverRiskConfigurationType>;
  /** The app client where this configuration is applied. When this parameter isn't present, the risk configuration applies to all user pool app clients that don't have client-level settings. */
  readonly ClientId: Value<string>;
  /** Settings for compromised-credentials actions and authentication types with threat protection in full-function `ENFORCED` mode. */
  readonly CompromisedCredentialsRiskConfiguration?: Value<UserPoolRiskConfigurationAttachment_CompromisedCredentialsRiskConfigurationType>;
  /** Exceptions to the risk evaluation configuration, including always-allow and always-block IP address ranges. */
  readonly RiskExceptionConfiguration?: Value<UserPoolRiskConfigurationAttachment_RiskExceptionConfigurationType>;
  /** The ID of the user pool that has the risk configuration applied. */
  readonly UserPoolId: Value<string>;
}

export interface UserPoolRiskConfigurationAttachment_AccountTakeoverActionsType {
  /** The action that you assign to a high-risk assessment by threat protection. */
  readonly HighAction?: Value<UserPoolRiskConfigurationAttachment_AccountTakeoverActionType>;
  /** The action that you assign to a low-risk assessment by threat protection. */
  readonly LowAction?: Value<UserPoolRiskConfigurationAttachment_AccountTakeoverActionType>;
  /** The action that you assign to a medium-risk assessment by threat protection. */
  readonly MediumAction?: Value<UserPoolRiskConfigurationAttachment_AccountTakeoverActionType>;
}

export interface UserPoolRiskConfigurationAttachment_AccountTakeoverActionType {
  /** The action to take for the attempted account takeover action for the associated risk level. Valid values are as follows: */
  readonly EventAction: Value<string>;
  /** Determines whether Amazon Cognito sends a user a notification message when your user pools assesses a user's session at the associated risk level. */
  readonly Notify: Value<boolean>;
}

export interface UserPoolRiskConfigurationAttachment_AccountTakeoverRiskConfigurationType {
  /** A list of account-takeover actions for each level of risk that Amazon Cognito might assess with threat protection. */
  readonly Actions: Value<UserPoolRiskConfigurationAttachment_AccountTakeoverActionsType>;
  /** The settings for composing and sending an email message when threat protection assesses a risk level with adaptive authentication. When you choose to notify users in `AccountTakeoverRiskConfiguration` , Amazon Cognito sends an email mess... */
  readonly NotifyConfiguration?: Value<UserPoolRiskConfigurationAttachment_NotifyConfigurationType>;
}

export interface UserPoolRiskConfigurationAttachment_CompromisedCredentialsActionsType {
  /** The action that Amazon Cognito takes when it detects compromised credentials. */
  readonly EventAction: Value<string>;
}

export interface UserPoolRiskConfigurationAttachment_CompromisedCredentialsRiskConfigurationType {
  /** Settings for the actions that you want your user pool to take when Amazon Cognito detects compromised credentials. */
  readonly Actions: Value<UserPoolRiskConfigurationAttachment_CompromisedCredentialsActionsType>;
  /** Settings for the sign-in activity where you want to configure compromised-credentials actions. Defaults to all events. */
  readonly EventFilter?: ListOf<Value<string>>;
}

export interface UserPoolRiskConfigurationAttachment_NotifyConfigurationType {
  /** The template for the email message that your user pool sends when a detected risk event is blocked. */
  readonly BlockEmail?: Value<UserPoolRiskConfigurationAttachment_NotifyEmailType>;
  /** The email address that sends the email message. The address must be either individually verified with Amazon Simple Email Service, or from a domain that has been verified with Amazon SES. */
  readonly From?: Value<string>;
  /** The template for the email message that your user pool sends when MFA is challenged in response to a detected risk. */
  readonly MfaEmail?: Value<UserPoolRiskConfigurationAttachment_NotifyEmailType>;
  /** The template for the email message that your user pool sends when no action is taken in response to a detected risk. */
  readonly NoActionEmail?: Value<UserPoolRiskConfigurationAttachment_NotifyEmailType>;
  /** The reply-to email address of an email template. Can be an email address in the format `admin@example.com` or `Administrator <admin@example.com>` . */
  readonly ReplyTo?: Value<string>;
  /** The Amazon Resource Name (ARN) of the identity that is associated with the sending authorization policy. This identity permits Amazon Cognito to send for the email address specified in the `From` parameter. */
  readonly SourceArn: Value<string>;
}

export interface UserPoolRiskConfigurationAttachment_NotifyEmailType {
  /** The body of an email notification formatted in HTML. Choose an `HtmlBody` or a `TextBody` to send an HTML-formatted or plaintext message, respectively. */
  readonly HtmlBody?: Value<string>;
  /** The subject of the threat protection email notification. */
  readonly Subject: Value<string>;
  /** The body of an email notification formatted in plaintext. Choose an `HtmlBody` or a `TextBody` to send an HTML-formatted or plaintext message, respectively. */
  readonly TextBody?: Value<string>;
}

export interface UserPoolRiskConfigurationAttachment_RiskExceptionConfigurationType {
  /** An always-block IP address list. Overrides the risk decision and always blocks authentication requests. This parameter is displayed and set in CIDR notation. */
  readonly BlockedIPRangeList?: ListOf<Value<string>>;
  /** An always-allow IP address list. Risk detection isn't performed on the IP addresses in this range list. This parameter is displayed and set in CIDR notation. */
  readonly SkippedIPRangeList?: ListOf<Value<string>>;
}

/** A container for the UI customization information for the hosted UI in a user pool. */
export interface UserPoolUICustomizationAttachmentProps {
  /** The app client ID for your UI customization. When this value isn't present, the customization applies to all user pool app clients that don't have client-level settings.. */
  readonly ClientId: Value<string>;
  /** A plaintext CSS file that contains the custom fields that you want to apply to your user pool or app client. To download a template, go to the Amazon Cognito console. Navigate to your user pool *App clients* tab, select *Login pages* , e... */
  readonly CSS?: Value<string>;
  /** The ID of the user pool where you want to apply branding to the classic hosted UI. */
  readonly UserPoolId: Value<string>;
}

/** The `AWS::Cognito::UserPoolUser` resource creates an Amazon Cognito user pool user. */
export interface UserPoolUserProps {
  /** A map of custom key-value pairs that you can provide as input for any custom workflows that this action triggers. You create custom workflows by assigning AWS Lambda functions to user pool triggers. */
  readonly ClientMetadata?: MapOf<Value<string>>;
  /** Specify `EMAIL` if email will be used to send the welcome message. Specify `SMS` if the phone number will be used. The default value is `SMS` . You can specify more than one value. */
  readonly DesiredDeliveryMediums?: ListOf<Value<string>>;
  /** This parameter is used only if the `phone_number_verified` or `email_verified` attribute is set to `True` . Otherwise, it is ignored. */
  readonly ForceAliasCreation?: Value<boolean>;
  /** Set to `RESEND` to resend the invitation message to a user that already exists, and to reset the temporary-password duration with a new temporary password. Set to `SUPPRESS` to suppress sending the message. You can specify only one value. */
  readonly MessageAction?: Value<string>;
  /** An array of name-value pairs that contain user attributes and attribute values to be set for the user to be created. You can create a user without specifying any attributes other than `Username` . However, any attributes that you specify... */
  readonly UserAttributes?: ListOf<Value<UserPoolUser_AttributeType>>;
  /** The value that you want to set as the username sign-in attribute. The following conditions apply to the username parameter. */
  readonly Username?: Value<string>;
  /** The ID of the user pool where you want to create a user. */
  readonly UserPoolId: Value<string>;
  /** Temporary user attributes that contribute to the outcomes of your pre sign-up Lambda trigger. This set of key-value pairs are for custom validation of information that you collect from your users but don't need to retain. */
  readonly ValidationData?: ListOf<Value<UserPoolUser_AttributeType>>;
}

export interface UserPoolUser_AttributeType {
  /** The name of the attribute. */
  readonly Name?: Value<string>;
  /** The value of the attribute. */
  readonly Value?: Value<string>;
}

/** Adds a user to a group. A user who is in a group can present a preferred-role claim to an identity pool, and populates a `cognito:groups` claim to their access and identity tokens. */
export interface UserPoolUserToGroupAttachmentProps {
  /** The name of the group that you want to add your user to. */
  readonly GroupName: Value<string>;
  /** The user's username. */
  readonly Username: Value<string>;
  /** The ID of the user pool that contains the group that you want to add the user to. */
  readonly UserPoolId: Value<string>;
}
