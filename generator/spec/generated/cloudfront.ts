// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::CloudFront::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, Tag } from '../values.js';

/** An Anycast static IP list. For more information, see [Request Anycast static IPs to use for allowlisting](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/request-static-ips.html) in the *Amazon CloudFront Developer Gui... */
export interface AnycastIpListProps {
  /** The IP address type for the Anycast static IP list. */
  readonly IpAddressType?: Value<string>;
  /** A list of IPAM CIDR configurations that define the IP address ranges, IPAM pools, and associated Anycast IP addresses. */
  readonly IpamCidrConfigs?: ListOf<Value<AnycastIpList_IpamCidrConfig>>;
  /** The number of IP addresses in the Anycast static IP list. */
  readonly IpCount: Value<number>;
  /** The name of the Anycast static IP list. */
  readonly Name: Value<string>;
  /** A complex type that contains zero or more `Tag` elements. */
  readonly Tags?: Value<AnycastIpList_Tags>;
}

export interface AnycastIpList_AnycastIpList {
  /** The static IP addresses that are allocated to the Anycast static IP list. */
  readonly AnycastIps: ListOf<Value<string>>;
  /** The Amazon Resource Name (ARN) of the Anycast static IP list. */
  readonly Arn: Value<string>;
  /** The ID of the Anycast static IP list. */
  readonly Id: Value<string>;
  /** The IP address type for the Anycast static IP list. */
  readonly IpAddressType?: Value<string>;
  /** The results for the IPAM CIDRs that defines a specific IP address range, IPAM pool, and associated Anycast IP address. */
  readonly IpamCidrConfigResults?: ListOf<Value<AnycastIpList_IpamCidrConfigResult>>;
  /** The number of IP addresses in the Anycast static IP list. */
  readonly IpCount: Value<number>;
  /** The last time the Anycast static IP list was modified. */
  readonly LastModifiedTime: Value<string>;
  /** The name of the Anycast static IP list. */
  readonly Name: Value<string>;
  /** The status of the Anycast static IP list. Valid values: `Deployed` , `Deploying` , or `Failed` . */
  readonly Status: Value<string>;
}

export interface AnycastIpList_IpamCidrConfig {
  /** The CIDR that specifies the IP address range for this IPAM configuration. */
  readonly Cidr: Value<string>;
  /** The Amazon Resource Name (ARN) of the IPAM pool that the CIDR block is assigned to. */
  readonly IpamPoolArn: Value<string>;
}

export interface AnycastIpList_IpamCidrConfigResult {
  /** The specified Anycast IP address allocated from the IPAM pool for this CIDR configuration. */
  readonly AnycastIp?: Value<string>;
  /** The CIDR that specifies the IP address range for this IPAM configuration. */
  readonly Cidr?: Value<string>;
  /** The Amazon Resource Name (ARN) of the IPAM pool that the CIDR block is assigned to. */
  readonly IpamPoolArn?: Value<string>;
  /** The current status of the IPAM CIDR configuration. */
  readonly Status?: Value<string>;
}

export interface AnycastIpList_Tags {
  /** A complex type that contains `Tag` elements. */
  readonly Items?: ListOf<Value<Tag>>;
}

/** A cache policy. */
export interface CachePolicyProps {
  /** The cache policy configuration. */
  readonly CachePolicyConfig: Value<CachePolicy_CachePolicyConfig>;
}

export interface CachePolicy_CachePolicyConfig {
  /** A comment to describe the cache policy. The comment cannot be longer than 128 characters. */
  readonly Comment?: Value<string>;
  /** The default amount of time, in seconds, that you want objects to stay in the CloudFront cache before CloudFront sends another request to the origin to see if the object has been updated. CloudFront uses this value as the object's time to... */
  readonly DefaultTTL: Value<number>;
  /** The maximum amount of time, in seconds, that objects stay in the CloudFront cache before CloudFront sends another request to the origin to see if the object has been updated. CloudFront uses this value only when the origin sends `Cache-C... */
  readonly MaxTTL: Value<number>;
  /** The minimum amount of time, in seconds, that you want objects to stay in the CloudFront cache before CloudFront sends another request to the origin to see if the object has been updated. For more information, see [Managing How Long Conte... */
  readonly MinTTL: Value<number>;
  /** A unique name to identify the cache policy. */
  readonly Name: Value<string>;
  /** The HTTP headers, cookies, and URL query strings to include in the cache key. The values included in the cache key are also included in requests that CloudFront sends to the origin. */
  readonly ParametersInCacheKeyAndForwardedToOrigin: Value<CachePolicy_ParametersInCacheKeyAndForwardedToOrigin>;
}

export interface CachePolicy_CookiesConfig {
  /** Determines whether any cookies in viewer requests are included in the cache key and in requests that CloudFront sends to the origin. Valid values are: */
  readonly CookieBehavior: Value<string>;
  /** Contains a list of cookie names. */
  readonly Cookies?: ListOf<Value<string>>;
}

export interface CachePolicy_HeadersConfig {
  /** Determines whether any HTTP headers are included in the cache key and in requests that CloudFront sends to the origin. Valid values are: */
  readonly HeaderBehavior: Value<string>;
  /** Contains a list of HTTP header names. */
  readonly Headers?: ListOf<Value<string>>;
}

export interface CachePolicy_ParametersInCacheKeyAndForwardedToOrigin {
  /** An object that determines whether any cookies in viewer requests (and if so, which cookies) are included in the cache key and in requests that CloudFront sends to the origin. */
  readonly CookiesConfig: Value<CachePolicy_CookiesConfig>;
  /** A flag that can affect whether the `Accept-Encoding` HTTP header is included in the cache key and included in requests that CloudFront sends to the origin. */
  readonly EnableAcceptEncodingBrotli?: Value<boolean>;
  /** A flag that can affect whether the `Accept-Encoding` HTTP header is included in the cache key and included in requests that CloudFront sends to the origin. */
  readonly EnableAcceptEncodingGzip: Value<boolean>;
  /** An object that determines whether any HTTP headers (and if so, which headers) are included in the cache key and in requests that CloudFront sends to the origin. */
  readonly HeadersConfig: Value<CachePolicy_HeadersConfig>;
  /** An object that determines whether any URL query strings in viewer requests (and if so, which query strings) are included in the cache key and in requests that CloudFront sends to the origin. */
  readonly QueryStringsConfig: Value<CachePolicy_QueryStringsConfig>;
}

export interface CachePolicy_QueryStringsConfig {
  /** Determines whether any URL query strings in viewer requests are included in the cache key and in requests that CloudFront sends to the origin. Valid values are: */
  readonly QueryStringBehavior: Value<string>;
  /** Contains a list of query string names. */
  readonly QueryStrings?: ListOf<Value<string>>;
}

/** The request to create a new origin access identity (OAI). An origin access identity is a special CloudFront user that you can associate with Amazon S3 origins, so that you can secure all or just some of your Amazon S3 content. For more i... */
export interface CloudFrontOriginAccessIdentityProps {
  /** The current configuration information for the identity. */
  readonly CloudFrontOriginAccessIdentityConfig: Value<CloudFrontOriginAccessIdentity_CloudFrontOriginAccessIdentityConfig>;
}

export interface CloudFrontOriginAccessIdentity_CloudFrontOriginAccessIdentityConfig {
  /** A comment to describe the origin access identity. The comment cannot be longer than 128 characters. */
  readonly Comment: Value<string>;
}

/** A connection function. */
export interface ConnectionFunctionProps {
  /** A flag that determines whether to automatically publish the function to the `LIVE` stage when it’s created. To automatically publish to the `LIVE` stage, set this property to `true` . */
  readonly AutoPublish?: Value<boolean>;
  /** The code for the connection function. */
  readonly ConnectionFunctionCode: Value<string>;
  /** Contains configuration information about a CloudFront function. */
  readonly ConnectionFunctionConfig: Value<ConnectionFunction_ConnectionFunctionConfig>;
  /** The connection function name. */
  readonly Name: Value<string>;
  /** A complex type that contains zero or more `Tag` elements. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface ConnectionFunction_ConnectionFunctionConfig {
  /** A comment to describe the function. */
  readonly Comment: Value<string>;
  /** The configuration for the key value store associations. */
  readonly KeyValueStoreAssociations?: ListOf<Value<ConnectionFunction_KeyValueStoreAssociation>>;
  /** The function's runtime environment version. */
  readonly Runtime: Value<string>;
}

export interface ConnectionFunction_KeyValueStoreAssociation {
  /** The Amazon Resource Name (ARN) of the key value store association. */
  readonly KeyValueStoreARN: Value<string>;
}

