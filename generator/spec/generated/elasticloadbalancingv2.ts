// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::ElasticLoadBalancingV2::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, MapOf, Tag } from '../values.js';

/** Specifies a listener for an Application Load Balancer, Network Load Balancer, or Gateway Load Balancer. */
export interface ListenerProps {
  /** [TLS listener] The name of the Application-Layer Protocol Negotiation (ALPN) policy. */
  readonly AlpnPolicy?: ListOf<Value<string>>;
  /** The default SSL server certificate for a secure listener. You must provide exactly one certificate if the listener protocol is HTTPS or TLS. */
  readonly Certificates?: ListOf<Value<Listener_Certificate>>;
  /** The actions for the default rule. You cannot define a condition for a default rule. */
  readonly DefaultActions: ListOf<Value<Listener_Action>>;
  /** The listener attributes. Attributes that you do not modify retain their current values. */
  readonly ListenerAttributes?: ListOf<Value<Listener_ListenerAttribute>>;
  /** The Amazon Resource Name (ARN) of the load balancer. */
  readonly LoadBalancerArn: Value<string>;
  /** The mutual authentication configuration information. */
  readonly MutualAuthentication?: Value<Listener_MutualAuthentication>;
  /** The port on which the load balancer is listening. You can't specify a port for a Gateway Load Balancer. */
  readonly Port?: Value<number>;
  /** The protocol for connections from clients to the load balancer. For Application Load Balancers, the supported protocols are HTTP and HTTPS. For Network Load Balancers, the supported protocols are TCP, TLS, UDP, TCP_UDP, QUIC, and TCP_QUI... */
  readonly Protocol?: Value<string>;
  /** [HTTPS and TLS listeners] The security policy that defines which protocols and ciphers are supported. For more information, see [Security policies](https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies... */
  readonly SslPolicy?: Value<string>;
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface Listener_Action {
  /** [HTTPS listeners] Information for using Amazon Cognito to authenticate users. Specify only when `Type` is `authenticate-cognito` . */
  readonly AuthenticateCognitoConfig?: Value<Listener_AuthenticateCognitoConfig>;
  /** [HTTPS listeners] Information about an identity provider that is compliant with OpenID Connect (OIDC). Specify only when `Type` is `authenticate-oidc` . */
  readonly AuthenticateOidcConfig?: Value<Listener_AuthenticateOidcConfig>;
  /** [Application Load Balancer] Information for creating an action that returns a custom HTTP response. Specify only when `Type` is `fixed-response` . */
  readonly FixedResponseConfig?: Value<Listener_FixedResponseConfig>;
  /** Information for creating an action that distributes requests among multiple target groups. Specify only when `Type` is `forward` . */
  readonly ForwardConfig?: Value<Listener_ForwardConfig>;
  /** [HTTPS listeners] Information for validating JWT access tokens in client requests. Specify only when `Type` is `jwt-validation` . */
  readonly JwtValidationConfig?: Value<Listener_JwtValidationConfig>;
  /** The order for the action. This value is required for rules with multiple actions. The action with the lowest value for order is performed first. */
  readonly Order?: Value<number>;
  /** [Application Load Balancer] Information for creating a redirect action. Specify only when `Type` is `redirect` . */
  readonly RedirectConfig?: Value<Listener_RedirectConfig>;
  /** The Amazon Resource Name (ARN) of the target group. Specify only when `Type` is `forward` and you want to route to a single target group. To route to multiple target groups, you must use `ForwardConfig` instead. */
  readonly TargetGroupArn?: Value<string>;
  /** The type of action. */
  readonly Type: Value<string>;
}

export interface Listener_AuthenticateCognitoConfig {
  /** The query parameters (up to 10) to include in the redirect request to the authorization endpoint. */
  readonly AuthenticationRequestExtraParams?: MapOf<Value<string>>;
  /** The behavior if the user is not authenticated. The following are possible values: */
  readonly OnUnauthenticatedRequest?: Value<string>;
  /** The set of user claims to be requested from the IdP. The default is `openid` . */
  readonly Scope?: Value<string>;
  /** The name of the cookie used to maintain session information. The default is AWSELBAuthSessionCookie. */
  readonly SessionCookieName?: Value<string>;
  /** The maximum duration of the authentication session, in seconds. The default is 604800 seconds (7 days). */
  readonly SessionTimeout?: Value<string>;
  /** The Amazon Resource Name (ARN) of the Amazon Cognito user pool. */
  readonly UserPoolArn: Value<string>;
  /** The ID of the Amazon Cognito user pool client. */
  readonly UserPoolClientId: Value<string>;
  /** The domain prefix or fully-qualified domain name of the Amazon Cognito user pool. */
  readonly UserPoolDomain: Value<string>;
}

export interface Listener_AuthenticateOidcConfig {
  /** The query parameters (up to 10) to include in the redirect request to the authorization endpoint. */
  readonly AuthenticationRequestExtraParams?: MapOf<Value<string>>;
  /** The authorization endpoint of the IdP. This must be a full URL, including the HTTPS protocol, the domain, and the path. */
  readonly AuthorizationEndpoint: Value<string>;
  /** The OAuth 2.0 client identifier. */
  readonly ClientId: Value<string>;
  /** The OAuth 2.0 client secret. This parameter is required if you are creating a rule. If you are modifying a rule, you can omit this parameter if you set `UseExistingClientSecret` to true. */
  readonly ClientSecret?: Value<string>;
  /** The OIDC issuer identifier of the IdP. This must be a full URL, including the HTTPS protocol, the domain, and the path. */
  readonly Issuer: Value<string>;
  /** The behavior if the user is not authenticated. The following are possible values: */
  readonly OnUnauthenticatedRequest?: Value<string>;
  /** The set of user claims to be requested from the IdP. The default is `openid` . */
  readonly Scope?: Value<string>;
  /** The name of the cookie used to maintain session information. The default is AWSELBAuthSessionCookie. */
  readonly SessionCookieName?: Value<string>;
  /** The maximum duration of the authentication session, in seconds. The default is 604800 seconds (7 days). */
  readonly SessionTimeout?: Value<string>;
  /** The token endpoint of the IdP. This must be a full URL, including the HTTPS protocol, the domain, and the path. */
  readonly TokenEndpoint: Value<string>;
  /** Indicates whether to use the existing client secret when modifying a rule. If you are creating a rule, you can omit this parameter or set it to false. */
  readonly UseExistingClientSecret?: Value<boolean>;
  /** The user info endpoint of the IdP. This must be a full URL, including the HTTPS protocol, the domain, and the path. */
  readonly UserInfoEndpoint: Value<string>;
}

export interface Listener_Certificate {
  /** The Amazon Resource Name (ARN) of the certificate. */
  readonly CertificateArn?: Value<string>;
}

export interface Listener_FixedResponseConfig {
  /** The content type. */
  readonly ContentType?: Value<string>;
  /** The message. */
  readonly MessageBody?: Value<string>;
  /** The HTTP response code (2XX, 4XX, or 5XX). */
  readonly StatusCode: Value<string>;
}

export interface Listener_ForwardConfig {
  /** Information about how traffic will be distributed between multiple target groups in a forward rule. */
  readonly TargetGroups?: ListOf<Value<Listener_TargetGroupTuple>>;
  /** Information about the target group stickiness for a rule. */
  readonly TargetGroupStickinessConfig?: Value<Listener_TargetGroupStickinessConfig>;
}

export interface Listener_JwtValidationActionAdditionalClaim {
  /** The format of the claim value. */
  readonly Format: Value<string>;
  /** The name of the claim. You can't specify `exp` , `iss` , `nbf` , or `iat` because we validate them by default. */
  readonly Name: Value<string>;
  /** The claim value. The maximum size of the list is 10. Each value can be up to 256 characters in length. If the format is `space-separated-values` , the values can't include spaces. */
  readonly Values: ListOf<Value<string>>;
}

export interface Listener_JwtValidationConfig {
  readonly AdditionalClaims?: ListOf<Value<Listener_JwtValidationActionAdditionalClaim>>;
  readonly Issuer: Value<string>;
  readonly JwksEndpoint: Value<string>;
}

export interface Listener_ListenerAttribute {
  /** The name of the attribute. */
  readonly Key?: Value<string>;
  /** The value of the attribute. */
  readonly Value?: Value<string>;
}

export interface Listener_MutualAuthentication {
  /** Indicates whether trust store CA certificate names are advertised. */
  readonly AdvertiseTrustStoreCaNames?: Value<string>;
  /** Indicates whether expired client certificates are ignored. */
  readonly IgnoreClientCertificateExpiry?: Value<boolean>;
  /** The client certificate handling method. Options are `off` , `passthrough` or `verify` . The default value is `off` . */
  readonly Mode?: Value<string>;
  /** The Amazon Resource Name (ARN) of the trust store. */
  readonly TrustStoreArn?: Value<string>;
}

export interface Listener_RedirectConfig {
  /** The hostname. This component is not percent-encoded. The hostname can contain #{host}. */
  readonly Host?: Value<string>;
  /** The absolute path, starting with the leading "/". This component is not percent-encoded. The path can contain #{host}, #{path}, and #{port}. */
  readonly Path?: Value<string>;
  /** The port. You can specify a value from 1 to 65535 or #{port}. */
  readonly Port?: Value<string>;
  /** The protocol. You can specify HTTP, HTTPS, or #{protocol}. You can redirect HTTP to HTTP, HTTP to HTTPS, and HTTPS to HTTPS. You can't redirect HTTPS to HTTP. */
  readonly Protocol?: Value<string>;
  /** The query parameters, URL-encoded when necessary, but not percent-encoded. Do not include the leading "?", as it is automatically added. You can specify any of the reserved keywords. */
  readonly Query?: Value<string>;
  /** The HTTP redirect code. The redirect is either permanent (HTTP 301) or temporary (HTTP 302). */
  readonly StatusCode: Value<string>;
}

export interface Listener_TargetGroupStickinessConfig {
  /** [Application Load Balancers] The time period, in seconds, during which requests from a client should be routed to the same target group. The range is 1-604800 seconds (7 days). You must specify this value when enabling target group stick... */
  readonly DurationSeconds?: Value<number>;
  /** Indicates whether target group stickiness is enabled. */
  readonly Enabled?: Value<boolean>;
}

export interface Listener_TargetGroupTuple {
  /** The Amazon Resource Name (ARN) of the target group. */
  readonly TargetGroupArn?: Value<string>;
  /** The weight. The range is 0 to 999. */
  readonly Weight?: Value<number>;
}

/** Specifies an SSL server certificate to add to the certificate list for an HTTPS or TLS listener. */
export interface ListenerCertificateProps {
  /** The certificate. You can specify one certificate per resource. */
  readonly Certificates: ListOf<Value<ListenerCertificate_Certificate>>;
  /** The Amazon Resource Name (ARN) of the listener. */
  readonly ListenerArn: Value<string>;
}

export interface ListenerCertificate_Certificate {
  /** The Amazon Resource Name (ARN) of the certificate. */
  readonly CertificateArn?: Value<string>;
}

/** Specifies a listener rule. The listener must be associated with an Application Load Balancer. Each rule consists of a priority, one or more actions, and one or more conditions. */
export interface ListenerRuleProps {
  /** The actions. */
  readonly Actions: ListOf<Value<ListenerRule_Action>>;
  /** The conditions. */
  readonly Conditions: ListOf<Value<ListenerRule_RuleCondition>>;
  /** The Amazon Resource Name (ARN) of the listener. */
  readonly ListenerArn?: Value<string>;
  /** The rule priority. A listener can't have multiple rules with the same priority. */
  readonly Priority: Value<number>;
  readonly Tags?: ListOf<Value<Tag>>;
  readonly Transforms?: ListOf<Value<ListenerRule_Transform>>;
}

export interface ListenerRule_Action {
  /** [HTTPS listeners] Information for using Amazon Cognito to authenticate users. Specify only when `Type` is `authenticate-cognito` . */
  readonly AuthenticateCognitoConfig?: Value<ListenerRule_AuthenticateCognitoConfig>;
  /** [HTTPS listeners] Information about an identity provider that is compliant with OpenID Connect (OIDC). Specify only when `Type` is `authenticate-oidc` . */
  readonly AuthenticateOidcConfig?: Value<ListenerRule_AuthenticateOidcConfig>;
  /** [Application Load Balancer] Information for creating an action that returns a custom HTTP response. Specify only when `Type` is `fixed-response` . */
  readonly FixedResponseConfig?: Value<ListenerRule_FixedResponseConfig>;
  /** Information for creating an action that distributes requests among multiple target groups. Specify only when `Type` is `forward` . */
  readonly ForwardConfig?: Value<ListenerRule_ForwardConfig>;
  /** [HTTPS listeners] Information for validating JWT access tokens in client requests. Specify only when `Type` is `jwt-validation` . */
  readonly JwtValidationConfig?: Value<ListenerRule_JwtValidationConfig>;
  /** The order for the action. This value is required for rules with multiple actions. The action with the lowest value for order is performed first. */
  readonly Order?: Value<number>;
  /** [Application Load Balancer] Information for creating a redirect action. Specify only when `Type` is `redirect` . */
  readonly RedirectConfig?: Value<ListenerRule_RedirectConfig>;
  /** The Amazon Resource Name (ARN) of the target group. Specify only when `Type` is `forward` and you want to route to a single target group. To route to multiple target groups, you must use `ForwardConfig` instead. */
  readonly TargetGroupArn?: Value<string>;
  /** The type of action. */
  readonly Type: Value<string>;
}

export interface ListenerRule_AuthenticateCognitoConfig {
  /** The query parameters (up to 10) to include in the redirect request to the authorization endpoint. */
  readonly AuthenticationRequestExtraParams?: MapOf<Value<string>>;
  /** The behavior if the user is not authenticated. The following are possible values: */
  readonly OnUnauthenticatedRequest?: Value<string>;
  /** The set of user claims to be requested from the IdP. The default is `openid` . */
  readonly Scope?: Value<string>;
  /** The name of the cookie used to maintain session information. The default is AWSELBAuthSessionCookie. */
  readonly SessionCookieName?: Value<string>;
  /** The maximum duration of the authentication session, in seconds. The default is 604800 seconds (7 days). */
  readonly SessionTimeout?: Value<number>;
  /** The Amazon Resource Name (ARN) of the Amazon Cognito user pool. */
  readonly UserPoolArn: Value<string>;
  /** The ID of the Amazon Cognito user pool client. */
  readonly UserPoolClientId: Value<string>;
  /** The domain prefix or fully-qualified domain name of the Amazon Cognito user pool. */
  readonly UserPoolDomain: Value<string>;
}

export interface ListenerRule_AuthenticateOidcConfig {
  /** The query parameters (up to 10) to include in the redirect request to the authorization endpoint. */
  readonly AuthenticationRequestExtraParams?: MapOf<Value<string>>;
  /** The authorization endpoint of the IdP. This must be a full URL, including the HTTPS protocol, the domain, and the path. */
  readonly AuthorizationEndpoint: Value<string>;
  /** The OAuth 2.0 client identifier. */
  readonly ClientId: Value<string>;
  /** The OAuth 2.0 client secret. This parameter is required if you are creating a rule. If you are modifying a rule, you can omit this parameter if you set `UseExistingClientSecret` to true. */
  readonly ClientSecret?: Value<string>;
  /** The OIDC issuer identifier of the IdP. This must be a full URL, including the HTTPS protocol, the domain, and the path. */
  readonly Issuer: Value<string>;
  /** The behavior if the user is not authenticated. The following are possible values: */
  readonly OnUnauthenticatedRequest?: Value<string>;
  /** The set of user claims to be requested from the IdP. The default is `openid` . */
  readonly Scope?: Value<string>;
  /** The name of the cookie used to maintain session information. The default is AWSELBAuthSessionCookie. */
  readonly SessionCookieName?: Value<string>;
  /** The maximum duration of the authentication session, in seconds. The default is 604800 seconds (7 days). */
  readonly SessionTimeout?: Value<number>;
  /** The token endpoint of the IdP. This must be a full URL, including the HTTPS protocol, the domain, and the path. */
  readonly TokenEndpoint: Value<string>;
  /** Indicates whether to use the existing client secret when modifying a rule. If you are creating a rule, you can omit this parameter or set it to false. */
  readonly UseExistingClientSecret?: Value<boolean>;
  /** The user info endpoint of the IdP. This must be a full URL, including the HTTPS protocol, the domain, and the path. */
  readonly UserInfoEndpoint: Value<string>;
}

export interface ListenerRule_FixedResponseConfig {
  /** The content type. */
  readonly ContentType?: Value<string>;
  /** The message. */
  readonly MessageBody?: Value<string>;
  /** The HTTP response code (2XX, 4XX, or 5XX). */
  readonly StatusCode: Value<string>;
}

export interface ListenerRule_ForwardConfig {
  /** Information about how traffic will be distributed between multiple target groups in a forward rule. */
  readonly TargetGroups?: ListOf<Value<ListenerRule_TargetGroupTuple>>;
  /** Information about the target group stickiness for a rule. */
  readonly TargetGroupStickinessConfig?: Value<ListenerRule_TargetGroupStickinessConfig>;
}

export interface ListenerRule_HostHeaderConfig {
  readonly RegexValues?: ListOf<Value<string>>;
  /** The host names. The maximum length of each string is 128 characters. The comparison is case insensitive. The following wildcard characters are supported: * (matches 0 or more characters) and ? (matches exactly 1 character). You must incl... */
  readonly Values?: ListOf<Value<string>>;
}

export interface ListenerRule_HttpHeaderConfig {
  /** The name of the HTTP header field. The maximum size is 40 characters. The header name is case insensitive. The allowed characters are specified by RFC 7230. Wildcards are not supported. */
  readonly HttpHeaderName?: Value<string>;
  readonly RegexValues?: ListOf<Value<string>>;
  /** The strings to compare against the value of the HTTP header. The maximum length of each string is 128 characters. The comparison strings are case insensitive. The following wildcard characters are supported: * (matches 0 or more characte... */
  readonly Values?: ListOf<Value<string>>;
}

export interface ListenerRule_HttpRequestMethodConfig {
  /** The name of the request method. The maximum length is 40 characters. The allowed characters are A-Z, hyphen (-), and underscore (_). The comparison is case sensitive. Wildcards are not supported; therefore, the method name must be an exa... */
  readonly Values?: ListOf<Value<string>>;
}

export interface ListenerRule_JwtValidationActionAdditionalClaim {
  /** The format of the claim value. */
  readonly Format: Value<string>;
  /** The name of the claim. You can't specify `exp` , `iss` , `nbf` , or `iat` because we validate them by default. */
  readonly Name: Value<string>;
  /** The claim value. The maximum size of the list is 10. Each value can be up to 256 characters in length. If the format is `space-separated-values` , the values can't include spaces. */
  readonly Values: ListOf<Value<string>>;
}

export interface ListenerRule_JwtValidationConfig {
  readonly AdditionalClaims?: ListOf<Value<ListenerRule_JwtValidationActionAdditionalClaim>>;
  readonly Issuer: Value<string>;
  readonly JwksEndpoint: Value<string>;
}

export interface ListenerRule_PathPatternConfig {
  readonly RegexValues?: ListOf<Value<string>>;
  /** The path patterns to compare against the request URL. The maximum size of each string is 128 characters. The comparison is case sensitive. The following wildcard characters are supported: * (matches 0 or more characters) and ? (matches e... */
  readonly Values?: ListOf<Value<string>>;
}

export interface ListenerRule_QueryStringConfig {
  /** The key/value pairs or values to find in the query string. The maximum length of each string is 128 characters. The comparison is case insensitive. The following wildcard characters are supported: * (matches 0 or more characters) and ? (... */
  readonly Values?: ListOf<Value<ListenerRule_QueryStringKeyValue>>;
}

export interface ListenerRule_QueryStringKeyValue {
  /** The key. You can omit the key. */
  readonly Key?: Value<string>;
  /** The value. */
  readonly Value?: Value<string>;
}

export interface ListenerRule_RedirectConfig {
  /** The hostname. This component is not percent-encoded. The hostname can contain #{host}. */
  readonly Host?: Value<string>;
  /** The absolute path, starting with the leading "/". This component is not percent-encoded. The path can contain #{host}, #{path}, and #{port}. */
  readonly Path?: Value<string>;
  /** The port. You can specify a value from 1 to 65535 or #{port}. */
  readonly Port?: Value<string>;
  /** The protocol. You can specify HTTP, HTTPS, or #{protocol}. You can redirect HTTP to HTTP, HTTP to HTTPS, and HTTPS to HTTPS. You can't redirect HTTPS to HTTP. */
  readonly Protocol?: Value<string>;
  /** The query parameters, URL-encoded when necessary, but not percent-encoded. Do not include the leading "?", as it is automatically added. You can specify any of the reserved keywords. */
  readonly Query?: Value<string>;
  /** The HTTP redirect code. The redirect is either permanent (HTTP 301) or temporary (HTTP 302). */
  readonly StatusCode: Value<string>;
}

export interface ListenerRule_RewriteConfig {
  /** The regular expression to match in the input string. The maximum length of the string is 1,024 characters. */
  readonly Regex: Value<string>;
  /** The replacement string to use when rewriting the matched input. The maximum length of the string is 1,024 characters. You can specify capture groups in the regular expression (for example, $1 and $2). */
  readonly Replace: Value<string>;
}

export interface ListenerRule_RewriteConfigObject {
  readonly Rewrites: ListOf<Value<ListenerRule_RewriteConfig>>;
}

export interface ListenerRule_RuleCondition {
  /** The field in the HTTP request. The following are the possible values: */
  readonly Field?: Value<string>;
  /** Information for a host header condition. Specify only when `Field` is `host-header` . */
  readonly HostHeaderConfig?: Value<ListenerRule_HostHeaderConfig>;
  /** Information for an HTTP header condition. Specify only when `Field` is `http-header` . */
  readonly HttpHeaderConfig?: Value<ListenerRule_HttpHeaderConfig>;
  /** Information for an HTTP method condition. Specify only when `Field` is `http-request-method` . */
  readonly HttpRequestMethodConfig?: Value<ListenerRule_HttpRequestMethodConfig>;
  /** Information for a path pattern condition. Specify only when `Field` is `path-pattern` . */
  readonly PathPatternConfig?: Value<ListenerRule_PathPatternConfig>;
  /** Information for a query string condition. Specify only when `Field` is `query-string` . */
  readonly QueryStringConfig?: Value<ListenerRule_QueryStringConfig>;
  /** The regular expressions to match against the condition field. The maximum length of each string is 128 characters. Specify only when `Field` is `http-header` , `host-header` , or `path-pattern` . */
  readonly RegexValues?: ListOf<Value<string>>;
  /** Information for a source IP condition. Specify only when `Field` is `source-ip` . */
  readonly SourceIpConfig?: Value<ListenerRule_SourceIpConfig>;
  /** The condition value. Specify only when `Field` is `host-header` or `path-pattern` . Alternatively, to specify multiple host names or multiple path patterns, use `HostHeaderConfig` or `PathPatternConfig` . */
  readonly Values?: ListOf<Value<string>>;
}

export interface ListenerRule_SourceIpConfig {
  readonly IpAddressType?: Value<string>;
  /** The source IP addresses, in CIDR format. You can use both IPv4 and IPv6 addresses. Wildcards are not supported. */
  readonly Values?: ListOf<Value<string>>;
}

export interface ListenerRule_TargetGroupStickinessConfig {
  /** [Application Load Balancers] The time period, in seconds, during which requests from a client should be routed to the same target group. The range is 1-604800 seconds (7 days). You must specify this value when enabling target group stick... */
  readonly DurationSeconds?: Value<number>;
  /** Indicates whether target group stickiness is enabled. */
  readonly Enabled?: Value<boolean>;
}

export interface ListenerRule_TargetGroupTuple {
  /** The Amazon Resource Name (ARN) of the target group. */
  readonly TargetGroupArn?: Value<string>;
  /** The weight. The range is 0 to 999. */
  readonly Weight?: Value<number>;
}

export interface ListenerRule_Transform {
  readonly HostHeaderRewriteConfig?: Value<ListenerRule_RewriteConfigObject>;
  readonly Type: Value<string>;
  readonly UrlRewriteConfig?: Value<ListenerRule_RewriteConfigObject>;
}

/** Specifies an Application Load Balancer, a Network Load Balancer, or a Gateway Load Balancer. */
export interface LoadBalancerProps {
  /** Indicates whether to enable stabilization when creating or updating an LCU reservation. This ensures that the final stack status reflects the status of the LCU reservation. The default is `false` . */
  readonly EnableCapacityReservationProvisionStabilize?: Value<boolean>;
  /** [Network Load Balancers with UDP listeners] Indicates whether to use an IPv6 prefix from each subnet for source NAT. The IP address type must be `dualstack` . The default value is `off` . */
  readonly EnablePrefixForIpv6SourceNat?: Value<string>;
  /** Indicates whether to evaluate inbound security group rules for traffic sent to a Network Load Balancer through AWS PrivateLink . The default is `on` . */
  readonly EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic?: Value<string>;
  /** The IP address type. Internal load balancers must use `ipv4` . */
  readonly IpAddressType?: Value<string>;
  /** The ID of the IPv4 IPAM pool. */
  readonly Ipv4IpamPoolId?: Value<string>;
  /** The load balancer attributes. Attributes that you do not modify retain their current values. */
  readonly LoadBalancerAttributes?: ListOf<Value<LoadBalancer_LoadBalancerAttribute>>;
  /** The minimum capacity for a load balancer. */
  readonly MinimumLoadBalancerCapacity?: Value<LoadBalancer_MinimumLoadBalancerCapacity>;
  /** The name of the load balancer. This name must be unique per region per account, can have a maximum of 32 characters, must contain only alphanumeric characters or hyphens, must not begin or end with a hyphen, and must not begin with "inte... */
  readonly Name?: Value<string>;
  /** The nodes of an Internet-facing load balancer have public IP addresses. The DNS name of an Internet-facing load balancer is publicly resolvable to the public IP addresses of the nodes. Therefore, Internet-facing load balancers can route... */
  readonly Scheme?: Value<string>;
  /** [Application Load Balancers and Network Load Balancers] The IDs of the security groups for the load balancer. */
  readonly SecurityGroups?: ListOf<Value<string>>;
  /** The IDs of the subnets. You can specify only one subnet per Availability Zone. You must specify either subnets or subnet mappings, but not both. */
  readonly SubnetMappings?: ListOf<Value<LoadBalancer_SubnetMapping>>;
  /** The IDs of the subnets. You can specify only one subnet per Availability Zone. You must specify either subnets or subnet mappings, but not both. To specify an Elastic IP address, specify subnet mappings instead of subnets. */
  readonly Subnets?: ListOf<Value<string>>;
  /** The tags to assign to the load balancer. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The type of load balancer. The default is `application` . */
  readonly Type?: Value<string>;
}

export interface LoadBalancer_LoadBalancerAttribute {
  /** The name of the attribute. */
  readonly Key?: Value<string>;
  /** The value of the attribute. */
  readonly Value?: Value<string>;
}

export interface LoadBalancer_MinimumLoadBalancerCapacity {
  /** The number of capacity units. */
  readonly CapacityUnits: Value<number>;
}

export interface LoadBalancer_SubnetMapping {
  /** [Network Load Balancers] The allocation ID of the Elastic IP address for an internet-facing load balancer. */
  readonly AllocationId?: Value<string>;
  /** [Network Load Balancers] The IPv6 address. */
  readonly IPv6Address?: Value<string>;
  /** [Network Load Balancers] The private IPv4 address for an internal load balancer. */
  readonly PrivateIPv4Address?: Value<string>;
  /** [Network Load Balancers with UDP listeners] The IPv6 prefix to use for source NAT. Specify an IPv6 prefix (/80 netmask) from the subnet CIDR block or `auto_assigned` to use an IPv6 prefix selected at random from the subnet CIDR block. */
  readonly SourceNatIpv6Prefix?: Value<string>;
  /** The ID of the subnet. */
  readonly SubnetId: Value<string>;
}

/** Specifies a target group for an Application Load Balancer, a Network Load Balancer, or a Gateway Load Balancer. */
export interface TargetGroupProps {
  /** Indicates whether health checks are enabled. If the target type is `lambda` , health checks are disabled by default but can be enabled. If the target type is `instance` , `ip` , or `alb` , health checks are always enabled and can't be di... */
  readonly HealthCheckEnabled?: Value<boolean>;
  /** The approximate amount of time, in seconds, between health checks of an individual target. The range is 5-300. If the target group protocol is TCP, TLS, UDP, TCP_UDP, QUIC, TCP_QUIC, HTTP or HTTPS, the default is 30 seconds. If the targe... */
  readonly HealthCheckIntervalSeconds?: Value<number>;
  /** [HTTP/HTTPS health checks] The destination for health checks on the targets. */
  readonly HealthCheckPath?: Value<string>;
  /** The port the load balancer uses when performing health checks on targets. If the protocol is HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP, QUIC, or TCP_QUIC the default is `traffic-port` , which is the port on which each target receives traffic f... */
  readonly HealthCheckPort?: Value<string>;
  /** The protocol the load balancer uses when performing health checks on targets. For Application Load Balancers, the default is HTTP. For Network Load Balancers and Gateway Load Balancers, the default is TCP. The TCP protocol is not support... */
  readonly HealthCheckProtocol?: Value<string>;
  /** The amount of time, in seconds, during which no response from a target means a failed health check. The range is 2–120 seconds. For target groups with a protocol of HTTP, the default is 6 seconds. For target groups with a protocol of TCP... */
  readonly HealthCheckTimeoutSeconds?: Value<number>;
  /** The number of consecutive health check successes required before considering a target healthy. The range is 2-10. If the target group protocol is TCP, TCP_UDP, UDP, TLS, HTTP or HTTPS, the default is 5. For target groups with a protocol... */
  readonly HealthyThresholdCount?: Value<number>;
  /** The IP address type. The default value is `ipv4` . */
  readonly IpAddressType?: Value<string>;
  /** [HTTP/HTTPS health checks] The HTTP or gRPC codes to use when checking for a successful response from a target. For target groups with a protocol of TCP, TCP_UDP, UDP, QUIC, TCP_QUIC, or TLS the range is 200-599. For target groups with a... */
  readonly Matcher?: Value<TargetGroup_Matcher>;
  /** The name of the target group. */
  readonly Name?: Value<string>;
  /** The port on which the targets receive traffic. This port is used unless you specify a port override when registering the target. If the target is a Lambda function, this parameter does not apply. If the protocol is GENEVE, the supported... */
  readonly Port?: Value<number>;
  /** The protocol to use for routing traffic to the targets. For Application Load Balancers, the supported protocols are HTTP and HTTPS. For Network Load Balancers, the supported protocols are TCP, TLS, UDP, TCP_UDP, QUIC, or TCP_QUIC. For Ga... */
  readonly Protocol?: Value<string>;
  /** [HTTP/HTTPS protocol] The protocol version. The possible values are `GRPC` , `HTTP1` , and `HTTP2` . */
  readonly ProtocolVersion?: Value<string>;
  /** The tags. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The port on which the target control agent and application load balancer exchange management traffic for the target optimizer feature. */
  readonly TargetControlPort?: Value<number>;
  /** The target group attributes. Attributes that you do not modify retain their current values. */
  readonly TargetGroupAttributes?: ListOf<Value<TargetGroup_TargetGroupAttribute>>;
  /** The targets. */
  readonly Targets?: ListOf<Value<TargetGroup_TargetDescription>>;
  /** The type of target that you must specify when registering targets with this target group. You can't specify targets for a target group using more than one target type. */
  readonly TargetType?: Value<string>;
  /** The number of consecutive health check failures required before considering a target unhealthy. The range is 2-10. If the target group protocol is TCP, TCP_UDP, UDP, TLS, QUIC, TCP_QUIC, HTTP or HTTPS, the default is 2. For target groups... */
  readonly UnhealthyThresholdCount?: Value<number>;
  /** The identifier of the virtual private cloud (VPC). If the target is a Lambda function, this parameter does not apply. Otherwise, this parameter is required. */
  readonly VpcId?: Value<string>;
}

export interface TargetGroup_Matcher {
  /** You can specify values between 0 and 99. You can specify multiple values (for example, "0,1") or a range of values (for example, "0-5"). The default value is 12. */
  readonly GrpcCode?: Value<string>;
  /** For Application Load Balancers, you can specify values between 200 and 499, with the default value being 200. You can specify multiple values (for example, "200,202") or a range of values (for example, "200-299"). */
  readonly HttpCode?: Value<string>;
}

export interface TargetGroup_TargetDescription {
  /** An Availability Zone or `all` . This determines whether the target receives traffic from the load balancer nodes in the specified Availability Zone or from all enabled Availability Zones for the load balancer. */
  readonly AvailabilityZone?: Value<string>;
  /** The ID of the target. If the target type of the target group is `instance` , specify an instance ID. If the target type is `ip` , specify an IP address. If the target type is `lambda` , specify the ARN of the Lambda function. If the targ... */
  readonly Id: Value<string>;
  /** The port on which the target is listening. If the target group protocol is GENEVE, the supported port is 6081. If the target type is `alb` , the targeted Application Load Balancer must have at least one listener whose port matches the ta... */
  readonly Port?: Value<number>;
  /** The server ID for the targets. This value is required if the protocol is `QUIC` or `TCP_QUIC` and can't be used with other protocols. */
  readonly QuicServerId?: Value<string>;
}

export interface TargetGroup_TargetGroupAttribute {
  /** The name of the attribute. */
  readonly Key?: Value<string>;
  /** The value of the attribute. */
  readonly Value?: Value<string>;
}

/** Creates a trust store. You must specify `CaCertificatesBundleS3Bucket` and `CaCertificatesBundleS3Key` . When you create a trust store, you must specify `Name` . */
export interface TrustStoreProps {
  /** The Amazon S3 bucket for the ca certificates bundle. */
  readonly CaCertificatesBundleS3Bucket?: Value<string>;
  /** The Amazon S3 path for the ca certificates bundle. */
  readonly CaCertificatesBundleS3Key?: Value<string>;
  /** The Amazon S3 object version for the ca certificates bundle. If undefined the current version is used. */
  readonly CaCertificatesBundleS3ObjectVersion?: Value<string>;
  /** The name of the trust store. */
  readonly Name?: Value<string>;
  /** The tags to assign to the trust store. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Adds the specified revocation contents to the specified trust store. You must specify `TrustStoreArn` . */
export interface TrustStoreRevocationProps {
  /** The revocation file to add. */
  readonly RevocationContents?: ListOf<Value<TrustStoreRevocation_RevocationContent>>;
  /** The Amazon Resource Name (ARN) of the trust store. */
  readonly TrustStoreArn?: Value<string>;
}

export interface TrustStoreRevocation_RevocationContent {
  /** The type of revocation file. */
  readonly RevocationType?: Value<string>;
  /** The Amazon S3 bucket for the revocation file. */
  readonly S3Bucket?: Value<string>;
  /** The Amazon S3 path for the revocation file. */
  readonly S3Key?: Value<string>;
  /** The Amazon S3 object version of the revocation file. */
  readonly S3ObjectVersion?: Value<string>;
}

export interface TrustStoreRevocation_TrustStoreRevocation {
  /** The number of revoked certificates. */
  readonly NumberOfRevokedEntries?: Value<number>;
  /** The revocation ID of the revocation file. */
  readonly RevocationId?: Value<string>;
  /** The type of revocation file. */
  readonly RevocationType?: Value<string>;
  /** The Amazon Resource Name (ARN) of the trust store. */
  readonly TrustStoreArn?: Value<string>;
}
