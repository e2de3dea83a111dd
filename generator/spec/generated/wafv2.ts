// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::WAFv2::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, MapOf, Json, Tag } from '../values.js';

/** > This is the latest version of *AWS WAF* , named AWS WAF V2, released in November, 2019. For information, including how to migrate your AWS WAF resources from the prior release, see the [AWS WAF developer guide](https://docs.aws.amazon.... */
export interface IPSetProps {
  /** Contains an array of strings that specifies zero or more IP addresses or blocks of IP addresses that you want AWS WAF to inspect for in incoming requests. All addresses must be specified using Classless Inter-Domain Routing (CIDR) notati... */
  readonly Addresses: ListOf<Value<string>>;
  /** A description of the IP set that helps with identification. */
  readonly Description?: Value<string>;
  /** The version of the IP addresses, either `IPV4` or `IPV6` . */
  readonly IPAddressVersion: Value<string>;
  /** The name of the IP set. You cannot change the name of an `IPSet` after you create it. */
  readonly Name?: Value<string>;
  /** Specifies whether this is for an Amazon CloudFront distribution or for a regional application. A regional application can be an Application Load Balancer (ALB), an REST API, an AWS AppSync GraphQL API, an Amazon Cognito user pool, an AWS... */
  readonly Scope: Value<string>;
  /** Key:value pairs associated with an AWS resource. The key:value pair can be anything you define. Typically, the tag key represents a category (such as "environment") and the tag value represents a specific value within that category (such... */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Defines an association between logging destinations and a web ACL resource, for logging from AWS WAF . As part of the association, you can specify parts of the standard logging fields to keep out of the logs and you can specify filters s... */
export interface LoggingConfigurationProps {
  /** The logging destination configuration that you want to associate with the web ACL. */
  readonly LogDestinationConfigs: ListOf<Value<string>>;
  /** Filtering that specifies which web requests are kept in the logs and which are dropped. You can filter on the rule action and on the web request labels that were applied by matching rules during web ACL evaluation. */
  readonly LoggingFilter?: Value<LoggingConfiguration_LoggingFilter>;
  /** The parts of the request that you want to keep out of the logs. */
  readonly RedactedFields?: ListOf<Value<LoggingConfiguration_FieldToMatch>>;
  /** The Amazon Resource Name (ARN) of the web ACL that you want to associate with `LogDestinationConfigs` . */
  readonly ResourceArn: Value<string>;
}

export interface LoggingConfiguration_ActionCondition {
  /** The action setting that a log record must contain in order to meet the condition. This is the action that AWS WAF applied to the web request. */
  readonly Action: Value<string>;
}

export interface LoggingConfiguration_Condition {
  /** A single action condition. This is the action setting that a log record must contain in order to meet the condition. */
  readonly ActionCondition?: Value<LoggingConfiguration_ActionCondition>;
  /** A single label name condition. This is the fully qualified label name that a log record must contain in order to meet the condition. Fully qualified labels have a prefix, optional namespaces, and label name. The prefix identifies the rul... */
  readonly LabelNameCondition?: Value<LoggingConfiguration_LabelNameCondition>;
}

export interface LoggingConfiguration_FieldToMatch {
  readonly JsonBody?: Value<Json>;
  /** Redact the indicated HTTP method. The method indicates the type of operation that the request is asking the origin to perform. */
  readonly Method?: Value<Json>;
  /** Redact the query string. This is the part of a URL that appears after a `?` character, if any. */
  readonly QueryString?: Value<Json>;
  /** Redact a single header. Provide the name of the header to inspect, for example, `User-Agent` or `Referer` . This setting isn't case sensitive. */
  readonly SingleHeader?: Value<LoggingConfiguration_SingleHeader>;
  /** Redact the request URI path. This is the part of the web request that identifies a resource, for example, `/images/daily-ad.jpg` . */
  readonly UriPath?: Value<Json>;
}

export interface LoggingConfiguration_Filter {
  /** How to handle logs that satisfy the filter's conditions and requirement. */
  readonly Behavior: Value<string>;
  /** Match conditions for the filter. */
  readonly Conditions: ListOf<Value<LoggingConfiguration_Condition>>;
  /** Logic to apply to the filtering conditions. You can specify that, in order to satisfy the filter, a log must match all conditions or must match at least one condition. */
  readonly Requirement: Value<string>;
}

export interface LoggingConfiguration_JsonBody {
  readonly InvalidFallbackBehavior?: Value<string>;
  readonly MatchPattern: Value<LoggingConfiguration_MatchPattern>;
  readonly MatchScope: Value<string>;
}

export interface LoggingConfiguration_LabelNameCondition {
  /** The label name that a log record must contain in order to meet the condition. This must be a fully qualified label name. Fully qualified labels have a prefix, optional namespaces, and label name. The prefix identifies the rule group or w... */
  readonly LabelName: Value<string>;
}

export interface LoggingConfiguration_LoggingFilter {
  /** Default handling for logs that don't match any of the specified filtering conditions. */
  readonly DefaultBehavior: Value<string>;
  /** The filters that you want to apply to the logs. */
  readonly Filters: ListOf<Value<LoggingConfiguration_Filter>>;
}

export interface LoggingConfiguration_MatchPattern {
  readonly All?: Value<Json>;
  readonly IncludedPaths?: ListOf<Value<string>>;
}

export interface LoggingConfiguration_SingleHeader {
  /** The name of the query header to inspect. */
  readonly Name: Value<string>;
}

/** > This is the latest version of *AWS WAF* , named AWS WAF V2, released in November, 2019. For information, including how to migrate your AWS WAF resources from the prior release, see the [AWS WAF developer guide](https://docs.aws.amazon.... */
export interface RegexPatternSetProps {
  /** A description of the set that helps with identification. */
  readonly Description?: Value<string>;
  /** The name of the set. You cannot change the name after you create the set. */
  readonly Name?: Value<string>;
  /** The regular expression patterns in the set. */
  readonly RegularExpressionList: ListOf<Value<string>>;
  /** Specifies whether this is for an Amazon CloudFront distribution or for a regional application. For an AWS Amplify application, use `CLOUDFRONT` . A regional application can be an Application Load Balancer (ALB), an REST API, an AWS AppSy... */
  readonly Scope: Value<string>;
  /** Key:value pairs associated with an AWS resource. The key:value pair can be anything you define. Typically, the tag key represents a category (such as "environment") and the tag value represents a specific value within that category (such... */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** > This is the latest version of *AWS WAF* , named AWS WAF V2, released in November, 2019. For information, including how to migrate your AWS WAF resources from the prior release, see the [AWS WAF developer guide](https://docs.aws.amazon.... */
export interface RuleGroupProps {
  /** The labels that one or more rules in this rule group add to matching web requests. These labels are defined in the `RuleLabels` for a `Rule` . */
  readonly AvailableLabels?: ListOf<Value<RuleGroup_LabelSummary>>;
  /** The web ACL capacity units (WCUs) required for this rule group. */
  readonly Capacity: Value<number>;
  /** The labels that one or more rules in this rule group match against in label match statements. These labels are defined in a `LabelMatchStatement` specification, in the `Statement` definition of a rule. */
  readonly ConsumedLabels?: ListOf<Value<RuleGroup_LabelSummary>>;
  /** A map of custom response keys and content bodies. When you create a rule with a block action, you can send a custom response to the web request. You define these for the rule group, and then use them in the rules that you define in the r... */
  readonly CustomResponseBodies?: MapOf<Value<RuleGroup_CustomResponseBody>>;
  /** A description of the rule group that helps with identification. */
  readonly Description?: Value<string>;
  /** Configures monetization for the web ACL or rule group. */
  readonly MonetizationConfig?: Value<RuleGroup_MonetizationConfig>;
  /** The name of the rule group. You cannot change the name of a rule group after you create it. */
  readonly Name?: Value<string>;
  /** The rule statements used to identify the web requests that you want to allow, block, or count. Each rule includes one top-level statement that AWS WAF uses to identify matching web requests, and parameters that govern how AWS WAF handles... */
  readonly Rules?: ListOf<Value<RuleGroup_Rule>>;
  /** Specifies whether this is for an Amazon CloudFront distribution or for a regional application. For an AWS Amplify application, use `CLOUDFRONT` . A regional application can be an Application Load Balancer (ALB), an REST API, an AWS AppSy... */
  readonly Scope: Value<string>;
  /** Key:value pairs associated with an AWS resource. The key:value pair can be anything you define. Typically, the tag key represents a category (such as "environment") and the tag value represents a specific value within that category (such... */
  readonly Tags?: ListOf<Value<Tag>>;
  /** Defines and enables Amazon CloudWatch metrics and web request sample collection. */
  readonly VisibilityConfig: Value<RuleGroup_VisibilityConfig>;
}

export interface RuleGroup_Allow {
  /** Custom request handling. */
  readonly CustomRequestHandling?: Value<RuleGroup_CustomRequestHandling>;
}

export interface RuleGroup_AndStatement {
  /** The statements to combine with AND logic. You can use any statements that can be nested. */
  readonly Statements: ListOf<Value<RuleGroup_Statement>>;
}

export interface RuleGroup_AsnMatchStatement {
  /** Contains one or more Autonomous System Numbers (ASNs). ASNs are unique identifiers assigned to large internet networks managed by organizations such as internet service providers, enterprises, universities, or government agencies. */
  readonly AsnList?: ListOf<Value<number>>;
  /** The configuration for inspecting IP addresses to match against an ASN in an HTTP header that you specify, instead of using the IP address that's reported by the web request origin. Commonly, this is the X-Forwarded-For (XFF) header, but... */
  readonly ForwardedIPConfig?: Value<RuleGroup_ForwardedIPConfiguration>;
}

export interface RuleGroup_Block {
  /** Custom response. */
  readonly CustomResponse?: Value<RuleGroup_CustomResponse>;
}

export interface RuleGroup_Body {
  /** What AWS WAF should do if the body is larger than AWS WAF can inspect. */
  readonly OversizeHandling?: Value<string>;
}

export interface RuleGroup_ByteMatchStatement {
  /** The part of the web request that you want AWS WAF to inspect. */
  readonly FieldToMatch: Value<RuleGroup_FieldToMatch>;
  /** The area within the portion of the web request that you want AWS WAF to search for `SearchString` . Valid values include the following: */
  readonly PositionalConstraint: Value<string>;
  readonly PreParseTextTransformations?: ListOf<Value<RuleGroup_PreParseTextTransformation>>;
  /** A string value that you want AWS WAF to search for. AWS WAF searches only in the part of web requests that you designate for inspection in `FieldToMatch` . The maximum length of the value is 200 bytes. For alphabetic characters A-Z and a... */
  readonly SearchString?: Value<string>;
  /** String to search for in a web request component, base64-encoded. If you don't want to encode the string, specify the unencoded value in `SearchString` instead. */
  readonly SearchStringBase64?: Value<string>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. If you specify one or more transformations in a rule statement, AWS WAF performs all transformations on th... */
  readonly TextTransformations: ListOf<Value<RuleGroup_TextTransformation>>;
}

export interface RuleGroup_Captcha {
  /** Custom request handling. */
  readonly CustomRequestHandling?: Value<RuleGroup_CustomRequestHandling>;
}

export interface RuleGroup_CaptchaConfig {
  /** Determines how long a `CAPTCHA` timestamp in the token remains valid after the client successfully solves a `CAPTCHA` puzzle. */
  readonly ImmunityTimeProperty?: Value<RuleGroup_ImmunityTimeProperty>;
}

export interface RuleGroup_Challenge {
  /** Custom request handling. */
  readonly CustomRequestHandling?: Value<RuleGroup_CustomRequestHandling>;
}

export interface RuleGroup_ChallengeConfig {
  /** Determines how long a challenge timestamp in the token remains valid after the client successfully responds to a challenge. */
  readonly ImmunityTimeProperty?: Value<RuleGroup_ImmunityTimeProperty>;
}

export interface RuleGroup_CookieMatchPattern {
  /** Inspect all cookies. */
  readonly All?: Value<Json>;
  /** Inspect only the cookies whose keys don't match any of the strings specified here. */
  readonly ExcludedCookies?: ListOf<Value<string>>;
  /** Inspect only the cookies that have a key that matches one of the strings specified here. */
  readonly IncludedCookies?: ListOf<Value<string>>;
}

export interface RuleGroup_Cookies {
  /** The filter to use to identify the subset of cookies to inspect in a web request. */
  readonly MatchPattern: Value<RuleGroup_CookieMatchPattern>;
  /** The parts of the cookies to inspect with the rule inspection criteria. If you specify `ALL` , AWS WAF inspects both keys and values. */
  readonly MatchScope: Value<string>;
  /** What AWS WAF should do if the cookies of the request are more numerous or larger than AWS WAF can inspect. AWS WAF does not support inspecting the entire contents of request cookies when they exceed 8 KB (8192 bytes) or 200 total cookies... */
  readonly OversizeHandling: Value<string>;
}

export interface RuleGroup_Count {
  /** Custom request handling. */
  readonly CustomRequestHandling?: Value<RuleGroup_CustomRequestHandling>;
}

export interface RuleGroup_CryptoConfig {
  /** List of payment network configurations. */
  readonly PaymentNetworks: ListOf<Value<RuleGroup_PaymentNetwork>>;
}

export interface RuleGroup_CustomHTTPHeader {
  /** The name of the custom header. */
  readonly Name: Value<string>;
  /** The value of the custom header. */
  readonly Value: Value<string>;
}

export interface RuleGroup_CustomRequestHandling {
  /** The HTTP headers to insert into the request. Duplicate header names are not allowed. */
  readonly InsertHeaders: ListOf<Value<RuleGroup_CustomHTTPHeader>>;
}

export interface RuleGroup_CustomResponse {
  /** References the response body that you want AWS WAF to return to the web request client. You can define a custom response for a rule action or a default web ACL action that is set to block. To do this, you first define the response body k... */
  readonly CustomResponseBodyKey?: Value<string>;
  /** The HTTP status code to return to the client. */
  readonly ResponseCode: Value<number>;
  /** The HTTP headers to use in the response. You can specify any header name except for `content-type` . Duplicate header names are not allowed. */
  readonly ResponseHeaders?: ListOf<Value<RuleGroup_CustomHTTPHeader>>;
}

export interface RuleGroup_CustomResponseBody {
  /** The payload of the custom response. */
  readonly Content: Value<string>;
  /** The type of content in the payload that you are defining in the `Content` string. */
  readonly ContentType: Value<string>;
}

export interface RuleGroup_FieldToMatch {
  /** Inspect all query arguments. */
  readonly AllQueryArguments?: Value<Json>;
  /** Inspect the request body as plain text. The request body immediately follows the request headers. This is the part of a request that contains any additional data that you want to send to your web server as the HTTP request body, such as... */
  readonly Body?: Value<RuleGroup_Body>;
  /** Inspect the request cookies. You must configure scope and pattern matching filters in the `Cookies` object, to define the set of cookies and the parts of the cookies that AWS WAF inspects. */
  readonly Cookies?: Value<RuleGroup_Cookies>;
  /** The string containing the list of a web request's header names, ordered as they appear in the web request, separated by colons. */
  readonly HeaderOrder?: Value<RuleGroup_HeaderOrder>;
  /** Inspect the request headers. You must configure scope and pattern matching filters in the `Headers` object, to define the set of headers to and the parts of the headers that AWS WAF inspects. */
  readonly Headers?: Value<RuleGroup_Headers>;
  /** Available for use with Amazon CloudFront distributions and Application Load Balancers. Match against the request's JA3 fingerprint. The JA3 fingerprint is a 32-character hash derived from the TLS Client Hello of an incoming request. This... */
  readonly JA3Fingerprint?: Value<RuleGroup_JA3Fingerprint>;
  /** Available for use with Amazon CloudFront distributions and Application Load Balancers. Match against the request's JA4 fingerprint. The JA4 fingerprint is a 36-character hash derived from the TLS Client Hello of an incoming request. This... */
  readonly JA4Fingerprint?: Value<RuleGroup_JA4Fingerprint>;
  /** Inspect the request body as JSON. The request body immediately follows the request headers. This is the part of a request that contains any additional data that you want to send to your web server as the HTTP request body, such as data f... */
  readonly JsonBody?: Value<RuleGroup_JsonBody>;
  /** Inspect the HTTP method. The method indicates the type of operation that the request is asking the origin to perform. */
  readonly Method?: Value<Json>;
  /** Inspect the query string. This is the part of a URL that appears after a `?` character, if any. */
  readonly QueryString?: Value<Json>;
  /** Inspect a single header. Provide the name of the header to inspect, for example, `User-Agent` or `Referer` . This setting isn't case sensitive. */
  readonly SingleHeader?: Value<RuleGroup_SingleHeader>;
  /** Inspect a single query argument. Provide the name of the query argument to inspect, such as *UserName* or *SalesRegion* . The name can be up to 30 characters long and isn't case sensitive. */
  readonly SingleQueryArgument?: Value<RuleGroup_SingleQueryArgument>;
  /** Inspect fragments of the request URI. You must configure scope and pattern matching filters in the `UriFragment` object, to define the fragment of a URI that AWS WAF inspects. */
  readonly UriFragment?: Value<RuleGroup_UriFragment>;
  /** Inspect the request URI path. This is the part of the web request that identifies a resource, for example, `/images/daily-ad.jpg` . */
  readonly UriPath?: Value<Json>;
}

export interface RuleGroup_ForwardedIPConfiguration {
  /** The match status to assign to the web request if the request doesn't have a valid IP address in the specified position. */
  readonly FallbackBehavior: Value<string>;
  /** The name of the HTTP header to use for the IP address. For example, to use the X-Forwarded-For (XFF) header, set this to `X-Forwarded-For` . */
  readonly HeaderName: Value<string>;
}

export interface RuleGroup_GeoMatchStatement {
  /** An array of two-character country codes that you want to match against, for example, `[ "US", "CN" ]` , from the alpha-2 country ISO codes of the ISO 3166 international standard. */
  readonly CountryCodes?: ListOf<Value<string>>;
  /** The configuration for inspecting IP addresses in an HTTP header that you specify, instead of using the IP address that's reported by the web request origin. Commonly, this is the X-Forwarded-For (XFF) header, but you can specify any head... */
  readonly ForwardedIPConfig?: Value<RuleGroup_ForwardedIPConfiguration>;
}

export interface RuleGroup_HeaderMatchPattern {
  /** Inspect all headers. */
  readonly All?: Value<Json>;
  /** Inspect only the headers whose keys don't match any of the strings specified here. */
  readonly ExcludedHeaders?: ListOf<Value<string>>;
  /** Inspect only the headers that have a key that matches one of the strings specified here. */
  readonly IncludedHeaders?: ListOf<Value<string>>;
}

export interface RuleGroup_HeaderOrder {
  /** Handling of requests containing oversize fields */
  readonly OversizeHandling: Value<string>;
}

export interface RuleGroup_Headers {
  /** The filter to use to identify the subset of headers to inspect in a web request. */
  readonly MatchPattern: Value<RuleGroup_HeaderMatchPattern>;
  /** The parts of the headers to match with the rule inspection criteria. If you specify `ALL` , AWS WAF inspects both keys and values. */
  readonly MatchScope: Value<string>;
  /** What AWS WAF should do if the headers determined by your match scope are more numerous or larger than AWS WAF can inspect. AWS WAF does not support inspecting the entire contents of request headers when they exceed 8 KB (8192 bytes) or 2... */
  readonly OversizeHandling: Value<string>;
}

export interface RuleGroup_ImmunityTimeProperty {
  /** The amount of time, in seconds, that a `CAPTCHA` or challenge timestamp is considered valid by AWS WAF . The default setting is 300. */
  readonly ImmunityTime: Value<number>;
}

export interface RuleGroup_IPSetForwardedIPConfiguration {
  /** The match status to assign to the web request if the request doesn't have a valid IP address in the specified position. */
  readonly FallbackBehavior: Value<string>;
  /** The name of the HTTP header to use for the IP address. For example, to use the X-Forwarded-For (XFF) header, set this to `X-Forwarded-For` . */
  readonly HeaderName: Value<string>;
  /** The position in the header to search for the IP address. The header can contain IP addresses of the original client and also of proxies. For example, the header value could be `10.1.1.1, 127.0.0.0, 10.10.10.10` where the first IP address... */
  readonly Position: Value<string>;
}

export interface RuleGroup_IPSetReferenceStatement {
  /** The Amazon Resource Name (ARN) of the `IPSet` that this statement references. */
  readonly Arn: Value<string>;
  /** The configuration for inspecting IP addresses in an HTTP header that you specify, instead of using the IP address that's reported by the web request origin. Commonly, this is the X-Forwarded-For (XFF) header, but you can specify any head... */
  readonly IPSetForwardedIPConfig?: Value<RuleGroup_IPSetForwardedIPConfiguration>;
}

export interface RuleGroup_JA3Fingerprint {
  /** The match status to assign to the web request if the request doesn't have a JA3 fingerprint. */
  readonly FallbackBehavior: Value<string>;
}

export interface RuleGroup_JA4Fingerprint {
  /** The match status to assign to the web request if the request doesn't have a JA4 fingerprint. */
  readonly FallbackBehavior: Value<string>;
}

export interface RuleGroup_JsonBody {
  /** What AWS WAF should do if it fails to completely parse the JSON body. The options are the following: */
  readonly InvalidFallbackBehavior?: Value<string>;
  /** The patterns to look for in the JSON body. AWS WAF inspects the results of these pattern matches against the rule inspection criteria. */
  readonly MatchPattern: Value<RuleGroup_JsonMatchPattern>;
  /** The parts of the JSON to match against using the `MatchPattern` . If you specify `ALL` , AWS WAF matches against keys and values. */
  readonly MatchScope: Value<string>;
  /** What AWS WAF should do if the body is larger than AWS WAF can inspect. */
  readonly OversizeHandling?: Value<string>;
}

export interface RuleGroup_JsonMatchPattern {
  /** Match all of the elements. See also `MatchScope` in the `JsonBody` `FieldToMatch` specification. */
  readonly All?: Value<Json>;
  /** Match only the specified include paths. See also `MatchScope` in the `JsonBody` `FieldToMatch` specification. */
  readonly IncludedPaths?: ListOf<Value<string>>;
}

export interface RuleGroup_Label {
  /** The label string. */
  readonly Name: Value<string>;
}

export interface RuleGroup_LabelMatchStatement {
  /** The string to match against. The setting you provide for this depends on the match statement's `Scope` setting: */
  readonly Key: Value<string>;
  /** Specify whether you want to match using the label name or just the namespace. */
  readonly Scope: Value<string>;
}

export interface RuleGroup_LabelSummary {
  /** An individual label specification. */
  readonly Name?: Value<string>;
}

export interface RuleGroup_MonetizationConfig {
  /** Configures cryptocurrency payment settings. */
  readonly CryptoConfig?: Value<RuleGroup_CryptoConfig>;
  /** The currency mode for monetization. Use REAL for production payments and TEST for testing with testnet currencies. */
  readonly CurrencyMode?: Value<string>;
}

export interface RuleGroup_MonetizeAction {
  /** The price multiplier for the monetize action. */
  readonly PriceMultiplier?: Value<string>;
}

export interface RuleGroup_NotStatement {
  /** The statement to negate. You can use any statement that can be nested. */
  readonly Statement: Value<RuleGroup_Statement>;
}

export interface RuleGroup_OrStatement {
  /** The statements to combine with OR logic. You can use any statements that can be nested. */
  readonly Statements: ListOf<Value<RuleGroup_Statement>>;
}

export interface RuleGroup_PaymentNetwork {
  /** The blockchain chain to use. */
  readonly Chain: Value<string>;
  /** List of price configurations. */
  readonly Prices: ListOf<Value<RuleGroup_Price>>;
  /** The wallet address for receiving payments. */
  readonly WalletAddress: Value<string>;
}

export interface RuleGroup_PreParseTextTransformation {
  /** Priority of PreParseTextTransformation being applied. */
  readonly Priority: Value<number>;
  /** Type of pre-parse text transformation. */
  readonly Type: Value<string>;
}

export interface RuleGroup_Price {
  /** The price amount. */
  readonly Amount: Value<string>;
  /** The cryptocurrency to use for payment. */
  readonly Currency: Value<string>;
}

export interface RuleGroup_RateBasedStatement {
  /** Setting that indicates how to aggregate the request counts. */
  readonly AggregateKeyType: Value<string>;
  /** Specifies the aggregate keys to use in a rate-base rule. */
  readonly CustomKeys?: ListOf<Value<RuleGroup_RateBasedStatementCustomKey>>;
  /** The amount of time, in seconds, that AWS WAF should include in its request counts, looking back from the current time. For example, for a setting of 120, when AWS WAF checks the rate, it counts the requests for the 2 minutes immediately... */
  readonly EvaluationWindowSec?: Value<number>;
  /** The configuration for inspecting IP addresses in an HTTP header that you specify, instead of using the IP address that's reported by the web request origin. Commonly, this is the X-Forwarded-For (XFF) header, but you can specify any head... */
  readonly ForwardedIPConfig?: Value<RuleGroup_ForwardedIPConfiguration>;
  /** The limit on requests during the specified evaluation window for a single aggregation instance for the rate-based rule. If the rate-based statement includes a `ScopeDownStatement` , this limit is applied only to the requests that match t... */
  readonly Limit: Value<number>;
  /** An optional nested statement that narrows the scope of the web requests that are evaluated and managed by the rate-based statement. When you use a scope-down statement, the rate-based rule only tracks and rate limits requests that match... */
  readonly ScopeDownStatement?: Value<RuleGroup_Statement>;
}

export interface RuleGroup_RateBasedStatementCustomKey {
  /** Use an Autonomous System Number (ASN) derived from the request's originating or forwarded IP address as an aggregate key. Each distinct ASN contributes to the aggregation instance. */
  readonly ASN?: Value<Json>;
  /** Use the value of a cookie in the request as an aggregate key. Each distinct value in the cookie contributes to the aggregation instance. If you use a single cookie as your custom key, then each value fully defines an aggregation instance. */
  readonly Cookie?: Value<RuleGroup_RateLimitCookie>;
  /** Use the first IP address in an HTTP header as an aggregate key. Each distinct forwarded IP address contributes to the aggregation instance. */
  readonly ForwardedIP?: Value<Json>;
  /** Use the value of a header in the request as an aggregate key. Each distinct value in the header contributes to the aggregation instance. If you use a single header as your custom key, then each value fully defines an aggregation instance. */
  readonly Header?: Value<RuleGroup_RateLimitHeader>;
  /** Use the request's HTTP method as an aggregate key. Each distinct HTTP method contributes to the aggregation instance. If you use just the HTTP method as your custom key, then each method fully defines an aggregation instance. */
  readonly HTTPMethod?: Value<Json>;
  /** Use the request's originating IP address as an aggregate key. Each distinct IP address contributes to the aggregation instance. */
  readonly IP?: Value<Json>;
  /** Use the request's JA3 fingerprint as an aggregate key. If you use a single JA3 fingerprint as your custom key, then each value fully defines an aggregation instance. */
  readonly JA3Fingerprint?: Value<RuleGroup_RateLimitJA3Fingerprint>;
  /** Use the request's JA4 fingerprint as an aggregate key. If you use a single JA4 fingerprint as your custom key, then each value fully defines an aggregation instance. */
  readonly JA4Fingerprint?: Value<RuleGroup_RateLimitJA4Fingerprint>;
  /** Use the specified label namespace as an aggregate key. Each distinct fully qualified label name that has the specified label namespace contributes to the aggregation instance. If you use just one label namespace as your custom key, then... */
  readonly LabelNamespace?: Value<RuleGroup_RateLimitLabelNamespace>;
  /** Use the specified query argument as an aggregate key. Each distinct value for the named query argument contributes to the aggregation instance. If you use a single query argument as your custom key, then each value fully defines an aggre... */
  readonly QueryArgument?: Value<RuleGroup_RateLimitQueryArgument>;
  /** Use the request's query string as an aggregate key. Each distinct string contributes to the aggregation instance. If you use just the query string as your custom key, then each string fully defines an aggregation instance. */
  readonly QueryString?: Value<RuleGroup_RateLimitQueryString>;
  /** Use the request's URI path as an aggregate key. Each distinct URI path contributes to the aggregation instance. If you use just the URI path as your custom key, then each URI path fully defines an aggregation instance. */
  readonly UriPath?: Value<RuleGroup_RateLimitUriPath>;
}

export interface RuleGroup_RateLimitCookie {
  /** The name of the cookie to use. */
  readonly Name: Value<string>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. Text transformations are used in rule match statements, to transform the `FieldToMatch` request component... */
  readonly TextTransformations: ListOf<Value<RuleGroup_TextTransformation>>;
}

export interface RuleGroup_RateLimitHeader {
  /** The name of the header to use. */
  readonly Name: Value<string>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. Text transformations are used in rule match statements, to transform the `FieldToMatch` request component... */
  readonly TextTransformations: ListOf<Value<RuleGroup_TextTransformation>>;
}

export interface RuleGroup_RateLimitJA3Fingerprint {
  /** The match status to assign to the web request if there is insufficient TSL Client Hello information to compute the JA3 fingerprint. */
  readonly FallbackBehavior: Value<string>;
}

export interface RuleGroup_RateLimitJA4Fingerprint {
  /** The match status to assign to the web request if there is insufficient TSL Client Hello information to compute the JA4 fingerprint. */
  readonly FallbackBehavior: Value<string>;
}

export interface RuleGroup_RateLimitLabelNamespace {
  /** The namespace to use for aggregation. */
  readonly Namespace: Value<string>;
}

export interface RuleGroup_RateLimitQueryArgument {
  /** The name of the query argument to use. */
  readonly Name: Value<string>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. Text transformations are used in rule match statements, to transform the `FieldToMatch` request component... */
  readonly TextTransformations: ListOf<Value<RuleGroup_TextTransformation>>;
}

export interface RuleGroup_RateLimitQueryString {
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. Text transformations are used in rule match statements, to transform the `FieldToMatch` request component... */
  readonly TextTransformations: ListOf<Value<RuleGroup_TextTransformation>>;
}

export interface RuleGroup_RateLimitUriPath {
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. Text transformations are used in rule match statements, to transform the `FieldToMatch` request component... */
  readonly TextTransformations: ListOf<Value<RuleGroup_TextTransformation>>;
}

export interface RuleGroup_RegexMatchStatement {
  /** The part of the web request that you want AWS WAF to inspect. */
  readonly FieldToMatch: Value<RuleGroup_FieldToMatch>;
  readonly PreParseTextTransformations?: ListOf<Value<RuleGroup_PreParseTextTransformation>>;
  /** The string representing the regular expression. */
  readonly RegexString: Value<string>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. If you specify one or more transformations in a rule statement, AWS WAF performs all transformations on th... */
  readonly TextTransformations: ListOf<Value<RuleGroup_TextTransformation>>;
}

export interface RuleGroup_RegexPatternSetReferenceStatement {
  /** The Amazon Resource Name (ARN) of the `RegexPatternSet` that this statement references. */
  readonly Arn: Value<string>;
  /** The part of the web request that you want AWS WAF to inspect. */
  readonly FieldToMatch: Value<RuleGroup_FieldToMatch>;
  readonly PreParseTextTransformations?: ListOf<Value<RuleGroup_PreParseTextTransformation>>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. If you specify one or more transformations in a rule statement, AWS WAF performs all transformations on th... */
  readonly TextTransformations: ListOf<Value<RuleGroup_TextTransformation>>;
}

export interface RuleGroup_Rule {
  /** The action that AWS WAF should take on a web request when it matches the rule statement. Settings at the web ACL level can override the rule action setting. */
  readonly Action?: Value<RuleGroup_RuleAction>;
  /** Specifies how AWS WAF should handle `CAPTCHA` evaluations. If you don't specify this, AWS WAF uses the `CAPTCHA` configuration that's defined for the web ACL. */
  readonly CaptchaConfig?: Value<RuleGroup_CaptchaConfig>;
  /** Specifies how AWS WAF should handle `Challenge` evaluations. If you don't specify this, AWS WAF uses the challenge configuration that's defined for the web ACL. */
  readonly ChallengeConfig?: Value<RuleGroup_ChallengeConfig>;
  /** The name of the rule. */
  readonly Name: Value<string>;
  /** If you define more than one `Rule` in a `WebACL` , AWS WAF evaluates each request against the `Rules` in order based on the value of `Priority` . AWS WAF processes rules with lower priority first. The priorities don't need to be consecut... */
  readonly Priority: Value<number>;
  /** Labels to apply to web requests that match the rule match statement. AWS WAF applies fully qualified labels to matching web requests. A fully qualified label is the concatenation of a label namespace and a rule label. The rule's rule gro... */
  readonly RuleLabels?: ListOf<Value<RuleGroup_Label>>;
  /** The AWS WAF processing statement for the rule, for example `ByteMatchStatement` or `SizeConstraintStatement` . */
  readonly Statement: Value<RuleGroup_Statement>;
  /** Defines and enables Amazon CloudWatch metrics and web request sample collection. */
  readonly VisibilityConfig: Value<RuleGroup_VisibilityConfig>;
}

export interface RuleGroup_RuleAction {
  /** Instructs AWS WAF to allow the web request. */
  readonly Allow?: Value<RuleGroup_Allow>;
  /** Instructs AWS WAF to block the web request. */
  readonly Block?: Value<RuleGroup_Block>;
  /** Specifies that AWS WAF should run a `CAPTCHA` check against the request: */
  readonly Captcha?: Value<RuleGroup_Captcha>;
  /** Instructs AWS WAF to run a `Challenge` check against the web request. */
  readonly Challenge?: Value<RuleGroup_Challenge>;
  /** Instructs AWS WAF to count the web request and then continue evaluating the request using the remaining rules in the web ACL. */
  readonly Count?: Value<RuleGroup_Count>;
  /** Monetize action for rules. */
  readonly Monetize?: Value<RuleGroup_MonetizeAction>;
}

export interface RuleGroup_SingleHeader {
  /** The name of the query header to inspect. */
  readonly Name: Value<string>;
}

export interface RuleGroup_SingleQueryArgument {
  /** The name of the query argument to inspect. */
  readonly Name: Value<string>;
}

export interface RuleGroup_SizeConstraintStatement {
  /** The operator to use to compare the request part to the size setting. */
  readonly ComparisonOperator: Value<string>;
  /** The part of the web request that you want AWS WAF to inspect. */
  readonly FieldToMatch: Value<RuleGroup_FieldToMatch>;
  readonly PreParseTextTransformations?: ListOf<Value<RuleGroup_PreParseTextTransformation>>;
  /** The size, in byte, to compare to the request part, after any transformations. */
  readonly Size: Value<number>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. If you specify one or more transformations in a rule statement, AWS WAF performs all transformations on th... */
  readonly TextTransformations: ListOf<Value<RuleGroup_TextTransformation>>;
}

export interface RuleGroup_SqliMatchStatement {
  /** The part of the web request that you want AWS WAF to inspect. */
  readonly FieldToMatch: Value<RuleGroup_FieldToMatch>;
  readonly PreParseTextTransformations?: ListOf<Value<RuleGroup_PreParseTextTransformation>>;
  /** The sensitivity that you want AWS WAF to use to inspect for SQL injection attacks. */
  readonly SensitivityLevel?: Value<string>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. If you specify one or more transformations in a rule statement, AWS WAF performs all transformations on th... */
  readonly TextTransformations: ListOf<Value<RuleGroup_TextTransformation>>;
}

export interface RuleGroup_Statement {
  /** A logical rule statement used to combine other rule statements with AND logic. You provide more than one `Statement` within the `AndStatement` . */
  readonly AndStatement?: Value<RuleGroup_AndStatement>;
  /** A rule statement that inspects web traffic based on the Autonomous System Number (ASN) associated with the request's IP address. */
  readonly AsnMatchStatement?: Value<RuleGroup_AsnMatchStatement>;
  /** A rule statement that defines a string match search for AWS WAF to apply to web requests. The byte match statement provides the bytes to search for, the location in requests that you want AWS WAF to search, and other settings. The bytes... */
  readonly ByteMatchStatement?: Value<RuleGroup_ByteMatchStatement>;
  /** A rule statement that labels web requests by country and region and that matches against web requests based on country code. A geo match rule labels every request that it inspects regardless of whether it finds a match. */
  readonly GeoMatchStatement?: Value<RuleGroup_GeoMatchStatement>;
  /** A rule statement used to detect web requests coming from particular IP addresses or address ranges. To use this, create an `IPSet` that specifies the addresses you want to detect, then use the ARN of that set in this statement. */
  readonly IPSetReferenceStatement?: Value<RuleGroup_IPSetReferenceStatement>;
  /** A rule statement to match against labels that have been added to the web request by rules that have already run in the web ACL. */
  readonly LabelMatchStatement?: Value<RuleGroup_LabelMatchStatement>;
  /** A logical rule statement used to negate the results of another rule statement. You provide one `Statement` within the `NotStatement` . */
  readonly NotStatement?: Value<RuleGroup_NotStatement>;
  /** A logical rule statement used to combine other rule statements with OR logic. You provide more than one `Statement` within the `OrStatement` . */
  readonly OrStatement?: Value<RuleGroup_OrStatement>;
  /** A rate-based rule counts incoming requests and rate limits requests when they are coming at too fast a rate. The rule categorizes requests according to your aggregation criteria, collects them into aggregation instances, and counts and r... */
  readonly RateBasedStatement?: Value<RuleGroup_RateBasedStatement>;
  /** A rule statement used to search web request components for a match against a single regular expression. */
  readonly RegexMatchStatement?: Value<RuleGroup_RegexMatchStatement>;
  /** A rule statement used to search web request components for matches with regular expressions. To use this, create a `RegexPatternSet` that specifies the expressions that you want to detect, then use the ARN of that set in this statement.... */
  readonly RegexPatternSetReferenceStatement?: Value<RuleGroup_RegexPatternSetReferenceStatement>;
  /** A rule statement that compares a number of bytes against the size of a request component, using a comparison operator, such as greater than (>) or less than (<). For example, you can use a size constraint statement to look for query stri... */
  readonly SizeConstraintStatement?: Value<RuleGroup_SizeConstraintStatement>;
  /** A rule statement that inspects for malicious SQL code. Attackers insert malicious SQL code into web requests to do things like modify your database or extract data from it. */
  readonly SqliMatchStatement?: Value<RuleGroup_SqliMatchStatement>;
  /** A rule statement that inspects for cross-site scripting (XSS) attacks. In XSS attacks, the attacker uses vulnerabilities in a benign website as a vehicle to inject malicious client-site scripts into other legitimate web browsers. */
  readonly XssMatchStatement?: Value<RuleGroup_XssMatchStatement>;
}

export interface RuleGroup_TextTransformation {
  /** Sets the relative processing order for multiple transformations. AWS WAF processes all transformations, from lowest priority to highest, before inspecting the transformed content. The priorities don't need to be consecutive, but they mus... */
  readonly Priority: Value<number>;
  /** For detailed descriptions of each of the transformation types, see [Text transformations](https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-transformation.html) in the *AWS WAF Developer Guide* . */
  readonly Type: Value<string>;
}

export interface RuleGroup_UriFragment {
  /** What AWS WAF should do if it fails to completely parse the JSON body. The options are the following: */
  readonly FallbackBehavior?: Value<string>;
}

export interface RuleGroup_VisibilityConfig {
  /** Indicates whether the associated resource sends metrics to Amazon CloudWatch. For the list of available metrics, see [AWS WAF Metrics](https://docs.aws.amazon.com/waf/latest/developerguide/monitoring-cloudwatch.html#waf-metrics) in the *... */
  readonly CloudWatchMetricsEnabled: Value<boolean>;
  /** A name of the Amazon CloudWatch metric dimension. The name can contain only the characters: A-Z, a-z, 0-9, - (hyphen), and _ (underscore). The name can be from one to 128 characters long. It can't contain whitespace or metric names that... */
  readonly MetricName: Value<string>;
  /** Indicates whether AWS WAF should store a sampling of the web requests that match the rules. You can view the sampled requests through the AWS WAF console. */
  readonly SampledRequestsEnabled: Value<boolean>;
}

export interface RuleGroup_XssMatchStatement {
  /** The part of the web request that you want AWS WAF to inspect. */
  readonly FieldToMatch: Value<RuleGroup_FieldToMatch>;
  readonly PreParseTextTransformations?: ListOf<Value<RuleGroup_PreParseTextTransformation>>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. If you specify one or more transformations in a rule statement, AWS WAF performs all transformations on th... */
  readonly TextTransformations: ListOf<Value<RuleGroup_TextTransformation>>;
}

/** > This is the latest version of *AWS WAF* , named AWS WAF V2, released in November, 2019. For information, including how to migrate your AWS WAF resources from the prior release, see the [AWS WAF developer guide](https://docs.aws.amazon.... */
export interface WebACLProps {
  /** Returns a list of `ApplicationAttribute` s. */
  readonly ApplicationConfig?: Value<WebACL_ApplicationConfig>;
  /** Specifies custom configurations for the associations between the web ACL and protected resources. */
  readonly AssociationConfig?: Value<WebACL_AssociationConfig>;
  /** Specifies how AWS WAF should handle `CAPTCHA` evaluations for rules that don't have their own `CaptchaConfig` settings. If you don't specify this, AWS WAF uses its default settings for `CaptchaConfig` . */
  readonly CaptchaConfig?: Value<WebACL_CaptchaConfig>;
  /** Specifies how AWS WAF should handle challenge evaluations for rules that don't have their own `ChallengeConfig` settings. If you don't specify this, AWS WAF uses its default settings for `ChallengeConfig` . */
  readonly ChallengeConfig?: Value<WebACL_ChallengeConfig>;
  /** A map of custom response keys and content bodies. When you create a rule with a block action, you can send a custom response to the web request. You define these for the web ACL, and then use them in the rules and default actions that yo... */
  readonly CustomResponseBodies?: MapOf<Value<WebACL_CustomResponseBody>>;
  /** Specifies data protection to apply to the web request data for the web ACL. This is a web ACL level data protection option. */
  readonly DataProtectionConfig?: Value<WebACL_DataProtectionConfig>;
  /** The action to perform if none of the `Rules` contained in the `WebACL` match. */
  readonly DefaultAction: Value<WebACL_DefaultAction>;
  /** A description of the web ACL that helps with identification. */
  readonly Description?: Value<string>;
  /** Configures monetization for the web ACL or rule group. */
  readonly MonetizationConfig?: Value<WebACL_MonetizationConfig>;
  /** The name of the web ACL. You cannot change the name of a web ACL after you create it. */
  readonly Name?: Value<string>;
  /** Configures the level of DDoS protection that applies to web ACLs associated with Application Load Balancers. */
  readonly OnSourceDDoSProtectionConfig?: Value<WebACL_OnSourceDDoSProtectionConfig>;
  /** The rule statements used to identify the web requests that you want to manage. Each rule includes one top-level statement that AWS WAF uses to identify matching web requests, and parameters that govern how AWS WAF handles them. */
  readonly Rules?: ListOf<Value<WebACL_Rule>>;
  /** Specifies whether this is for an Amazon CloudFront distribution or for a regional application. For an AWS Amplify application, use `CLOUDFRONT` . A regional application can be an Application Load Balancer (ALB), an REST API, an AWS AppSy... */
  readonly Scope: Value<string>;
  /** Key:value pairs associated with an AWS resource. The key:value pair can be anything you define. Typically, the tag key represents a category (such as "environment") and the tag value represents a specific value within that category (such... */
  readonly Tags?: ListOf<Value<Tag>>;
  /** Specifies the domains that AWS WAF should accept in a web request token. This enables the use of tokens across multiple protected websites. When AWS WAF provides a token, it uses the domain of the AWS resource that the web ACL is protect... */
  readonly TokenDomains?: ListOf<Value<string>>;
  /** Defines and enables Amazon CloudWatch metrics and web request sample collection. */
  readonly VisibilityConfig: Value<WebACL_VisibilityConfig>;
}

export interface WebACL_AllowAction {
  /** Defines custom handling for the web request. */
  readonly CustomRequestHandling?: Value<WebACL_CustomRequestHandling>;
}

export interface WebACL_AndStatement {
  /** The statements to combine with AND logic. You can use any statements that can be nested. */
  readonly Statements: ListOf<Value<WebACL_Statement>>;
}

export interface WebACL_ApplicationAttribute {
  /** Specifies the attribute name. */
  readonly Name: Value<string>;
  /** Specifies the attribute value. */
  readonly Values: ListOf<Value<string>>;
}

export interface WebACL_ApplicationConfig {
  /** Contains the attribute name and a list of values for that attribute. */
  readonly Attributes: ListOf<Value<WebACL_ApplicationAttribute>>;
}

export interface WebACL_AsnMatchStatement {
  /** Contains one or more Autonomous System Numbers (ASNs). ASNs are unique identifiers assigned to large internet networks managed by organizations such as internet service providers, enterprises, universities, or government agencies. */
  readonly AsnList?: ListOf<Value<number>>;
  /** The configuration for inspecting IP addresses to match against an ASN in an HTTP header that you specify, instead of using the IP address that's reported by the web request origin. Commonly, this is the X-Forwarded-For (XFF) header, but... */
  readonly ForwardedIPConfig?: Value<WebACL_ForwardedIPConfiguration>;
}

export interface WebACL_AssociationConfig {
  /** Customizes the maximum size of the request body that your protected CloudFront, API Gateway, Amazon Cognito, App Runner, and Verified Access resources forward to AWS WAF for inspection. The default size is 16 KB (16,384 bytes). You can c... */
  readonly RequestBody?: MapOf<Value<WebACL_RequestBodyAssociatedResourceTypeConfig>>;
}

export interface WebACL_AWSManagedRulesACFPRuleSet {
  /** The path of the account creation endpoint for your application. This is the page on your website that accepts the completed registration form for a new user. This page must accept `POST` requests. */
  readonly CreationPath: Value<string>;
  /** Allow the use of regular expressions in the registration page path and the account creation path. */
  readonly EnableRegexInPath?: Value<boolean>;
  /** The path of the account registration endpoint for your application. This is the page on your website that presents the registration form to new users. */
  readonly RegistrationPagePath: Value<string>;
  /** The criteria for inspecting account creation requests, used by the ACFP rule group to validate and track account creation attempts. */
  readonly RequestInspection: Value<WebACL_RequestInspectionACFP>;
  /** The criteria for inspecting responses to account creation requests, used by the ACFP rule group to track account creation success rates. */
  readonly ResponseInspection?: Value<WebACL_ResponseInspection>;
}

export interface WebACL_AWSManagedRulesAntiDDoSRuleSet {
  /** Configures the request handling that's applied by the managed rule group rules `ChallengeAllDuringEvent` and `ChallengeDDoSRequests` during a distributed denial of service (DDoS) attack. */
  readonly ClientSideActionConfig: Value<WebACL_ClientSideActionConfig>;
  /** The sensitivity that the rule group rule `DDoSRequests` uses when matching against the DDoS suspicion labeling on a request. The managed rule group adds the labeling during DDoS events, before the `DDoSRequests` rule runs. */
  readonly SensitivityToBlock?: Value<string>;
}

export interface WebACL_AWSManagedRulesATPRuleSet {
  /** Allow the use of regular expressions in the login page path. */
  readonly EnableRegexInPath?: Value<boolean>;
  /** The path of the login endpoint for your application. For example, for the URL `https://example.com/web/login` , you would provide the path `/web/login` . Login paths that start with the path that you provide are considered a match. For e... */
  readonly LoginPath: Value<string>;
  /** The criteria for inspecting login requests, used by the ATP rule group to validate credentials usage. */
  readonly RequestInspection?: Value<WebACL_RequestInspection>;
  /** The criteria for inspecting responses to login requests, used by the ATP rule group to track login failure rates. */
  readonly ResponseInspection?: Value<WebACL_ResponseInspection>;
}

export interface WebACL_AWSManagedRulesBotControlRuleSet {
  /** Applies only to the targeted inspection level. */
  readonly EnableMachineLearning?: Value<boolean>;
  /** The inspection level to use for the Bot Control rule group. The common level is the least expensive. The targeted level includes all common level rules and adds rules with more advanced inspection criteria. For details, see [AWS WAF Bot... */
  readonly InspectionLevel: Value<string>;
}

export interface WebACL_BlockAction {
  /** Defines a custom response for the web request. */
  readonly CustomResponse?: Value<WebACL_CustomResponse>;
}

export interface WebACL_Body {
  /** What AWS WAF should do if the body is larger than AWS WAF can inspect. */
  readonly OversizeHandling?: Value<string>;
}

export interface WebACL_ByteMatchStatement {
  /** The part of the web request that you want AWS WAF to inspect. */
  readonly FieldToMatch: Value<WebACL_FieldToMatch>;
  /** The area within the portion of the web request that you want AWS WAF to search for `SearchString` . Valid values include the following: */
  readonly PositionalConstraint: Value<string>;
  readonly PreParseTextTransformations?: ListOf<Value<WebACL_PreParseTextTransformation>>;
  /** A string value that you want AWS WAF to search for. AWS WAF searches only in the part of web requests that you designate for inspection in `FieldToMatch` . The maximum length of the value is 200 bytes. For alphabetic characters A-Z and a... */
  readonly SearchString?: Value<string>;
  /** String to search for in a web request component, base64-encoded. If you don't want to encode the string, specify the unencoded value in `SearchString` instead. */
  readonly SearchStringBase64?: Value<string>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. If you specify one or more transformations in a rule statement, AWS WAF performs all transformations on th... */
  readonly TextTransformations: ListOf<Value<WebACL_TextTransformation>>;
}

export interface WebACL_CaptchaAction {
  /** Defines custom handling for the web request, used when the `CAPTCHA` inspection determines that the request's token is valid and unexpired. */
  readonly CustomRequestHandling?: Value<WebACL_CustomRequestHandling>;
}

export interface WebACL_CaptchaConfig {
  /** Determines how long a `CAPTCHA` timestamp in the token remains valid after the client successfully solves a `CAPTCHA` puzzle. */
  readonly ImmunityTimeProperty?: Value<WebACL_ImmunityTimeProperty>;
}

export interface WebACL_ChallengeAction {
  /** Defines custom handling for the web request, used when the challenge inspection determines that the request's token is valid and unexpired. */
  readonly CustomRequestHandling?: Value<WebACL_CustomRequestHandling>;
}

export interface WebACL_ChallengeConfig {
  /** Determines how long a challenge timestamp in the token remains valid after the client successfully responds to a challenge. */
  readonly ImmunityTimeProperty?: Value<WebACL_ImmunityTimeProperty>;
}

export interface WebACL_ClientSideAction {
  /** The regular expression to match against the web request URI, used to identify requests that can't handle a silent browser challenge. When the `ClientSideAction` setting `UsageOfAction` is enabled, the managed rule group uses this setting... */
  readonly ExemptUriRegularExpressions?: ListOf<Value<WebACL_Regex>>;
  /** The sensitivity that the rule group rule `ChallengeDDoSRequests` uses when matching against the DDoS suspicion labeling on a request. The managed rule group adds the labeling during DDoS events, before the `ChallengeDDoSRequests` rule runs. */
  readonly Sensitivity?: Value<string>;
  /** Determines whether to use the `AWSManagedRulesAntiDDoSRuleSet` rules `ChallengeAllDuringEvent` and `ChallengeDDoSRequests` in the rule group evaluation and the related label `awswaf:managed:aws:anti-ddos:challengeable-request` . */
  readonly UsageOfAction: Value<string>;
}

export interface WebACL_ClientSideActionConfig {
  /** Configuration for the use of the `AWSManagedRulesAntiDDoSRuleSet` rules `ChallengeAllDuringEvent` and `ChallengeDDoSRequests` . */
  readonly Challenge: Value<WebACL_ClientSideAction>;
}

export interface WebACL_CookieMatchPattern {
  /** Inspect all cookies. */
  readonly All?: Value<Json>;
  /** Inspect only the cookies whose keys don't match any of the strings specified here. */
  readonly ExcludedCookies?: ListOf<Value<string>>;
  /** Inspect only the cookies that have a key that matches one of the strings specified here. */
  readonly IncludedCookies?: ListOf<Value<string>>;
}

export interface WebACL_Cookies {
  /** The filter to use to identify the subset of cookies to inspect in a web request. */
  readonly MatchPattern: Value<WebACL_CookieMatchPattern>;
  /** The parts of the cookies to inspect with the rule inspection criteria. If you specify `ALL` , AWS WAF inspects both keys and values. */
  readonly MatchScope: Value<string>;
  /** What AWS WAF should do if the cookies of the request are more numerous or larger than AWS WAF can inspect. AWS WAF does not support inspecting the entire contents of request cookies when they exceed 8 KB (8192 bytes) or 200 total cookies... */
  readonly OversizeHandling: Value<string>;
}

export interface WebACL_CountAction {
  /** Defines custom handling for the web request. */
  readonly CustomRequestHandling?: Value<WebACL_CustomRequestHandling>;
}

export interface WebACL_CryptoConfig {
  /** List of payment network configurations. */
  readonly PaymentNetworks: ListOf<Value<WebACL_PaymentNetwork>>;
}

export interface WebACL_CustomHTTPHeader {
  /** The name of the custom header. */
  readonly Name: Value<string>;
  /** The value of the custom header. */
  readonly Value: Value<string>;
}

export interface WebACL_CustomRequestHandling {
  /** The HTTP headers to insert into the request. Duplicate header names are not allowed. */
  readonly InsertHeaders: ListOf<Value<WebACL_CustomHTTPHeader>>;
}

export interface WebACL_CustomResponse {
  /** References the response body that you want AWS WAF to return to the web request client. You can define a custom response for a rule action or a default web ACL action that is set to block. To do this, you first define the response body k... */
  readonly CustomResponseBodyKey?: Value<string>;
  /** The HTTP status code to return to the client. */
  readonly ResponseCode: Value<number>;
  /** The HTTP headers to use in the response. You can specify any header name except for `content-type` . Duplicate header names are not allowed. */
  readonly ResponseHeaders?: ListOf<Value<WebACL_CustomHTTPHeader>>;
}

export interface WebACL_CustomResponseBody {
  /** The payload of the custom response. */
  readonly Content: Value<string>;
  /** The type of content in the payload that you are defining in the `Content` string. */
  readonly ContentType: Value<string>;
}

export interface WebACL_DataProtect {
  readonly Action: Value<string>;
  readonly ExcludeRateBasedDetails?: Value<boolean>;
  readonly ExcludeRuleMatchDetails?: Value<boolean>;
  /** Field in log to protect. */
  readonly Field: Value<WebACL_FieldToProtect>;
}

export interface WebACL_DataProtectionConfig {
  /** An array of data protection configurations for specific web request field types. This is defined for each web ACL. AWS WAF applies the specified protection to all web requests that the web ACL inspects. */
  readonly DataProtections: ListOf<Value<WebACL_DataProtect>>;
}

export interface WebACL_DefaultAction {
  /** Specifies that AWS WAF should allow requests by default. */
  readonly Allow?: Value<WebACL_AllowAction>;
  /** Specifies that AWS WAF should block requests by default. */
  readonly Block?: Value<WebACL_BlockAction>;
}

export interface WebACL_ExcludedRule {
  /** The name of the rule whose action you want to override to `Count` . */
  readonly Name: Value<string>;
}

export interface WebACL_FieldIdentifier {
  /** The name of the field. */
  readonly Identifier: Value<string>;
}

export interface WebACL_FieldToMatch {
  /** Inspect all query arguments. */
  readonly AllQueryArguments?: Value<Json>;
  /** Inspect the request body as plain text. The request body immediately follows the request headers. This is the part of a request that contains any additional data that you want to send to your web server as the HTTP request body, such as... */
  readonly Body?: Value<WebACL_Body>;
  /** Inspect the request cookies. You must configure scope and pattern matching filters in the `Cookies` object, to define the set of cookies and the parts of the cookies that AWS WAF inspects. */
  readonly Cookies?: Value<WebACL_Cookies>;
  /** The string containing the list of a web request's header names, ordered as they appear in the web request, separated by colons. */
  readonly HeaderOrder?: Value<WebACL_HeaderOrder>;
  /** Inspect the request headers. You must configure scope and pattern matching filters in the `Headers` object, to define the set of headers to and the parts of the headers that AWS WAF inspects. */
  readonly Headers?: Value<WebACL_Headers>;
  /** Available for use with Amazon CloudFront distributions and Application Load Balancers. Match against the request's JA3 fingerprint. The JA3 fingerprint is a 32-character hash derived from the TLS Client Hello of an incoming request. This... */
  readonly JA3Fingerprint?: Value<WebACL_JA3Fingerprint>;
  /** Available for use with Amazon CloudFront distributions and Application Load Balancers. Match against the request's JA4 fingerprint. The JA4 fingerprint is a 36-character hash derived from the TLS Client Hello of an incoming request. This... */
  readonly JA4Fingerprint?: Value<WebACL_JA4Fingerprint>;
  /** Inspect the request body as JSON. The request body immediately follows the request headers. This is the part of a request that contains any additional data that you want to send to your web server as the HTTP request body, such as data f... */
  readonly JsonBody?: Value<WebACL_JsonBody>;
  /** Inspect the HTTP method. The method indicates the type of operation that the request is asking the origin to perform. */
  readonly Method?: Value<Json>;
  /** Inspect the query string. This is the part of a URL that appears after a `?` character, if any. */
  readonly QueryString?: Value<Json>;
  /** Inspect a single header. Provide the name of the header to inspect, for example, `User-Agent` or `Referer` . This setting isn't case sensitive. */
  readonly SingleHeader?: Value<WebACL_SingleHeader>;
  /** Inspect a single query argument. Provide the name of the query argument to inspect, such as *UserName* or *SalesRegion* . The name can be up to 30 characters long and isn't case sensitive. */
  readonly SingleQueryArgument?: Value<WebACL_SingleQueryArgument>;
  /** Inspect fragments of the request URI. You must configure scope and pattern matching filters in the `UriFragment` object, to define the fragment of a URI that AWS WAF inspects. */
  readonly UriFragment?: Value<WebACL_UriFragment>;
  /** Inspect the request URI path. This is the part of the web request that identifies a resource, for example, `/images/daily-ad.jpg` . */
  readonly UriPath?: Value<Json>;
}

export interface WebACL_FieldToProtect {
  /** Specifies the keys to protect for the specified field type. If you don't specify any key, then all keys for the field type are protected. */
  readonly FieldKeys?: ListOf<Value<string>>;
  /** Specifies the web request component type to protect. */
  readonly FieldType: Value<string>;
}

export interface WebACL_ForwardedIPConfiguration {
  /** The match status to assign to the web request if the request doesn't have a valid IP address in the specified position. */
  readonly FallbackBehavior: Value<string>;
  /** The name of the HTTP header to use for the IP address. For example, to use the X-Forwarded-For (XFF) header, set this to `X-Forwarded-For` . */
  readonly HeaderName: Value<string>;
}

export interface WebACL_GeoMatchStatement {
  /** An array of two-character country codes that you want to match against, for example, `[ "US", "CN" ]` , from the alpha-2 country ISO codes of the ISO 3166 international standard. */
  readonly CountryCodes?: ListOf<Value<string>>;
  /** The configuration for inspecting IP addresses in an HTTP header that you specify, instead of using the IP address that's reported by the web request origin. Commonly, this is the X-Forwarded-For (XFF) header, but you can specify any head... */
  readonly ForwardedIPConfig?: Value<WebACL_ForwardedIPConfiguration>;
}

export interface WebACL_HeaderMatchPattern {
  /** Inspect all headers. */
  readonly All?: Value<Json>;
  /** Inspect only the headers whose keys don't match any of the strings specified here. */
  readonly ExcludedHeaders?: ListOf<Value<string>>;
  /** Inspect only the headers that have a key that matches one of the strings specified here. */
  readonly IncludedHeaders?: ListOf<Value<string>>;
}

export interface WebACL_HeaderOrder {
  /** Handling of requests containing oversize fields */
  readonly OversizeHandling: Value<string>;
}

export interface WebACL_Headers {
  /** The filter to use to identify the subset of headers to inspect in a web request. */
  readonly MatchPattern: Value<WebACL_HeaderMatchPattern>;
  /** The parts of the headers to match with the rule inspection criteria. If you specify `ALL` , AWS WAF inspects both keys and values. */
  readonly MatchScope: Value<string>;
  /** What AWS WAF should do if the headers determined by your match scope are more numerous or larger than AWS WAF can inspect. AWS WAF does not support inspecting the entire contents of request headers when they exceed 8 KB (8192 bytes) or 2... */
  readonly OversizeHandling: Value<string>;
}

export interface WebACL_ImmunityTimeProperty {
  /** The amount of time, in seconds, that a `CAPTCHA` or challenge timestamp is considered valid by AWS WAF . The default setting is 300. */
  readonly ImmunityTime: Value<number>;
}

export interface WebACL_IPSetForwardedIPConfiguration {
  /** The match status to assign to the web request if the request doesn't have a valid IP address in the specified position. */
  readonly FallbackBehavior: Value<string>;
  /** The name of the HTTP header to use for the IP address. For example, to use the X-Forwarded-For (XFF) header, set this to `X-Forwarded-For` . */
  readonly HeaderName: Value<string>;
  /** The position in the header to search for the IP address. The header can contain IP addresses of the original client and also of proxies. For example, the header value could be `10.1.1.1, 127.0.0.0, 10.10.10.10` where the first IP address... */
  readonly Position: Value<string>;
}

export interface WebACL_IPSetReferenceStatement {
  /** The Amazon Resource Name (ARN) of the `IPSet` that this statement references. */
  readonly Arn: Value<string>;
  /** The configuration for inspecting IP addresses in an HTTP header that you specify, instead of using the IP address that's reported by the web request origin. Commonly, this is the X-Forwarded-For (XFF) header, but you can specify any head... */
  readonly IPSetForwardedIPConfig?: Value<WebACL_IPSetForwardedIPConfiguration>;
}

export interface WebACL_JA3Fingerprint {
  /** The match status to assign to the web request if the request doesn't have a JA3 fingerprint. */
  readonly FallbackBehavior: Value<string>;
}

export interface WebACL_JA4Fingerprint {
  /** The match status to assign to the web request if the request doesn't have a JA4 fingerprint. */
  readonly FallbackBehavior: Value<string>;
}

export interface WebACL_JsonBody {
  /** What AWS WAF should do if it fails to completely parse the JSON body. The options are the following: */
  readonly InvalidFallbackBehavior?: Value<string>;
  /** The patterns to look for in the JSON body. AWS WAF inspects the results of these pattern matches against the rule inspection criteria. */
  readonly MatchPattern: Value<WebACL_JsonMatchPattern>;
  /** The parts of the JSON to match against using the `MatchPattern` . If you specify `ALL` , AWS WAF matches against keys and values. */
  readonly MatchScope: Value<string>;
  /** What AWS WAF should do if the body is larger than AWS WAF can inspect. */
  readonly OversizeHandling?: Value<string>;
}

export interface WebACL_JsonMatchPattern {
  /** Match all of the elements. See also `MatchScope` in the `JsonBody` `FieldToMatch` specification. */
  readonly All?: Value<Json>;
  /** Match only the specified include paths. See also `MatchScope` in the `JsonBody` `FieldToMatch` specification. */
  readonly IncludedPaths?: ListOf<Value<string>>;
}

export interface WebACL_Label {
  /** The label string. */
  readonly Name: Value<string>;
}

export interface WebACL_LabelMatchStatement {
  /** The string to match against. The setting you provide for this depends on the match statement's `Scope` setting: */
  readonly Key: Value<string>;
  /** Specify whether you want to match using the label name or just the namespace. */
  readonly Scope: Value<string>;
}

export interface WebACL_ManagedRuleGroupConfig {
  /** Additional configuration for using the account creation fraud prevention (ACFP) managed rule group, `AWSManagedRulesACFPRuleSet` . Use this to provide account creation request information to the rule group. For web ACLs that protect Clou... */
  readonly AWSManagedRulesACFPRuleSet?: Value<WebACL_AWSManagedRulesACFPRuleSet>;
  /** Additional configuration for using the anti-DDoS managed rule group, `AWSManagedRulesAntiDDoSRuleSet` . Use this to configure anti-DDoS behavior for the rule group. */
  readonly AWSManagedRulesAntiDDoSRuleSet?: Value<WebACL_AWSManagedRulesAntiDDoSRuleSet>;
  /** Additional configuration for using the account takeover prevention (ATP) managed rule group, `AWSManagedRulesATPRuleSet` . Use this to provide login request information to the rule group. For web ACLs that protect CloudFront distribution... */
  readonly AWSManagedRulesATPRuleSet?: Value<WebACL_AWSManagedRulesATPRuleSet>;
  /** Additional configuration for using the Bot Control managed rule group. Use this to specify the inspection level that you want to use. For information about using the Bot Control managed rule group, see [AWS WAF Bot Control rule group](ht... */
  readonly AWSManagedRulesBotControlRuleSet?: Value<WebACL_AWSManagedRulesBotControlRuleSet>;
  /** > Instead of this setting, provide your configuration under `AWSManagedRulesATPRuleSet` . */
  readonly LoginPath?: Value<string>;
  /** > Instead of this setting, provide your configuration under the request inspection configuration for `AWSManagedRulesATPRuleSet` or `AWSManagedRulesACFPRuleSet` . */
  readonly PasswordField?: Value<WebACL_FieldIdentifier>;
  /** > Instead of this setting, provide your configuration under the request inspection configuration for `AWSManagedRulesATPRuleSet` or `AWSManagedRulesACFPRuleSet` . */
  readonly PayloadType?: Value<string>;
  /** > Instead of this setting, provide your configuration under the request inspection configuration for `AWSManagedRulesATPRuleSet` or `AWSManagedRulesACFPRuleSet` . */
  readonly UsernameField?: Value<WebACL_FieldIdentifier>;
}

export interface WebACL_ManagedRuleGroupStatement {
  /** Rules in the referenced rule group whose actions are set to `Count` . */
  readonly ExcludedRules?: ListOf<Value<WebACL_ExcludedRule>>;
  /** Additional information that's used by a managed rule group. Many managed rule groups don't require this. */
  readonly ManagedRuleGroupConfigs?: ListOf<Value<WebACL_ManagedRuleGroupConfig>>;
  /** The name of the managed rule group. You use this, along with the vendor name, to identify the rule group. */
  readonly Name: Value<string>;
  /** Action settings to use in the place of the rule actions that are configured inside the rule group. You specify one override for each rule whose action you want to change. */
  readonly RuleActionOverrides?: ListOf<Value<WebACL_RuleActionOverride>>;
  /** An optional nested statement that narrows the scope of the web requests that are evaluated by the managed rule group. Requests are only evaluated by the rule group if they match the scope-down statement. You can use any nestable `Stateme... */
  readonly ScopeDownStatement?: Value<WebACL_Statement>;
  /** The name of the managed rule group vendor. You use this, along with the rule group name, to identify a rule group. */
  readonly VendorName: Value<string>;
  /** The version of the managed rule group to use. If you specify this, the version setting is fixed until you change it. If you don't specify this, AWS WAF uses the vendor's default version, and then keeps the version at the vendor's default... */
  readonly Version?: Value<string>;
}

export interface WebACL_MonetizationConfig {
  /** Configures cryptocurrency payment settings. */
  readonly CryptoConfig?: Value<WebACL_CryptoConfig>;
  /** The currency mode for monetization. Use REAL for production payments and TEST for testing with testnet currencies. */
  readonly CurrencyMode?: Value<string>;
}

export interface WebACL_MonetizeAction {
  /** The price multiplier for the monetize action. */
  readonly PriceMultiplier?: Value<string>;
}

export interface WebACL_NotStatement {
  /** The statement to negate. You can use any statement that can be nested. */
  readonly Statement: Value<WebACL_Statement>;
}

export interface WebACL_OnSourceDDoSProtectionConfig {
  /** The level of DDoS protection that applies to web ACLs associated with Application Load Balancers. `ACTIVE_UNDER_DDOS` protection is enabled by default whenever a web ACL is associated with an Application Load Balancer. In the event that... */
  readonly ALBLowReputationMode: Value<string>;
}

export interface WebACL_OrStatement {
  /** The statements to combine with OR logic. You can use any statements that can be nested. */
  readonly Statements: ListOf<Value<WebACL_Statement>>;
}

export interface WebACL_OverrideAction {
  /** Override the rule group evaluation result to count only. */
  readonly Count?: Value<Json>;
  /** Don't override the rule group evaluation result. This is the most common setting. */
  readonly None?: Value<Json>;
}

export interface WebACL_PaymentNetwork {
  /** The blockchain chain to use. */
  readonly Chain: Value<string>;
  /** List of price configurations. */
  readonly Prices: ListOf<Value<WebACL_Price>>;
  /** The wallet address for receiving payments. */
  readonly WalletAddress: Value<string>;
}

export interface WebACL_PreParseTextTransformation {
  /** Priority of PreParseTextTransformation being applied. */
  readonly Priority: Value<number>;
  /** Type of pre-parse text transformation. */
  readonly Type: Value<string>;
}

export interface WebACL_Price {
  /** The price amount. */
  readonly Amount: Value<string>;
  /** The cryptocurrency to use for payment. */
  readonly Currency: Value<string>;
}

export interface WebACL_RateBasedStatement {
  /** Setting that indicates how to aggregate the request counts. */
  readonly AggregateKeyType: Value<string>;
  /** Specifies the aggregate keys to use in a rate-base rule. */
  readonly CustomKeys?: ListOf<Value<WebACL_RateBasedStatementCustomKey>>;
  /** The amount of time, in seconds, that AWS WAF should include in its request counts, looking back from the current time. For example, for a setting of 120, when AWS WAF checks the rate, it counts the requests for the 2 minutes immediately... */
  readonly EvaluationWindowSec?: Value<number>;
  /** The configuration for inspecting IP addresses in an HTTP header that you specify, instead of using the IP address that's reported by the web request origin. Commonly, this is the X-Forwarded-For (XFF) header, but you can specify any head... */
  readonly ForwardedIPConfig?: Value<WebACL_ForwardedIPConfiguration>;
  /** The limit on requests during the specified evaluation window for a single aggregation instance for the rate-based rule. If the rate-based statement includes a `ScopeDownStatement` , this limit is applied only to the requests that match t... */
  readonly Limit: Value<number>;
  /** An optional nested statement that narrows the scope of the web requests that are evaluated and managed by the rate-based statement. When you use a scope-down statement, the rate-based rule only tracks and rate limits requests that match... */
  readonly ScopeDownStatement?: Value<WebACL_Statement>;
}

export interface WebACL_RateBasedStatementCustomKey {
  /** Use an Autonomous System Number (ASN) derived from the request's originating or forwarded IP address as an aggregate key. Each distinct ASN contributes to the aggregation instance. */
  readonly ASN?: Value<Json>;
  /** Use the value of a cookie in the request as an aggregate key. Each distinct value in the cookie contributes to the aggregation instance. If you use a single cookie as your custom key, then each value fully defines an aggregation instance. */
  readonly Cookie?: Value<WebACL_RateLimitCookie>;
  /** Use the first IP address in an HTTP header as an aggregate key. Each distinct forwarded IP address contributes to the aggregation instance. */
  readonly ForwardedIP?: Value<Json>;
  /** Use the value of a header in the request as an aggregate key. Each distinct value in the header contributes to the aggregation instance. If you use a single header as your custom key, then each value fully defines an aggregation instance. */
  readonly Header?: Value<WebACL_RateLimitHeader>;
  /** Use the request's HTTP method as an aggregate key. Each distinct HTTP method contributes to the aggregation instance. If you use just the HTTP method as your custom key, then each method fully defines an aggregation instance. */
  readonly HTTPMethod?: Value<Json>;
  /** Use the request's originating IP address as an aggregate key. Each distinct IP address contributes to the aggregation instance. */
  readonly IP?: Value<Json>;
  /** Use the request's JA3 fingerprint as an aggregate key. If you use a single JA3 fingerprint as your custom key, then each value fully defines an aggregation instance. */
  readonly JA3Fingerprint?: Value<WebACL_RateLimitJA3Fingerprint>;
  /** Use the request's JA4 fingerprint as an aggregate key. If you use a single JA4 fingerprint as your custom key, then each value fully defines an aggregation instance. */
  readonly JA4Fingerprint?: Value<WebACL_RateLimitJA4Fingerprint>;
  /** Use the specified label namespace as an aggregate key. Each distinct fully qualified label name that has the specified label namespace contributes to the aggregation instance. If you use just one label namespace as your custom key, then... */
  readonly LabelNamespace?: Value<WebACL_RateLimitLabelNamespace>;
  /** Use the specified query argument as an aggregate key. Each distinct value for the named query argument contributes to the aggregation instance. If you use a single query argument as your custom key, then each value fully defines an aggre... */
  readonly QueryArgument?: Value<WebACL_RateLimitQueryArgument>;
  /** Use the request's query string as an aggregate key. Each distinct string contributes to the aggregation instance. If you use just the query string as your custom key, then each string fully defines an aggregation instance. */
  readonly QueryString?: Value<WebACL_RateLimitQueryString>;
  /** Use the request's URI path as an aggregate key. Each distinct URI path contributes to the aggregation instance. If you use just the URI path as your custom key, then each URI path fully defines an aggregation instance. */
  readonly UriPath?: Value<WebACL_RateLimitUriPath>;
}

export interface WebACL_RateLimitCookie {
  /** The name of the cookie to use. */
  readonly Name: Value<string>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. Text transformations are used in rule match statements, to transform the `FieldToMatch` request component... */
  readonly TextTransformations: ListOf<Value<WebACL_TextTransformation>>;
}

export interface WebACL_RateLimitHeader {
  /** The name of the header to use. */
  readonly Name: Value<string>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. Text transformations are used in rule match statements, to transform the `FieldToMatch` request component... */
  readonly TextTransformations: ListOf<Value<WebACL_TextTransformation>>;
}

export interface WebACL_RateLimitJA3Fingerprint {
  /** The match status to assign to the web request if there is insufficient TSL Client Hello information to compute the JA3 fingerprint. */
  readonly FallbackBehavior: Value<string>;
}

export interface WebACL_RateLimitJA4Fingerprint {
  /** The match status to assign to the web request if there is insufficient TSL Client Hello information to compute the JA4 fingerprint. */
  readonly FallbackBehavior: Value<string>;
}

export interface WebACL_RateLimitLabelNamespace {
  /** The namespace to use for aggregation. */
  readonly Namespace: Value<string>;
}

export interface WebACL_RateLimitQueryArgument {
  /** The name of the query argument to use. */
  readonly Name: Value<string>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. Text transformations are used in rule match statements, to transform the `FieldToMatch` request component... */
  readonly TextTransformations: ListOf<Value<WebACL_TextTransformation>>;
}

export interface WebACL_RateLimitQueryString {
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. Text transformations are used in rule match statements, to transform the `FieldToMatch` request component... */
  readonly TextTransformations: ListOf<Value<WebACL_TextTransformation>>;
}

export interface WebACL_RateLimitUriPath {
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. Text transformations are used in rule match statements, to transform the `FieldToMatch` request component... */
  readonly TextTransformations: ListOf<Value<WebACL_TextTransformation>>;
}

export interface WebACL_Regex {
  /** The string representing the regular expression. */
  readonly RegexString?: Value<string>;
}

export interface WebACL_RegexMatchStatement {
  /** The part of the web request that you want AWS WAF to inspect. */
  readonly FieldToMatch: Value<WebACL_FieldToMatch>;
  readonly PreParseTextTransformations?: ListOf<Value<WebACL_PreParseTextTransformation>>;
  /** The string representing the regular expression. */
  readonly RegexString: Value<string>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. If you specify one or more transformations in a rule statement, AWS WAF performs all transformations on th... */
  readonly TextTransformations: ListOf<Value<WebACL_TextTransformation>>;
}

export interface WebACL_RegexPatternSetReferenceStatement {
  /** The Amazon Resource Name (ARN) of the `RegexPatternSet` that this statement references. */
  readonly Arn: Value<string>;
  /** The part of the web request that you want AWS WAF to inspect. */
  readonly FieldToMatch: Value<WebACL_FieldToMatch>;
  readonly PreParseTextTransformations?: ListOf<Value<WebACL_PreParseTextTransformation>>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. If you specify one or more transformations in a rule statement, AWS WAF performs all transformations on th... */
  readonly TextTransformations: ListOf<Value<WebACL_TextTransformation>>;
}

export interface WebACL_RequestBodyAssociatedResourceTypeConfig {
  /** Specifies the maximum size of the web request body component that an associated CloudFront, API Gateway, Amazon Cognito, App Runner, or Verified Access resource should send to AWS WAF for inspection. This applies to statements in the web... */
  readonly DefaultSizeInspectionLimit: Value<string>;
}

export interface WebACL_RequestInspection {
  /** The name of the field in the request payload that contains your customer's password. */
  readonly PasswordField: Value<WebACL_FieldIdentifier>;
  /** The payload type for your login endpoint, either JSON or form encoded. */
  readonly PayloadType: Value<string>;
  /** The name of the field in the request payload that contains your customer's username. */
  readonly UsernameField: Value<WebACL_FieldIdentifier>;
}

export interface WebACL_RequestInspectionACFP {
  /** The names of the fields in the request payload that contain your customer's primary physical address. */
  readonly AddressFields?: ListOf<Value<WebACL_FieldIdentifier>>;
  /** The name of the field in the request payload that contains your customer's email. */
  readonly EmailField?: Value<WebACL_FieldIdentifier>;
  /** The name of the field in the request payload that contains your customer's password. */
  readonly PasswordField?: Value<WebACL_FieldIdentifier>;
  /** The payload type for your account creation endpoint, either JSON or form encoded. */
  readonly PayloadType: Value<string>;
  /** The names of the fields in the request payload that contain your customer's primary phone number. */
  readonly PhoneNumberFields?: ListOf<Value<WebACL_FieldIdentifier>>;
  /** The name of the field in the request payload that contains your customer's username. */
  readonly UsernameField?: Value<WebACL_FieldIdentifier>;
}

export interface WebACL_ResponseInspection {
  /** Configures inspection of the response body for success and failure indicators. AWS WAF can inspect the first 65,536 bytes (64 KB) of the response body. */
  readonly BodyContains?: Value<WebACL_ResponseInspectionBodyContains>;
  /** Configures inspection of the response header for success and failure indicators. */
  readonly Header?: Value<WebACL_ResponseInspectionHeader>;
  /** Configures inspection of the response JSON for success and failure indicators. AWS WAF can inspect the first 65,536 bytes (64 KB) of the response JSON. */
  readonly Json?: Value<WebACL_ResponseInspectionJson>;
  /** Configures inspection of the response status code for success and failure indicators. */
  readonly StatusCode?: Value<WebACL_ResponseInspectionStatusCode>;
}

export interface WebACL_ResponseInspectionBodyContains {
  /** Strings in the body of the response that indicate a failed login or account creation attempt. To be counted as a failure, the string can be anywhere in the body and must be an exact match, including case. Each string must be unique among... */
  readonly FailureStrings: ListOf<Value<string>>;
  /** Strings in the body of the response that indicate a successful login or account creation attempt. To be counted as a success, the string can be anywhere in the body and must be an exact match, including case. Each string must be unique a... */
  readonly SuccessStrings: ListOf<Value<string>>;
}

export interface WebACL_ResponseInspectionHeader {
  /** Values in the response header with the specified name that indicate a failed login or account creation attempt. To be counted as a failure, the value must be an exact match, including case. Each value must be unique among the success and... */
  readonly FailureValues: ListOf<Value<string>>;
  /** The name of the header to match against. The name must be an exact match, including case. */
  readonly Name: Value<string>;
  /** Values in the response header with the specified name that indicate a successful login or account creation attempt. To be counted as a success, the value must be an exact match, including case. Each value must be unique among the success... */
  readonly SuccessValues: ListOf<Value<string>>;
}

export interface WebACL_ResponseInspectionJson {
  /** Values for the specified identifier in the response JSON that indicate a failed login or account creation attempt. To be counted as a failure, the value must be an exact match, including case. Each value must be unique among the success... */
  readonly FailureValues: ListOf<Value<string>>;
  /** The identifier for the value to match against in the JSON. The identifier must be an exact match, including case. */
  readonly Identifier: Value<string>;
  /** Values for the specified identifier in the response JSON that indicate a successful login or account creation attempt. To be counted as a success, the value must be an exact match, including case. Each value must be unique among the succ... */
  readonly SuccessValues: ListOf<Value<string>>;
}

export interface WebACL_ResponseInspectionStatusCode {
  /** Status codes in the response that indicate a failed login or account creation attempt. To be counted as a failure, the response status code must match one of these. Each code must be unique among the success and failure status codes. */
  readonly FailureCodes: ListOf<Value<number>>;
  /** Status codes in the response that indicate a successful login or account creation attempt. To be counted as a success, the response status code must match one of these. Each code must be unique among the success and failure status codes. */
  readonly SuccessCodes: ListOf<Value<number>>;
}

export interface WebACL_Rule {
  /** The action that AWS WAF should take on a web request when it matches the rule's statement. Settings at the web ACL level can override the rule action setting. */
  readonly Action?: Value<WebACL_RuleAction>;
  /** Specifies how AWS WAF should handle `CAPTCHA` evaluations. If you don't specify this, AWS WAF uses the `CAPTCHA` configuration that's defined for the web ACL. */
  readonly CaptchaConfig?: Value<WebACL_CaptchaConfig>;
  /** Specifies how AWS WAF should handle `Challenge` evaluations. If you don't specify this, AWS WAF uses the challenge configuration that's defined for the web ACL. */
  readonly ChallengeConfig?: Value<WebACL_ChallengeConfig>;
  /** The name of the rule. */
  readonly Name: Value<string>;
  /** The override action to apply to the rules in a rule group, instead of the individual rule action settings. This is used only for rules whose statements reference a rule group. Rule statements that reference a rule group are `RuleGroupRef... */
  readonly OverrideAction?: Value<WebACL_OverrideAction>;
  /** If you define more than one `Rule` in a `WebACL` , AWS WAF evaluates each request against the `Rules` in order based on the value of `Priority` . AWS WAF processes rules with lower priority first. The priorities don't need to be consecut... */
  readonly Priority: Value<number>;
  /** Labels to apply to web requests that match the rule match statement. AWS WAF applies fully qualified labels to matching web requests. A fully qualified label is the concatenation of a label namespace and a rule label. The rule's rule gro... */
  readonly RuleLabels?: ListOf<Value<WebACL_Label>>;
  /** The AWS WAF processing statement for the rule, for example `ByteMatchStatement` or `SizeConstraintStatement` . */
  readonly Statement: Value<WebACL_Statement>;
  /** Defines and enables Amazon CloudWatch metrics and web request sample collection. */
  readonly VisibilityConfig: Value<WebACL_VisibilityConfig>;
}

export interface WebACL_RuleAction {
  /** Instructs AWS WAF to allow the web request. */
  readonly Allow?: Value<WebACL_AllowAction>;
  /** Instructs AWS WAF to block the web request. */
  readonly Block?: Value<WebACL_BlockAction>;
  /** Specifies that AWS WAF should run a `CAPTCHA` check against the request: */
  readonly Captcha?: Value<WebACL_CaptchaAction>;
  /** Instructs AWS WAF to run a `Challenge` check against the web request. */
  readonly Challenge?: Value<WebACL_ChallengeAction>;
  /** Instructs AWS WAF to count the web request and then continue evaluating the request using the remaining rules in the web ACL. */
  readonly Count?: Value<WebACL_CountAction>;
  /** Monetize action for rules. */
  readonly Monetize?: Value<WebACL_MonetizeAction>;
}

export interface WebACL_RuleActionOverride {
  /** The override action to use, in place of the configured action of the rule in the rule group. */
  readonly ActionToUse: Value<WebACL_RuleAction>;
  /** The name of the rule to override. */
  readonly Name: Value<string>;
}

export interface WebACL_RuleGroupReferenceStatement {
  /** The Amazon Resource Name (ARN) of the entity. */
  readonly Arn: Value<string>;
  /** Rules in the referenced rule group whose actions are set to `Count` . */
  readonly ExcludedRules?: ListOf<Value<WebACL_ExcludedRule>>;
  /** Action settings to use in the place of the rule actions that are configured inside the rule group. You specify one override for each rule whose action you want to change. */
  readonly RuleActionOverrides?: ListOf<Value<WebACL_RuleActionOverride>>;
}

export interface WebACL_SingleHeader {
  /** The name of the query header to inspect. */
  readonly Name: Value<string>;
}

export interface WebACL_SingleQueryArgument {
  /** The name of the query argument to inspect. */
  readonly Name: Value<string>;
}

export interface WebACL_SizeConstraintStatement {
  /** The operator to use to compare the request part to the size setting. */
  readonly ComparisonOperator: Value<string>;
  /** The part of the web request that you want AWS WAF to inspect. */
  readonly FieldToMatch: Value<WebACL_FieldToMatch>;
  readonly PreParseTextTransformations?: ListOf<Value<WebACL_PreParseTextTransformation>>;
  /** The size, in byte, to compare to the request part, after any transformations. */
  readonly Size: Value<number>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. If you specify one or more transformations in a rule statement, AWS WAF performs all transformations on th... */
  readonly TextTransformations: ListOf<Value<WebACL_TextTransformation>>;
}

export interface WebACL_SqliMatchStatement {
  /** The part of the web request that you want AWS WAF to inspect. */
  readonly FieldToMatch: Value<WebACL_FieldToMatch>;
  readonly PreParseTextTransformations?: ListOf<Value<WebACL_PreParseTextTransformation>>;
  /** The sensitivity that you want AWS WAF to use to inspect for SQL injection attacks. */
  readonly SensitivityLevel?: Value<string>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. If you specify one or more transformations in a rule statement, AWS WAF performs all transformations on th... */
  readonly TextTransformations: ListOf<Value<WebACL_TextTransformation>>;
}

export interface WebACL_Statement {
  /** A logical rule statement used to combine other rule statements with AND logic. You provide more than one `Statement` within the `AndStatement` . */
  readonly AndStatement?: Value<WebACL_AndStatement>;
  /** A rule statement that inspects web traffic based on the Autonomous System Number (ASN) associated with the request's IP address. */
  readonly AsnMatchStatement?: Value<WebACL_AsnMatchStatement>;
  /** A rule statement that defines a string match search for AWS WAF to apply to web requests. The byte match statement provides the bytes to search for, the location in requests that you want AWS WAF to search, and other settings. The bytes... */
  readonly ByteMatchStatement?: Value<WebACL_ByteMatchStatement>;
  /** A rule statement that labels web requests by country and region and that matches against web requests based on country code. A geo match rule labels every request that it inspects regardless of whether it finds a match. */
  readonly GeoMatchStatement?: Value<WebACL_GeoMatchStatement>;
  /** A rule statement used to detect web requests coming from particular IP addresses or address ranges. To use this, create an `IPSet` that specifies the addresses you want to detect, then use the ARN of that set in this statement. */
  readonly IPSetReferenceStatement?: Value<WebACL_IPSetReferenceStatement>;
  /** A rule statement to match against labels that have been added to the web request by rules that have already run in the web ACL. */
  readonly LabelMatchStatement?: Value<WebACL_LabelMatchStatement>;
  /** A rule statement used to run the rules that are defined in a managed rule group. To use this, provide the vendor name and the name of the rule group in this statement. You can retrieve the required names through the API call `ListAvailab... */
  readonly ManagedRuleGroupStatement?: Value<WebACL_ManagedRuleGroupStatement>;
  /** A logical rule statement used to negate the results of another rule statement. You provide one `Statement` within the `NotStatement` . */
  readonly NotStatement?: Value<WebACL_NotStatement>;
  /** A logical rule statement used to combine other rule statements with OR logic. You provide more than one `Statement` within the `OrStatement` . */
  readonly OrStatement?: Value<WebACL_OrStatement>;
  /** A rate-based rule counts incoming requests and rate limits requests when they are coming at too fast a rate. The rule categorizes requests according to your aggregation criteria, collects them into aggregation instances, and counts and r... */
  readonly RateBasedStatement?: Value<WebACL_RateBasedStatement>;
  /** A rule statement used to search web request components for a match against a single regular expression. */
  readonly RegexMatchStatement?: Value<WebACL_RegexMatchStatement>;
  /** A rule statement used to search web request components for matches with regular expressions. To use this, create a `RegexPatternSet` that specifies the expressions that you want to detect, then use the ARN of that set in this statement.... */
  readonly RegexPatternSetReferenceStatement?: Value<WebACL_RegexPatternSetReferenceStatement>;
  /** A rule statement used to run the rules that are defined in a `RuleGroup` . To use this, create a rule group with your rules, then provide the ARN of the rule group in this statement. */
  readonly RuleGroupReferenceStatement?: Value<WebACL_RuleGroupReferenceStatement>;
  /** A rule statement that compares a number of bytes against the size of a request component, using a comparison operator, such as greater than (>) or less than (<). For example, you can use a size constraint statement to look for query stri... */
  readonly SizeConstraintStatement?: Value<WebACL_SizeConstraintStatement>;
  /** A rule statement that inspects for malicious SQL code. Attackers insert malicious SQL code into web requests to do things like modify your database or extract data from it. */
  readonly SqliMatchStatement?: Value<WebACL_SqliMatchStatement>;
  /** A rule statement that inspects for cross-site scripting (XSS) attacks. In XSS attacks, the attacker uses vulnerabilities in a benign website as a vehicle to inject malicious client-site scripts into other legitimate web browsers. */
  readonly XssMatchStatement?: Value<WebACL_XssMatchStatement>;
}

export interface WebACL_TextTransformation {
  /** Sets the relative processing order for multiple transformations. AWS WAF processes all transformations, from lowest priority to highest, before inspecting the transformed content. The priorities don't need to be consecutive, but they mus... */
  readonly Priority: Value<number>;
  /** For detailed descriptions of each of the transformation types, see [Text transformations](https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-transformation.html) in the *AWS WAF Developer Guide* . */
  readonly Type: Value<string>;
}

export interface WebACL_UriFragment {
  /** What AWS WAF should do if it fails to completely parse the JSON body. The options are the following: */
  readonly FallbackBehavior?: Value<string>;
}

export interface WebACL_VisibilityConfig {
  /** Indicates whether the associated resource sends metrics to Amazon CloudWatch. For the list of available metrics, see [AWS WAF Metrics](https://docs.aws.amazon.com/waf/latest/developerguide/monitoring-cloudwatch.html#waf-metrics) in the *... */
  readonly CloudWatchMetricsEnabled: Value<boolean>;
  /** A name of the Amazon CloudWatch metric dimension. The name can contain only the characters: A-Z, a-z, 0-9, - (hyphen), and _ (underscore). The name can be from one to 128 characters long. It can't contain whitespace or metric names that... */
  readonly MetricName: Value<string>;
  /** Indicates whether AWS WAF should store a sampling of the web requests that match the rules. You can view the sampled requests through the AWS WAF console. */
  readonly SampledRequestsEnabled: Value<boolean>;
}

export interface WebACL_XssMatchStatement {
  /** The part of the web request that you want AWS WAF to inspect. */
  readonly FieldToMatch: Value<WebACL_FieldToMatch>;
  readonly PreParseTextTransformations?: ListOf<Value<WebACL_PreParseTextTransformation>>;
  /** Text transformations eliminate some of the unusual formatting that attackers use in web requests in an effort to bypass detection. If you specify one or more transformations in a rule statement, AWS WAF performs all transformations on th... */
  readonly TextTransformations: ListOf<Value<WebACL_TextTransformation>>;
}

/** > This is the latest version of *AWS WAF* , named AWS WAF V2, released in November, 2019. For information, including how to migrate your AWS WAF resources from the prior release, see the [AWS WAF developer guide](https://docs.aws.amazon.... */
export interface WebACLAssociationProps {
  /** The Amazon Resource Name (ARN) of the resource to associate with the web ACL. */
  readonly ResourceArn: Value<string>;
  /** The Amazon Resource Name (ARN) of the web ACL that you want to associate with the resource. */
  readonly WebACLArn: Value<string>;
}