/** The connection group for your distribution tenants. When you first create a distribution tenant and you don't specify a connection group, CloudFront will automatically create a default connection group for you. When you create a new dist... */
export interface ConnectionGroupProps {
  /** The ID of the Anycast static IP list. */
  readonly AnycastIpListId?: Value<string>;
  /** Whether the connection group is enabled. */
  readonly Enabled?: Value<boolean>;
  /** IPv6 is enabled for the connection group. */
  readonly Ipv6Enabled?: Value<boolean>;
  /** The name of the connection group. */
  readonly Name: Value<string>;
  /** A complex type that contains zero or more `Tag` elements. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Creates a continuous deployment policy that routes a subset of production traffic from a primary distribution to a staging distribution. */
export interface ContinuousDeploymentPolicyProps {
  /** Contains the configuration for a continuous deployment policy. */
  readonly ContinuousDeploymentPolicyConfig: Value<ContinuousDeploymentPolicy_ContinuousDeploymentPolicyConfig>;
}

export interface ContinuousDeploymentPolicy_ContinuousDeploymentPolicyConfig {
  /** A Boolean that indicates whether this continuous deployment policy is enabled (in effect). When this value is `true` , this policy is enabled and in effect. When this value is `false` , this policy is not enabled and has no effect. */
  readonly Enabled: Value<boolean>;
  /** This configuration determines which HTTP requests are sent to the staging distribution. If the HTTP request contains a header and value that matches what you specify here, the request is sent to the staging distribution. Otherwise the re... */
  readonly SingleHeaderPolicyConfig?: Value<ContinuousDeploymentPolicy_SingleHeaderPolicyConfig>;
  /** This configuration determines the percentage of HTTP requests that are sent to the staging distribution. */
  readonly SingleWeightPolicyConfig?: Value<ContinuousDeploymentPolicy_SingleWeightPolicyConfig>;
  /** The CloudFront domain name of the staging distribution. For example: `d111111abcdef8.cloudfront.net` . */
  readonly StagingDistributionDnsNames: ListOf<Value<string>>;
  /** Contains the parameters for routing production traffic from your primary to staging distributions. */
  readonly TrafficConfig?: Value<ContinuousDeploymentPolicy_TrafficConfig>;
  /** The type of traffic configuration. */
  readonly Type?: Value<string>;
}

export interface ContinuousDeploymentPolicy_SessionStickinessConfig {
  /** The amount of time after which you want sessions to cease if no requests are received. Allowed values are 300–3600 seconds (5–60 minutes). */
  readonly IdleTTL: Value<number>;
  /** The maximum amount of time to consider requests from the viewer as being part of the same session. Allowed values are 300–3600 seconds (5–60 minutes). */
  readonly MaximumTTL: Value<number>;
}

export interface ContinuousDeploymentPolicy_SingleHeaderConfig {
  /** The request header name that you want CloudFront to send to your staging distribution. The header must contain the prefix `aws-cf-cd-` . */
  readonly Header: Value<string>;
  /** The request header value. */
  readonly Value: Value<string>;
}

export interface ContinuousDeploymentPolicy_SingleHeaderPolicyConfig {
  /** The name of the HTTP header that CloudFront uses to configure for the single header policy. */
  readonly Header: Value<string>;
  /** Specifies the value to assign to the header for a single header policy. */
  readonly Value: Value<string>;
}

export interface ContinuousDeploymentPolicy_SingleWeightConfig {
  /** Session stickiness provides the ability to define multiple requests from a single viewer as a single session. This prevents the potentially inconsistent experience of sending some of a given user's requests to your staging distribution,... */
  readonly SessionStickinessConfig?: Value<ContinuousDeploymentPolicy_SessionStickinessConfig>;
  /** The percentage of traffic to send to a staging distribution, expressed as a decimal number between 0 and 0.15. For example, a value of 0.10 means 10% of traffic is sent to the staging distribution. */
  readonly Weight: Value<number>;
}

export interface ContinuousDeploymentPolicy_SingleWeightPolicyConfig {
  /** Enable session stickiness for the associated origin or cache settings. */
  readonly SessionStickinessConfig?: Value<ContinuousDeploymentPolicy_SessionStickinessConfig>;
  /** The percentage of requests that CloudFront will use to send to an associated origin or cache settings. */
  readonly Weight: Value<number>;
}

export interface ContinuousDeploymentPolicy_TrafficConfig {
  /** Determines which HTTP requests are sent to the staging distribution. */
  readonly SingleHeaderConfig?: Value<ContinuousDeploymentPolicy_SingleHeaderConfig>;
  /** Contains the percentage of traffic to send to the staging distribution. */
  readonly SingleWeightConfig?: Value<ContinuousDeploymentPolicy_SingleWeightConfig>;
  /** The type of traffic configuration. */
  readonly Type: Value<string>;
}

/** A distribution tells CloudFront where you want content to be delivered from, and the details about how to track and manage content delivery. */
export interface DistributionProps {
  /** The distribution's configuration. */
  readonly DistributionConfig: Value<Distribution_DistributionConfig>;
  /** A complex type that contains zero or more `Tag` elements. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface Distribution_CacheBehavior {
  /** A complex type that controls which HTTP methods CloudFront processes and forwards to your Amazon S3 bucket or your custom origin. There are three choices: */
  readonly AllowedMethods?: ListOf<Value<string>>;
  /** A complex type that controls whether CloudFront caches the response to requests using the specified HTTP methods. There are two choices: */
  readonly CachedMethods?: ListOf<Value<string>>;
  /** The unique identifier of the cache policy that is attached to this cache behavior. For more information, see [Creating cache policies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cach... */
  readonly CachePolicyId?: Value<string>;
  /** Whether you want CloudFront to automatically compress certain files for this cache behavior. If so, specify true; if not, specify false. For more information, see [Serving Compressed Files](https://docs.aws.amazon.com/AmazonCloudFront/la... */
  readonly Compress?: Value<boolean>;
  /** > This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager for Amazon CloudFront](https://docs.aws.amazon.com/AmazonClo... */
  readonly DefaultTTL?: Value<number>;
  /** The value of `ID` for the field-level encryption configuration that you want CloudFront to use for encrypting specific fields of data for this cache behavior. */
  readonly FieldLevelEncryptionId?: Value<string>;
  /** This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. For more information, see [Working with policies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/wo... */
  readonly ForwardedValues?: Value<Distribution_ForwardedValues>;
  /** A list of CloudFront functions that are associated with this cache behavior. CloudFront functions must be published to the `LIVE` stage to associate them with a cache behavior. */
  readonly FunctionAssociations?: ListOf<Value<Distribution_FunctionAssociation>>;
  /** The gRPC configuration for your cache behavior. */
  readonly GrpcConfig?: Value<Distribution_GrpcConfig>;
  /** A complex type that contains zero or more Lambda@Edge function associations for a cache behavior. */
  readonly LambdaFunctionAssociations?: ListOf<Value<Distribution_LambdaFunctionAssociation>>;
  /** > This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager for Amazon CloudFront](https://docs.aws.amazon.com/AmazonClo... */
  readonly MaxTTL?: Value<number>;
  /** > This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager for Amazon CloudFront](https://docs.aws.amazon.com/AmazonClo... */
  readonly MinTTL?: Value<number>;
  /** The unique identifier of the origin request policy that is attached to this cache behavior. For more information, see [Creating origin request policies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-origi... */
  readonly OriginRequestPolicyId?: Value<string>;
  /** The pattern (for example, `images/*.jpg` ) that specifies which requests to apply the behavior to. When CloudFront receives a viewer request, the requested path is compared with path patterns in the order in which cache behaviors are lis... */
  readonly PathPattern: Value<string>;
  /** The Amazon Resource Name (ARN) of the real-time log configuration that is attached to this cache behavior. For more information, see [Real-time logs](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/real-time-logs.html)... */
  readonly RealtimeLogConfigArn?: Value<string>;
  /** The identifier for a response headers policy. */
  readonly ResponseHeadersPolicyId?: Value<string>;
  /** > This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager for Amazon CloudFront](https://docs.aws.amazon.com/AmazonClo... */
  readonly SmoothStreaming?: Value<boolean>;
  /** The value of `ID` for the origin that you want CloudFront to route requests to when they match this cache behavior. */
  readonly TargetOriginId: Value<string>;
  /** A list of key groups that CloudFront can use to validate signed URLs or signed cookies. */
  readonly TrustedKeyGroups?: ListOf<Value<string>>;
  /** > We recommend using `TrustedKeyGroups` instead of `TrustedSigners` . > This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see [Unsupported features for Saa... */
  readonly TrustedSigners?: ListOf<Value<string>>;
  /** The protocol that viewers can use to access the files in the origin specified by `TargetOriginId` when a request matches the path pattern in `PathPattern` . You can specify the following options: */
  readonly ViewerProtocolPolicy: Value<string>;
}

export interface Distribution_CacheTagConfig {
  /** The name of the HTTP header that your origin includes in responses. CloudFront uses this header to extract cache tags. The header value must contain comma-separated tag values (for example, ``product:electronics, category:tv, brand:examp... */
  readonly HeaderName: Value<string>;
}

export interface Distribution_ConnectionFunctionAssociation {
  /** The association's ID. */
  readonly Id: Value<string>;
}

export interface Distribution_Cookies {
  /** This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. */
  readonly Forward: Value<string>;
  /** This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. */
  readonly WhitelistedNames?: ListOf<Value<string>>;
}

export interface Distribution_CustomErrorResponse {
  /** The minimum amount of time, in seconds, that you want CloudFront to cache the HTTP status code specified in `ErrorCode` . When this time period has elapsed, CloudFront queries your origin to see whether the problem that caused the error... */
  readonly ErrorCachingMinTTL?: Value<number>;
  /** The HTTP status code for which you want to specify a custom error page and/or a caching duration. */
  readonly ErrorCode: Value<number>;
  /** The HTTP status code that you want CloudFront to return to the viewer along with the custom error page. There are a variety of reasons that you might want CloudFront to return a status code different from the status code that your origin... */
  readonly ResponseCode?: Value<number>;
  /** The path to the custom error page that you want CloudFront to return to a viewer when your origin returns the HTTP status code specified by `ErrorCode` , for example, `/4xx-errors/403-forbidden.html` . If you want to store your objects a... */
  readonly ResponsePagePath?: Value<string>;
}

export interface Distribution_CustomOriginConfig {
  /** The HTTP port that CloudFront uses to connect to the origin. Specify the HTTP port that the origin listens on. */
  readonly HTTPPort?: Value<number>;
  /** The HTTPS port that CloudFront uses to connect to the origin. Specify the HTTPS port that the origin listens on. */
  readonly HTTPSPort?: Value<number>;
  /** Specifies which IP protocol CloudFront uses when connecting to your origin. If your origin uses both IPv4 and IPv6 protocols, you can choose `dualstack` to help optimize reliability. */
  readonly IpAddressType?: Value<string>;
  /** Specifies how long, in seconds, CloudFront persists its connection to the origin. The minimum timeout is 1 second, the maximum is 120 seconds, and the default (if you don't specify otherwise) is 5 seconds. */
  readonly OriginKeepaliveTimeout?: Value<number>;
  /** Configures mutual TLS authentication between CloudFront and your origin server. */
  readonly OriginMtlsConfig?: Value<Distribution_OriginMtlsConfig>;
  /** Specifies the protocol (HTTP or HTTPS) that CloudFront uses to connect to the origin. Valid values are: */
  readonly OriginProtocolPolicy: Value<string>;
  /** Specifies how long, in seconds, CloudFront waits for a response from the origin. This is also known as the *origin response timeout* . The minimum timeout is 1 second, the maximum is 120 seconds, and the default (if you don't specify oth... */
  readonly OriginReadTimeout?: Value<number>;
  /** Specifies the minimum SSL/TLS protocol that CloudFront uses when connecting to your origin over HTTPS. Valid values include `SSLv3` , `TLSv1` , `TLSv1.1` , and `TLSv1.2` . */
  readonly OriginSSLProtocols?: ListOf<Value<string>>;
}

export interface Distribution_DefaultCacheBehavior {
  /** A complex type that controls which HTTP methods CloudFront processes and forwards to your Amazon S3 bucket or your custom origin. There are three choices: */
  readonly AllowedMethods?: ListOf<Value<string>>;
  /** A complex type that controls whether CloudFront caches the response to requests using the specified HTTP methods. There are two choices: */
  readonly CachedMethods?: ListOf<Value<string>>;
  /** The unique identifier of the cache policy that is attached to the default cache behavior. For more information, see [Creating cache policies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.ht... */
  readonly CachePolicyId?: Value<string>;
  /** Whether you want CloudFront to automatically compress certain files for this cache behavior. If so, specify `true` ; if not, specify `false` . For more information, see [Serving Compressed Files](https://docs.aws.amazon.com/AmazonCloudFr... */
  readonly Compress?: Value<boolean>;
  /** > This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager for Amazon CloudFront](https://docs.aws.amazon.com/AmazonClo... */
  readonly DefaultTTL?: Value<number>;
  /** The value of `ID` for the field-level encryption configuration that you want CloudFront to use for encrypting specific fields of data for the default cache behavior. */
  readonly FieldLevelEncryptionId?: Value<string>;
  /** This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. For more information, see [Working with policies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/wo... */
  readonly ForwardedValues?: Value<Distribution_ForwardedValues>;
  /** A list of CloudFront functions that are associated with this cache behavior. Your functions must be published to the `LIVE` stage to associate them with a cache behavior. */
  readonly FunctionAssociations?: ListOf<Value<Distribution_FunctionAssociation>>;
  /** The gRPC configuration for your cache behavior. */
  readonly GrpcConfig?: Value<Distribution_GrpcConfig>;
  /** A complex type that contains zero or more Lambda@Edge function associations for a cache behavior. */
  readonly LambdaFunctionAssociations?: ListOf<Value<Distribution_LambdaFunctionAssociation>>;
  /** > This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager for Amazon CloudFront](https://docs.aws.amazon.com/AmazonClo... */
  readonly MaxTTL?: Value<number>;
  /** > This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager for Amazon CloudFront](https://docs.aws.amazon.com/AmazonClo... */
  readonly MinTTL?: Value<number>;
  /** The unique identifier of the origin request policy that is attached to the default cache behavior. For more information, see [Creating origin request policies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controllin... */
  readonly OriginRequestPolicyId?: Value<string>;
  /** The Amazon Resource Name (ARN) of the real-time log configuration that is attached to this cache behavior. For more information, see [Real-time logs](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/real-time-logs.html)... */
  readonly RealtimeLogConfigArn?: Value<string>;
  /** The identifier for a response headers policy. */
  readonly ResponseHeadersPolicyId?: Value<string>;
  /** > This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager for Amazon CloudFront](https://docs.aws.amazon.com/AmazonClo... */
  readonly SmoothStreaming?: Value<boolean>;
  /** The value of `ID` for the origin that you want CloudFront to route requests to when they use the default cache behavior. */
  readonly TargetOriginId: Value<string>;
  /** A list of key groups that CloudFront can use to validate signed URLs or signed cookies. */
  readonly TrustedKeyGroups?: ListOf<Value<string>>;
  /** > We recommend using `TrustedKeyGroups` instead of `TrustedSigners` . > This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see [Unsupported features for Saa... */
  readonly TrustedSigners?: ListOf<Value<string>>;
  /** The protocol that viewers can use to access the files in the origin specified by `TargetOriginId` when a request matches the path pattern in `PathPattern` . You can specify the following options: */
  readonly ViewerProtocolPolicy: Value<string>;
}

export interface Distribution_Definition {
  readonly StringSchema?: Value<Distribution_StringSchema>;
}

export interface Distribution_DistributionConfig {
  /** > This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager for Amazon CloudFront](https://docs.aws.amazon.com/AmazonClo... */
  readonly Aliases?: ListOf<Value<string>>;
  /** > To use this field for a multi-tenant distribution, use a connection group instead. For more information, see [ConnectionGroup](https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ConnectionGroup.html) . */
  readonly AnycastIpListId?: Value<string>;
  /** A complex type that contains zero or more `CacheBehavior` elements. */
  readonly CacheBehaviors?: ListOf<Value<Distribution_CacheBehavior>>;
  /** A complex type that specifies the HTTP header name from which CloudFront extracts cache tags from origin responses. When you add ``CacheTagConfig`` to a distribution, CloudFront reads the specified header from origin responses, parses th... */
  readonly CacheTagConfig?: Value<Distribution_CacheTagConfig>;
  /** An alias for the CloudFront distribution's domain name. */
  readonly CNAMEs?: ListOf<Value<string>>;
  /** A comment to describe the distribution. The comment cannot be longer than 128 characters. */
  readonly Comment?: Value<string>;
  /** The distribution's connection function association. */
  readonly ConnectionFunctionAssociation?: Value<Distribution_ConnectionFunctionAssociation>;
  /** This field specifies whether the connection mode is through a standard distribution (direct) or a multi-tenant distribution with distribution tenants (tenant-only). */
  readonly ConnectionMode?: Value<string>;
  /** > This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager for Amazon CloudFront](https://docs.aws.amazon.com/AmazonClo... */
  readonly ContinuousDeploymentPolicyId?: Value<string>;
  /** A complex type that controls the following: */
  readonly CustomErrorResponses?: ListOf<Value<Distribution_CustomErrorResponse>>;
  /** The user-defined HTTP server that serves as the origin for content that CloudFront distributes. */
  readonly CustomOrigin?: Value<Distribution_LegacyCustomOrigin>;
  /** A complex type that describes the default cache behavior if you don't specify a `CacheBehavior` element or if files don't match any of the values of `PathPattern` in `CacheBehavior` elements. You must create exactly one default cache beh... */
  readonly DefaultCacheBehavior: Value<Distribution_DefaultCacheBehavior>;
  /** When a viewer requests the root URL for your distribution, the default root object is the object that you want CloudFront to request from your origin. For example, if your root URL is `https://www.example.com` , you can specify CloudFron... */
  readonly DefaultRootObject?: Value<string>;
  /** From this field, you can enable or disable the selected distribution. */
  readonly Enabled: Value<boolean>;
  /** (Optional) Specify the HTTP version(s) that you want viewers to use to communicate with CloudFront . The default value for new distributions is `http1.1` . */
  readonly HttpVersion?: Value<string>;
  /** > To use this field for a multi-tenant distribution, use a connection group instead. For more information, see [ConnectionGroup](https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ConnectionGroup.html) . */
  readonly IPV6Enabled?: Value<boolean>;
  /** A complex type that controls whether access logs are written for the distribution. */
  readonly Logging?: Value<Distribution_Logging>;
  /** A complex type that contains information about origin groups for this distribution. */
  readonly OriginGroups?: Value<Distribution_OriginGroups>;
  /** A complex type that contains information about origins for this distribution. */
  readonly Origins?: ListOf<Value<Distribution_Origin>>;
  /** > This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager for Amazon CloudFront](https://docs.aws.amazon.com/AmazonClo... */
  readonly PriceClass?: Value<string>;
  /** A complex type that identifies ways in which you want to restrict distribution of your content. */
  readonly Restrictions?: Value<Distribution_Restrictions>;
  /** The origin as an Amazon S3 bucket. */
  readonly S3Origin?: Value<Distribution_LegacyS3Origin>;
  /** > This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager for Amazon CloudFront](https://docs.aws.amazon.com/AmazonClo... */
  readonly Staging?: Value<boolean>;
  /** > This field only supports multi-tenant distributions. You can't specify this field for standard distributions. For more information, see [Unsupported features for SaaS Manager for Amazon CloudFront](https://docs.aws.amazon.com/AmazonClo... */
  readonly TenantConfig?: Value<Distribution_TenantConfig>;
  /** A complex type that determines the distribution's SSL/TLS configuration for communicating with viewers. */
  readonly ViewerCertificate?: Value<Distribution_ViewerCertificate>;
  /** The distribution's viewer mTLS configuration. */
  readonly ViewerMtlsConfig?: Value<Distribution_ViewerMtlsConfig>;
  /** > Multi-tenant distributions only support AWS WAF V2 web ACLs. */
  readonly WebACLId?: Value<string>;
}

export interface Distribution_ForwardedValues {
  /** This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. */
  readonly Cookies?: Value<Distribution_Cookies>;
  /** This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. */
  readonly Headers?: ListOf<Value<string>>;
  /** This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. */
  readonly QueryString: Value<boolean>;
  /** This field is deprecated. We recommend that you use a cache policy or an origin request policy instead of this field. */
  readonly QueryStringCacheKeys?: ListOf<Value<string>>;
}

export interface Distribution_FunctionAssociation {
  /** The event type of the function, either `viewer-request` or `viewer-response` . You cannot use origin-facing event types ( `origin-request` and `origin-response` ) with a CloudFront function. */
  readonly EventType?: Value<string>;
  /** The Amazon Resource Name (ARN) of the function. */
  readonly FunctionARN?: Value<string>;
}

export interface Distribution_GeoRestriction {
  /** A complex type that contains a `Location` element for each country in which you want CloudFront either to distribute your content ( `whitelist` ) or not distribute your content ( `blacklist` ). */
  readonly Locations?: ListOf<Value<string>>;
  /** The method that you want to use to restrict distribution of your content by country: */
  readonly RestrictionType: Value<string>;
}

export interface Distribution_GrpcConfig {
  /** Enables your CloudFront distribution to receive gRPC requests and to proxy them directly to your origins. */
  readonly Enabled: Value<boolean>;
}

export interface Distribution_LambdaFunctionAssociation {
  /** Specifies the event type that triggers a Lambda@Edge function invocation. You can specify the following values: */
  readonly EventType?: Value<string>;
  /** A flag that allows a Lambda@Edge function to have read access to the body content. For more information, see [Accessing the Request Body by Choosing the Include Body Option](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGu... */
  readonly IncludeBody?: Value<boolean>;
  /** The ARN of the Lambda@Edge function. You must specify the ARN of a function version; you can't specify an alias or $LATEST. */
  readonly LambdaFunctionARN?: Value<string>;
}

export interface Distribution_LegacyCustomOrigin {
  /** The domain name assigned to your CloudFront distribution. */
  readonly DNSName: Value<string>;
  /** The HTTP port that CloudFront uses to connect to the origin. Specify the HTTP port that the origin listens on. */
  readonly HTTPPort?: Value<number>;
  /** The HTTPS port that CloudFront uses to connect to the origin. Specify the HTTPS port that the origin listens on. */
  readonly HTTPSPort?: Value<number>;
  /** Specifies the protocol (HTTP or HTTPS) that CloudFront uses to connect to the origin. */
  readonly OriginProtocolPolicy: Value<string>;
  /** The minimum SSL/TLS protocol version that CloudFront uses when communicating with your origin server over HTTPs. */
  readonly OriginSSLProtocols: ListOf<Value<string>>;
}

export interface Distribution_LegacyS3Origin {
  /** The domain name assigned to your CloudFront distribution. */
  readonly DNSName: Value<string>;
  /** The CloudFront origin access identity to associate with the distribution. Use an origin access identity to configure the distribution so that end users can only access objects in an Amazon S3 through CloudFront . */
  readonly OriginAccessIdentity?: Value<string>;
}

export interface Distribution_Logging {
  /** The Amazon S3 bucket to store the access logs in, for example, `amzn-s3-demo-bucket.s3.amazonaws.com` . */
  readonly Bucket?: Value<string>;
  /** Specifies whether you want CloudFront to include cookies in access logs, specify `true` for `IncludeCookies` . If you choose to include cookies in logs, CloudFront logs all cookies regardless of how you configure the cache behaviors for... */
  readonly IncludeCookies?: Value<boolean>;
  /** An optional string that you want CloudFront to prefix to the access log `filenames` for this distribution, for example, `myprefix/` . If you want to enable logging, but you don't want to specify a prefix, you still must include an empty... */
  readonly Prefix?: Value<string>;
}

export interface Distribution_Origin {
  /** The number of times that CloudFront attempts to connect to the origin. The minimum number is 1, the maximum is 3, and the default (if you don't specify otherwise) is 3. */
  readonly ConnectionAttempts?: Value<number>;
  /** The number of seconds that CloudFront waits when trying to establish a connection to the origin. The minimum timeout is 1 second, the maximum is 10 seconds, and the default (if you don't specify otherwise) is 10 seconds. */
  readonly ConnectionTimeout?: Value<number>;
  /** Use this type to specify an origin that is not an Amazon S3 bucket, with one exception. If the Amazon S3 bucket is configured with static website hosting, use this type. If the Amazon S3 bucket is not configured with static website hosti... */
  readonly CustomOriginConfig?: Value<Distribution_CustomOriginConfig>;
  /** The domain name for the origin. */
  readonly DomainName: Value<string>;
  /** A unique identifier for the origin. This value must be unique within the distribution. */
  readonly Id: Value<string>;
  /** The unique identifier of an origin access control for this origin. */
  readonly OriginAccessControlId?: Value<string>;
  /** A list of HTTP header names and values that CloudFront adds to the requests that it sends to the origin. */
  readonly OriginCustomHeaders?: ListOf<Value<Distribution_OriginCustomHeader>>;
  /** An optional path that CloudFront appends to the origin domain name when CloudFront requests content from the origin. */
  readonly OriginPath?: Value<string>;
  /** CloudFront Origin Shield. Using Origin Shield can help reduce the load on your origin. */
  readonly OriginShield?: Value<Distribution_OriginShield>;
  /** The time (in seconds) that a request from CloudFront to the origin can stay open and wait for a response. If the complete response isn't received from the origin by this time, CloudFront ends the connection. */
  readonly ResponseCompletionTimeout?: Value<number>;
  /** Use this type to specify an origin that is an Amazon S3 bucket that is not configured with static website hosting. To specify any other type of origin, including an Amazon S3 bucket that is configured with static website hosting, use the... */
  readonly S3OriginConfig?: Value<Distribution_S3OriginConfig>;
  /** The VPC origin configuration. */
  readonly VpcOriginConfig?: Value<Distribution_VpcOriginConfig>;
}

export interface Distribution_OriginCustomHeader {
  /** The name of a header that you want CloudFront to send to your origin. For more information, see [Adding Custom Headers to Origin Requests](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/forward-custom-headers.html) in... */
  readonly HeaderName: Value<string>;
  /** The value for the header that you specified in the `HeaderName` field. */
  readonly HeaderValue: Value<string>;
}

export interface Distribution_OriginGroup {
  /** A complex type that contains information about the failover criteria for an origin group. */
  readonly FailoverCriteria: Value<Distribution_OriginGroupFailoverCriteria>;
  /** The origin group's ID. */
  readonly Id: Value<string>;
  /** A complex type that contains information about the origins in an origin group. */
  readonly Members: Value<Distribution_OriginGroupMembers>;
  /** The selection criteria for the origin group. For more information, see [Create an origin group](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/high_availability_origin_failover.html#concept_origin_groups.creating) in... */
  readonly SelectionCriteria?: Value<string>;
}

export interface Distribution_OriginGroupFailoverCriteria {
  /** The status codes that, when returned from the primary origin, will trigger CloudFront to failover to the second origin. */
  readonly StatusCodes: Value<Distribution_StatusCodes>;
}

export interface Distribution_OriginGroupMember {
  /** The ID for an origin in an origin group. */
  readonly OriginId: Value<string>;
}

export interface Distribution_OriginGroupMembers {
  /** Items (origins) in an origin group. */
  readonly Items: ListOf<Value<Distribution_OriginGroupMember>>;
  /** The number of origins in an origin group. */
  readonly Quantity: Value<number>;
}

export interface Distribution_OriginGroups {
  /** The items (origin groups) in a distribution. */
  readonly Items?: ListOf<Value<Distribution_OriginGroup>>;
  /** The number of origin groups. */
  readonly Quantity: Value<number>;
}

export interface Distribution_OriginMtlsConfig {
  /** The Amazon Resource Name (ARN) of the client certificate stored in AWS Certificate Manager (ACM) that CloudFront uses to authenticate with your origin using Mutual TLS. */
  readonly ClientCertificateArn: Value<string>;
}

export interface Distribution_OriginShield {
  /** A flag that specifies whether Origin Shield is enabled. */
  readonly Enabled?: Value<boolean>;
  /** The AWS Region for Origin Shield. */
  readonly OriginShieldRegion?: Value<string>;
}

export interface Distribution_ParameterDefinition {
  /** The value that you assigned to the parameter. */
  readonly Definition: Value<Distribution_Definition>;
  /** The name of the parameter. */
  readonly Name: Value<string>;
}

export interface Distribution_Restrictions {
  /** A complex type that controls the countries in which your content is distributed. CloudFront determines the location of your users using `MaxMind` GeoIP databases. To disable geo restriction, remove the [Restrictions](https://docs.aws.ama... */
  readonly GeoRestriction: Value<Distribution_GeoRestriction>;
}

export interface Distribution_S3OriginConfig {
  /** > If you're using origin access control (OAC) instead of origin access identity, specify an empty `OriginAccessIdentity` element. For more information, see [Restricting access to an AWS](https://docs.aws.amazon.com/AmazonCloudFront/lates... */
  readonly OriginAccessIdentity?: Value<string>;
  /** Specifies how long, in seconds, CloudFront waits for a response from the origin. This is also known as the *origin response timeout* . The minimum timeout is 1 second, the maximum is 120 seconds, and the default (if you don't specify oth... */
  readonly OriginReadTimeout?: Value<number>;
}

export interface Distribution_StatusCodes {
  /** The items (status codes) for an origin group. */
  readonly Items: ListOf<Value<number>>;
  /** The number of status codes. */
  readonly Quantity: Value<number>;
}

export interface Distribution_StringSchema {
  readonly Comment?: Value<string>;
  readonly DefaultValue?: Value<string>;
  readonly Required: Value<boolean>;
}

export interface Distribution_TenantConfig {
  /** The parameters that you specify for a distribution tenant. */
  readonly ParameterDefinitions?: ListOf<Value<Distribution_ParameterDefinition>>;
}

export interface Distribution_TrustStoreConfig {
  /** The configuration to use to advertise trust store CA names. */
  readonly AdvertiseTrustStoreCaNames?: Value<boolean>;
  /** The configuration to use to ignore certificate expiration. */
  readonly IgnoreCertificateExpiry?: Value<boolean>;
  /** The trust store ID. */
  readonly TrustStoreId: Value<string>;
}

export interface Distribution_ViewerCertificate {
  /** > In CloudFormation, this field name is `AcmCertificateArn` . Note the different capitalization. */
  readonly AcmCertificateArn?: Value<string>;
  /** If the distribution uses the CloudFront domain name such as `d111111abcdef8.cloudfront.net` , set this field to `true` . */
  readonly CloudFrontDefaultCertificate?: Value<boolean>;
  /** > This field only supports standard distributions. You can't specify this field for multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager for Amazon CloudFront](https://docs.aws.amazon.com/AmazonClo... */
  readonly IamCertificateId?: Value<string>;
  /** If the distribution uses `Aliases` (alternate domain names or CNAMEs), specify the security policy that you want CloudFront to use for HTTPS connections with viewers. The security policy determines two settings: */
  readonly MinimumProtocolVersion?: Value<string>;
  /** > In CloudFormation, this field name is `SslSupportMethod` . Note the different capitalization. */
  readonly SslSupportMethod?: Value<string>;
}

export interface Distribution_ViewerMtlsConfig {
  /** The viewer mTLS mode. */
  readonly Mode?: Value<string>;
  /** The trust store configuration associated with the viewer mTLS configuration. */
  readonly TrustStoreConfig?: Value<Distribution_TrustStoreConfig>;
}

export interface Distribution_VpcOriginConfig {
  /** Specifies how long, in seconds, CloudFront persists its connection to the origin. The minimum timeout is 1 second, the maximum is 120 seconds, and the default (if you don't specify otherwise) is 5 seconds. */
  readonly OriginKeepaliveTimeout?: Value<number>;
  /** Specifies how long, in seconds, CloudFront waits for a response from the origin. This is also known as the *origin response timeout* . The minimum timeout is 1 second, the maximum is 120 seconds, and the default (if you don't specify oth... */
  readonly OriginReadTimeout?: Value<number>;
  /** The account ID of the AWS account that owns the VPC origin. */
  readonly OwnerAccountId?: Value<string>;
  /** The VPC origin ID. */
  readonly VpcOriginId: Value<string>;
}

/** The distribution tenant. */
export interface DistributionTenantProps {
  /** The ID of the connection group for the distribution tenant. If you don't specify a connection group, CloudFront uses the default connection group. */
  readonly ConnectionGroupId?: Value<string>;
  /** Customizations for the distribution tenant. For each distribution tenant, you can specify the geographic restrictions, and the Amazon Resource Names (ARNs) for the ACM certificate and AWS WAF web ACL. These are specific values that you c... */
  readonly Customizations?: Value<DistributionTenant_Customizations>;
  /** The ID of the multi-tenant distribution. */
  readonly DistributionId: Value<string>;
  /** The domains associated with the distribution tenant. */
  readonly Domains: ListOf<Value<string>>;
  /** Indicates whether the distribution tenant is in an enabled state. If disabled, the distribution tenant won't serve traffic. */
  readonly Enabled?: Value<boolean>;
  /** An object that represents the request for the Amazon CloudFront managed ACM certificate. */
  readonly ManagedCertificateRequest?: Value<DistributionTenant_ManagedCertificateRequest>;
  /** The name of the distribution tenant. */
  readonly Name: Value<string>;
  /** A list of parameter values to add to the resource. A parameter is specified as a key-value pair. A valid parameter value must exist for any parameter that is marked as required in the multi-tenant distribution. */
  readonly Parameters?: ListOf<Value<DistributionTenant_Parameter>>;
  /** A complex type that contains zero or more `Tag` elements. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface DistributionTenant_Certificate {
  /** The Amazon Resource Name (ARN) of the ACM certificate. */
  readonly Arn?: Value<string>;
}

export interface DistributionTenant_Customizations {
  /** The Certificate Manager (ACM) certificate. */
  readonly Certificate?: Value<DistributionTenant_Certificate>;
  /** The geographic restrictions. */
  readonly GeoRestrictions?: Value<DistributionTenant_GeoRestrictionCustomization>;
  /** The AWS WAF web ACL. */
  readonly WebAcl?: Value<DistributionTenant_WebAclCustomization>;
}

export interface DistributionTenant_DomainResult {
  /** The specified domain. */
  readonly Domain?: Value<string>;
  /** Whether the domain is active or inactive. */
  readonly Status?: Value<string>;
}

export interface DistributionTenant_GeoRestrictionCustomization {
  /** The locations for geographic restrictions. */
  readonly Locations?: ListOf<Value<string>>;
  /** The method that you want to use to restrict distribution of your content by country: */
  readonly RestrictionType?: Value<string>;
}

export interface DistributionTenant_ManagedCertificateRequest {
  /** You can opt out of certificate transparency logging by specifying the `disabled` option. Opt in by specifying `enabled` . For more information, see [Certificate Transparency Logging](https://docs.aws.amazon.com/acm/latest/userguide/acm-c... */
  readonly CertificateTransparencyLoggingPreference?: Value<string>;
  /** The primary domain name associated with the CloudFront managed ACM certificate. */
  readonly PrimaryDomainName?: Value<string>;
  /** Specify how the HTTP validation token will be served when requesting the CloudFront managed ACM certificate. */
  readonly ValidationTokenHost?: Value<string>;
}

export interface DistributionTenant_Parameter {
  /** The parameter name. */
  readonly Name?: Value<string>;
  /** The parameter value. */
  readonly Value?: Value<string>;
}

export interface DistributionTenant_WebAclCustomization {
  /** The action for the AWS WAF web ACL customization. You can specify `override` to specify a separate AWS WAF web ACL for the distribution tenant. If you specify `disable` , the distribution tenant won't have AWS WAF web ACL protections and... */
  readonly Action?: Value<string>;
  /** The Amazon Resource Name (ARN) of the AWS WAF web ACL. */
  readonly Arn?: Value<string>;
}

/** Resource Type definition for AWS::CloudFront::FieldLevelEncryptionProfile. A field-level encryption profile maps CloudFront public keys and provider identities to the request-body field patterns that CloudFront encrypts with them. */
export interface FieldLevelEncryptionProfileProps {
  /** The configuration of a field-level encryption profile. */
  readonly FieldLevelEncryptionProfileConfig: Value<FieldLevelEncryptionProfile_FieldLevelEncryptionProfileConfig>;
}

export interface FieldLevelEncryptionProfile_EncryptionEntity {
  /** The request-body field names to encrypt. A pattern is either a full field name or leading characters followed by a wildcard (*). Patterns are case-sensitive and must not overlap. */
  readonly FieldPatterns: ListOf<Value<string>>;
  /** The provider associated with the public key. The same value must be supplied with the private key for an application to decrypt the data. */
  readonly ProviderId: Value<string>;
  /** The identifier of the CloudFront public key used to encrypt the fields that match the patterns. */
  readonly PublicKeyId: Value<string>;
}

export interface FieldLevelEncryptionProfile_FieldLevelEncryptionProfileConfig {
  /** A unique value that identifies the creation request. Caller references are unique within an AWS account and cannot be changed after creation. */
  readonly CallerReference: Value<string>;
  /** An optional comment describing the field-level encryption profile. */
  readonly Comment?: Value<string>;
  /** The encryption entities of the field-level encryption profile. At least one entity is required. */
  readonly EncryptionEntities: ListOf<Value<FieldLevelEncryptionProfile_EncryptionEntity>>;
  /** The name of the field-level encryption profile. Names are unique within an AWS account. */
  readonly Name: Value<string>;
}

/** Creates a CloudFront function. */
export interface FunctionProps {
  /** A flag that determines whether to automatically publish the function to the `LIVE` stage when it’s created. To automatically publish to the `LIVE` stage, set this property to `true` . */
  readonly AutoPublish?: Value<boolean>;
  /** The function code. For more information about writing a CloudFront function, see [Writing function code for CloudFront Functions](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/writing-function-code.html) in the *Amaz... */
  readonly FunctionCode: Value<string>;
  /** Contains configuration information about a CloudFront function. */
  readonly FunctionConfig: Value<Function_FunctionConfig>;
  /** Contains metadata about a CloudFront function. */
  readonly FunctionMetadata?: Value<Function_FunctionMetadata>;
  /** A name to identify the function. */
  readonly Name: Value<string>;
  /** A complex type that contains zero or more ``Tag`` elements. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface Function_FunctionConfig {
  /** A comment to describe the function. */
  readonly Comment: Value<string>;
  /** The configuration for the key value store associations. */
  readonly KeyValueStoreAssociations?: ListOf<Value<Function_KeyValueStoreAssociation>>;
  /** The function's runtime environment version. */
  readonly Runtime: Value<string>;
}

export interface Function_FunctionMetadata {
  /** The Amazon Resource Name (ARN) of the function. The ARN uniquely identifies the function. */
  readonly FunctionARN?: Value<string>;
}

export interface Function_KeyValueStoreAssociation {
  /** The Amazon Resource Name (ARN) of the key value store association. */
  readonly KeyValueStoreARN: Value<string>;
}

/** A key group. */
export interface KeyGroupProps {
  /** The key group configuration. */
  readonly KeyGroupConfig: Value<KeyGroup_KeyGroupConfig>;
}

export interface KeyGroup_KeyGroupConfig {
  /** A comment to describe the key group. The comment cannot be longer than 128 characters. */
  readonly Comment?: Value<string>;
  /** A list of the identifiers of the public keys in the key group. */
  readonly Items: ListOf<Value<string>>;
  /** A name to identify the key group. */
  readonly Name: Value<string>;
}

/** The key value store. Use this to separate data from function code, allowing you to update data without having to publish a new version of a function. The key value store holds keys and their corresponding values. */
export interface KeyValueStoreProps {
  /** A comment for the key value store. */
  readonly Comment?: Value<string>;
  /** The import source for the key value store. */
  readonly ImportSource?: Value<KeyValueStore_ImportSource>;
  /** The name of the key value store. */
  readonly Name: Value<string>;
  /** A complex type that contains zero or more ``Tag`` elements. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface KeyValueStore_ImportSource {
  /** The Amazon Resource Name (ARN) of the import source for the key value store. */
  readonly SourceArn: Value<string>;
  /** The source type of the import source for the key value store. */
  readonly SourceType: Value<string>;
}

/** A monitoring subscription. This structure contains information about whether additional CloudWatch metrics are enabled for a given CloudFront distribution. */
export interface MonitoringSubscriptionProps {
  /** The ID of the distribution that you are enabling metrics for. */
  readonly DistributionId: Value<string>;
  /** A subscription configuration for additional CloudWatch metrics. */
  readonly MonitoringSubscription: Value<MonitoringSubscription_MonitoringSubscription>;
}

export interface MonitoringSubscription_MonitoringSubscription {
  /** A subscription configuration for additional CloudWatch metrics. */
  readonly RealtimeMetricsSubscriptionConfig?: Value<MonitoringSubscription_RealtimeMetricsSubscriptionConfig>;
}

export interface MonitoringSubscription_RealtimeMetricsSubscriptionConfig {
  /** A flag that indicates whether additional CloudWatch metrics are enabled for a given CloudFront distribution. */
  readonly RealtimeMetricsSubscriptionStatus: Value<string>;
}

/** Creates a new origin access control in CloudFront. After you create an origin access control, you can add it to an origin in a CloudFront distribution so that CloudFront sends authenticated (signed) requests to the origin. */
export interface OriginAccessControlProps {
  /** The origin access control. */
  readonly OriginAccessControlConfig: Value<OriginAccessControl_OriginAccessControlConfig>;
}

export interface OriginAccessControl_OriginAccessControlConfig {
  /** A description of the origin access control. */
  readonly Description?: Value<string>;
  /** A name to identify the origin access control. You can specify up to 64 characters. */
  readonly Name: Value<string>;
  /** The type of origin that this origin access control is for. */
  readonly OriginAccessControlOriginType: Value<string>;
  /** Specifies which requests CloudFront signs (adds authentication information to). Specify `always` for the most common use case. For more information, see [origin access control advanced settings](https://docs.aws.amazon.com/AmazonCloudFro... */
  readonly SigningBehavior: Value<string>;
  /** The signing protocol of the origin access control, which determines how CloudFront signs (authenticates) requests. The only valid value is `sigv4` . */
  readonly SigningProtocol: Value<string>;
}

/** An origin request policy. */
export interface OriginRequestPolicyProps {
  /** The origin request policy configuration. */
  readonly OriginRequestPolicyConfig: Value<OriginRequestPolicy_OriginRequestPolicyConfig>;
}

export interface OriginRequestPolicy_CookiesConfig {
  /** Determines whether cookies in viewer requests are included in requests that CloudFront sends to the origin. Valid values are: */
  readonly CookieBehavior: Value<string>;
  /** Contains a list of cookie names. */
  readonly Cookies?: ListOf<Value<string>>;
}

export interface OriginRequestPolicy_HeadersConfig {
  /** Determines whether any HTTP headers are included in requests that CloudFront sends to the origin. Valid values are: */
  readonly HeaderBehavior: Value<string>;
  /** Contains a list of HTTP header names. */
  readonly Headers?: ListOf<Value<string>>;
}

export interface OriginRequestPolicy_OriginRequestPolicyConfig {
  /** A comment to describe the origin request policy. The comment cannot be longer than 128 characters. */
  readonly Comment?: Value<string>;
  /** The cookies from viewer requests to include in origin requests. */
  readonly CookiesConfig: Value<OriginRequestPolicy_CookiesConfig>;
  /** The HTTP headers to include in origin requests. These can include headers from viewer requests and additional headers added by CloudFront. */
  readonly HeadersConfig: Value<OriginRequestPolicy_HeadersConfig>;
  /** A unique name to identify the origin request policy. */
  readonly Name: Value<string>;
  /** The URL query strings from viewer requests to include in origin requests. */
  readonly QueryStringsConfig: Value<OriginRequestPolicy_QueryStringsConfig>;
}

export interface OriginRequestPolicy_QueryStringsConfig {
  /** Determines whether any URL query strings in viewer requests are included in requests that CloudFront sends to the origin. Valid values are: */
  readonly QueryStringBehavior: Value<string>;
  /** Contains a list of query string names. */
  readonly QueryStrings?: ListOf<Value<string>>;
}

/** A public key that you can use with [signed URLs and signed cookies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html) , or with [field-level encryption](https://docs.aws.amazon.com/AmazonCloudFront/l... */
export interface PublicKeyProps {
  /** Configuration information about a public key that you can use with [signed URLs and signed cookies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html) , or with [field-level encryption](https://docs.a... */
  readonly PublicKeyConfig: Value<PublicKey_PublicKeyConfig>;
}

export interface PublicKey_PublicKeyConfig {
  /** A string included in the request to help make sure that the request can't be replayed. */
  readonly CallerReference: Value<string>;
  /** A comment to describe the public key. The comment cannot be longer than 128 characters. */
  readonly Comment?: Value<string>;
  /** The public key that you can use with [signed URLs and signed cookies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html) , or with [field-level encryption](https://docs.aws.amazon.com/AmazonCloudFront... */
  readonly EncodedKey: Value<string>;
  /** A name to help identify the public key. */
  readonly Name: Value<string>;
}

/** A real-time log configuration. */
export interface RealtimeLogConfigProps {
  /** Contains information about the Amazon Kinesis data stream where you are sending real-time log data for this real-time log configuration. */
  readonly EndPoints: ListOf<Value<RealtimeLogConfig_EndPoint>>;
  /** A list of fields that are included in each real-time log record. In an API response, the fields are provided in the same order in which they are sent to the Amazon Kinesis data stream. */
  readonly Fields: ListOf<Value<string>>;
  /** The unique name of this real-time log configuration. */
  readonly Name: Value<string>;
  /** The sampling rate for this real-time log configuration. The sampling rate determines the percentage of viewer requests that are represented in the real-time log data. The sampling rate is an integer between 1 and 100, inclusive. */
  readonly SamplingRate: Value<number>;
}

export interface RealtimeLogConfig_EndPoint {
  /** Contains information about the Amazon Kinesis data stream where you are sending real-time log data in a real-time log configuration. */
  readonly KinesisStreamConfig: Value<RealtimeLogConfig_KinesisStreamConfig>;
  /** The type of data stream where you are sending real-time log data. The only valid value is `Kinesis` . */
  readonly StreamType: Value<string>;
}

export interface RealtimeLogConfig_KinesisStreamConfig {
  /** The Amazon Resource Name (ARN) of an AWS Identity and Access Management (IAM) role that CloudFront can use to send real-time log data to your Kinesis data stream. */
  readonly RoleArn: Value<string>;
  /** The Amazon Resource Name (ARN) of the Kinesis data stream where you are sending real-time log data. */
  readonly StreamArn: Value<string>;
}

/** A response headers policy. */
export interface ResponseHeadersPolicyProps {
  /** A response headers policy configuration. */
  readonly ResponseHeadersPolicyConfig: Value<ResponseHeadersPolicy_ResponseHeadersPolicyConfig>;
}

export interface ResponseHeadersPolicy_AccessControlAllowHeaders {
  /** The list of HTTP header names. You can specify `*` to allow all headers. */
  readonly Items: ListOf<Value<string>>;
}

export interface ResponseHeadersPolicy_AccessControlAllowMethods {
  /** The list of HTTP methods. Valid values are: */
  readonly Items: ListOf<Value<string>>;
}

export interface ResponseHeadersPolicy_AccessControlAllowOrigins {
  /** The list of origins (domain names). You can specify `*` to allow all origins. */
  readonly Items: ListOf<Value<string>>;
}

export interface ResponseHeadersPolicy_AccessControlExposeHeaders {
  /** The list of HTTP headers. You can specify `*` to expose all headers. */
  readonly Items: ListOf<Value<string>>;
}

export interface ResponseHeadersPolicy_ContentSecurityPolicy {
  /** The policy directives and their values that CloudFront includes as values for the `Content-Security-Policy` HTTP response header. */
  readonly ContentSecurityPolicy: Value<string>;
  /** A Boolean that determines whether CloudFront overrides the `Content-Security-Policy` HTTP response header received from the origin with the one specified in this response headers policy. */
  readonly Override: Value<boolean>;
}

export interface ResponseHeadersPolicy_ContentTypeOptions {
  /** A Boolean that determines whether CloudFront overrides the `X-Content-Type-Options` HTTP response header received from the origin with the one specified in this response headers policy. */
  readonly Override: Value<boolean>;
}

export interface ResponseHeadersPolicy_CorsConfig {
  /** A Boolean that CloudFront uses as the value for the `Access-Control-Allow-Credentials` HTTP response header. */
  readonly AccessControlAllowCredentials: Value<boolean>;
  /** A list of HTTP header names that CloudFront includes as values for the `Access-Control-Allow-Headers` HTTP response header. */
  readonly AccessControlAllowHeaders: Value<ResponseHeadersPolicy_AccessControlAllowHeaders>;
  /** A list of HTTP methods that CloudFront includes as values for the `Access-Control-Allow-Methods` HTTP response header. */
  readonly AccessControlAllowMethods: Value<ResponseHeadersPolicy_AccessControlAllowMethods>;
  /** A list of origins (domain names) that CloudFront can use as the value for the `Access-Control-Allow-Origin` HTTP response header. */
  readonly AccessControlAllowOrigins: Value<ResponseHeadersPolicy_AccessControlAllowOrigins>;
  /** A list of HTTP headers that CloudFront includes as values for the `Access-Control-Expose-Headers` HTTP response header. */
  readonly AccessControlExposeHeaders?: Value<ResponseHeadersPolicy_AccessControlExposeHeaders>;
  /** A number that CloudFront uses as the value for the `Access-Control-Max-Age` HTTP response header. */
  readonly AccessControlMaxAgeSec?: Value<number>;
  /** A Boolean that determines whether CloudFront overrides HTTP response headers received from the origin with the ones specified in this response headers policy. */
  readonly OriginOverride: Value<boolean>;
}

export interface ResponseHeadersPolicy_CustomHeader {
  /** The HTTP response header name. */
  readonly Header: Value<string>;
  /** A Boolean that determines whether CloudFront overrides a response header with the same name received from the origin with the header specified here. */
  readonly Override: Value<boolean>;
  /** The value for the HTTP response header. */
  readonly Value: Value<string>;
}

export interface ResponseHeadersPolicy_CustomHeadersConfig {
  /** The list of HTTP response headers and their values. */
  readonly Items: ListOf<Value<ResponseHeadersPolicy_CustomHeader>>;
}

export interface ResponseHeadersPolicy_FrameOptions {
  /** The value of the `X-Frame-Options` HTTP response header. Valid values are `DENY` and `SAMEORIGIN` . */
  readonly FrameOption: Value<string>;
  /** A Boolean that determines whether CloudFront overrides the `X-Frame-Options` HTTP response header received from the origin with the one specified in this response headers policy. */
  readonly Override: Value<boolean>;
}

export interface ResponseHeadersPolicy_ReferrerPolicy {
  /** A Boolean that determines whether CloudFront overrides the `Referrer-Policy` HTTP response header received from the origin with the one specified in this response headers policy. */
  readonly Override: Value<boolean>;
  /** The value of the `Referrer-Policy` HTTP response header. Valid values are: */
  readonly ReferrerPolicy: Value<string>;
}

export interface ResponseHeadersPolicy_RemoveHeader {
  /** The HTTP header name. */
  readonly Header: Value<string>;
}

export interface ResponseHeadersPolicy_RemoveHeadersConfig {
  /** The list of HTTP header names. */
  readonly Items: ListOf<Value<ResponseHeadersPolicy_RemoveHeader>>;
}

export interface ResponseHeadersPolicy_ResponseHeadersPolicyConfig {
  /** A comment to describe the response headers policy. */
  readonly Comment?: Value<string>;
  /** A configuration for a set of HTTP response headers that are used for cross-origin resource sharing (CORS). */
  readonly CorsConfig?: Value<ResponseHeadersPolicy_CorsConfig>;
  /** A configuration for a set of custom HTTP response headers. */
  readonly CustomHeadersConfig?: Value<ResponseHeadersPolicy_CustomHeadersConfig>;
  /** A name to identify the response headers policy. */
  readonly Name: Value<string>;
  /** A configuration for a set of HTTP headers to remove from the HTTP response. */
  readonly RemoveHeadersConfig?: Value<ResponseHeadersPolicy_RemoveHeadersConfig>;
  /** A configuration for a set of security-related HTTP response headers. */
  readonly SecurityHeadersConfig?: Value<ResponseHeadersPolicy_SecurityHeadersConfig>;
  /** A configuration for enabling the `Server-Timing` header in HTTP responses sent from CloudFront. */
  readonly ServerTimingHeadersConfig?: Value<ResponseHeadersPolicy_ServerTimingHeadersConfig>;
}

export interface ResponseHeadersPolicy_SecurityHeadersConfig {
  /** The policy directives and their values that CloudFront includes as values for the `Content-Security-Policy` HTTP response header. */
  readonly ContentSecurityPolicy?: Value<ResponseHeadersPolicy_ContentSecurityPolicy>;
  /** Determines whether CloudFront includes the `X-Content-Type-Options` HTTP response header with its value set to `nosniff` . */
  readonly ContentTypeOptions?: Value<ResponseHeadersPolicy_ContentTypeOptions>;
  /** Determines whether CloudFront includes the `X-Frame-Options` HTTP response header and the header's value. */
  readonly FrameOptions?: Value<ResponseHeadersPolicy_FrameOptions>;
  /** Determines whether CloudFront includes the `Referrer-Policy` HTTP response header and the header's value. */
  readonly ReferrerPolicy?: Value<ResponseHeadersPolicy_ReferrerPolicy>;
  /** Determines whether CloudFront includes the `Strict-Transport-Security` HTTP response header and the header's value. */
  readonly StrictTransportSecurity?: Value<ResponseHeadersPolicy_StrictTransportSecurity>;
  /** Determines whether CloudFront includes the `X-XSS-Protection` HTTP response header and the header's value. */
  readonly XSSProtection?: Value<ResponseHeadersPolicy_XSSProtection>;
}

export interface ResponseHeadersPolicy_ServerTimingHeadersConfig {
  /** A Boolean that determines whether CloudFront adds the `Server-Timing` header to HTTP responses that it sends in response to requests that match a cache behavior that's associated with this response headers policy. */
  readonly Enabled: Value<boolean>;
  /** A number 0–100 (inclusive) that specifies the percentage of responses that you want CloudFront to add the `Server-Timing` header to. When you set the sampling rate to 100, CloudFront adds the `Server-Timing` header to the HTTP response f... */
  readonly SamplingRate?: Value<number>;
}

export interface ResponseHeadersPolicy_StrictTransportSecurity {
  /** A number that CloudFront uses as the value for the `max-age` directive in the `Strict-Transport-Security` HTTP response header. */
  readonly AccessControlMaxAgeSec: Value<number>;
  /** A Boolean that determines whether CloudFront includes the `includeSubDomains` directive in the `Strict-Transport-Security` HTTP response header. */
  readonly IncludeSubdomains?: Value<boolean>;
  /** A Boolean that determines whether CloudFront overrides the `Strict-Transport-Security` HTTP response header received from the origin with the one specified in this response headers policy. */
  readonly Override: Value<boolean>;
  /** A Boolean that determines whether CloudFront includes the `preload` directive in the `Strict-Transport-Security` HTTP response header. */
  readonly Preload?: Value<boolean>;
}

export interface ResponseHeadersPolicy_XSSProtection {
  /** A Boolean that determines whether CloudFront includes the `mode=block` directive in the `X-XSS-Protection` header. */
  readonly ModeBlock?: Value<boolean>;
  /** A Boolean that determines whether CloudFront overrides the `X-XSS-Protection` HTTP response header received from the origin with the one specified in this response headers policy. */
  readonly Override: Value<boolean>;
  /** A Boolean that determines the value of the `X-XSS-Protection` HTTP response header. When this setting is `true` , the value of the `X-XSS-Protection` header is `1` . When this setting is `false` , the value of the `X-XSS-Protection` head... */
  readonly Protection: Value<boolean>;
  /** A reporting URI, which CloudFront uses as the value of the `report` directive in the `X-XSS-Protection` header. */
  readonly ReportUri?: Value<string>;
}

/** This resource is deprecated. Amazon CloudFront is deprecating real-time messaging protocol (RTMP) distributions on December 31, 2020. For more information, [read the announcement](https://docs.aws.amazon.com/ann.jspa?annID=7356) on the A... */
export interface StreamingDistributionProps {
  /** The current configuration information for the RTMP distribution. */
  readonly StreamingDistributionConfig: Value<StreamingDistribution_StreamingDistributionConfig>;
  /** A complex type that contains zero or more `Tag` elements. */
  readonly Tags: ListOf<Value<Tag>>;
}

export interface StreamingDistribution_Logging {
  /** The Amazon S3 bucket to store the access logs in, for example, `amzn-s3-demo-bucket.s3.amazonaws.com` . */
  readonly Bucket: Value<string>;
  /** Specifies whether you want CloudFront to save access logs to an Amazon S3 bucket. If you don't want to enable logging when you create a streaming distribution or if you want to disable logging for an existing streaming distribution, spec... */
  readonly Enabled: Value<boolean>;
  /** An optional string that you want CloudFront to prefix to the access log filenames for this streaming distribution, for example, `myprefix/` . If you want to enable logging, but you don't want to specify a prefix, you still must include a... */
  readonly Prefix: Value<string>;
}

export interface StreamingDistribution_S3Origin {
  /** The DNS name of the Amazon S3 origin. */
  readonly DomainName: Value<string>;
  /** The CloudFront origin access identity to associate with the distribution. Use an origin access identity to configure the distribution so that end users can only access objects in an Amazon S3 bucket through CloudFront. */
  readonly OriginAccessIdentity: Value<string>;
}

export interface StreamingDistribution_StreamingDistributionConfig {
  /** A complex type that contains information about CNAMEs (alternate domain names), if any, for this streaming distribution. */
  readonly Aliases?: ListOf<Value<string>>;
  /** Any comments you want to include about the streaming distribution. */
  readonly Comment: Value<string>;
  /** Whether the streaming distribution is enabled to accept user requests for content. */
  readonly Enabled: Value<boolean>;
  /** A complex type that controls whether access logs are written for the streaming distribution. */
  readonly Logging?: Value<StreamingDistribution_Logging>;
  /** A complex type that contains information about price class for this streaming distribution. */
  readonly PriceClass?: Value<string>;
  /** A complex type that contains information about the Amazon S3 bucket from which you want CloudFront to get your media files for distribution. */
  readonly S3Origin: Value<StreamingDistribution_S3Origin>;
  /** A complex type that specifies any AWS accounts that you want to permit to create signed URLs for private content. If you want the distribution to use signed URLs, include this element; if you want the distribution to use public URLs, rem... */
  readonly TrustedSigners: Value<StreamingDistribution_TrustedSigners>;
}

export interface StreamingDistribution_TrustedSigners {
  /** An AWS account number that contains active CloudFront key pairs that CloudFront can use to verify the signatures of signed URLs and signed cookies. If the AWS account that owns the key pairs is the same account that owns the CloudFront d... */
  readonly AwsAccountNumbers?: ListOf<Value<string>>;
  /** This field is `true` if any of the AWS accounts in the list are configured as trusted signers. If not, this field is `false` . */
  readonly Enabled: Value<boolean>;
}

/** A trust store. */
export interface TrustStoreProps {
  /** A CA certificates bundle source. */
  readonly CaCertificatesBundleSource?: Value<TrustStore_CaCertificatesBundleSource>;
  /** The trust store's name. */
  readonly Name: Value<string>;
  /** A complex type that contains zero or more `Tag` elements. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** A boolean. When true, performs real-time certificate revocation checks by querying the OCSP endpoint specified within the client certificate. */
  readonly UseClientCertificateOCSPEndpoint?: Value<boolean>;
}

export interface TrustStore_CaCertificatesBundleS3Location {
  /** The S3 bucket. */
  readonly Bucket: Value<string>;
  /** The location's key. */
  readonly Key: Value<string>;
  /** The location's Region. */
  readonly Region: Value<string>;
  /** The location's version. */
  readonly Version?: Value<string>;
}

export interface TrustStore_CaCertificatesBundleSource {
  /** The CA certificates bundle location in Amazon S3. */
  readonly CaCertificatesBundleS3Location: Value<TrustStore_CaCertificatesBundleS3Location>;
}

/** An Amazon CloudFront VPC origin. */
export interface VpcOriginProps {
  /** A complex type that contains zero or more `Tag` elements. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The VPC origin endpoint configuration. */
  readonly VpcOriginEndpointConfig: Value<VpcOrigin_VpcOriginEndpointConfig>;
}

export interface VpcOrigin_VpcOriginEndpointConfig {
  /** The ARN of the CloudFront VPC origin endpoint configuration. */
  readonly Arn: Value<string>;
  /** The HTTP port for the CloudFront VPC origin endpoint configuration. The default value is `80` . */
  readonly HTTPPort?: Value<number>;
  /** The HTTPS port of the CloudFront VPC origin endpoint configuration. The default value is `443` . */
  readonly HTTPSPort?: Value<number>;
  readonly IpAddressType?: Value<string>;
  /** The name of the CloudFront VPC origin endpoint configuration. */
  readonly Name: Value<string>;
  /** The origin protocol policy for the CloudFront VPC origin endpoint configuration. */
  readonly OriginProtocolPolicy?: Value<string>;
  /** Specifies the minimum SSL/TLS protocol that CloudFront uses when connecting to your origin over HTTPS. Valid values include `SSLv3` , `TLSv1` , `TLSv1.1` , and `TLSv1.2` . */
  readonly OriginSSLProtocols?: ListOf<Value<string>>;
}
