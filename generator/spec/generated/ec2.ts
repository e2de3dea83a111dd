// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::EC2::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, Json, Tag } from '../values.js';

/** An application status check monitors an HTTP or HTTPS endpoint on Amazon EC2 instances and reports application-layer health. Configure a health check with a Protocol, Port, and Path, and then associate it with EC2 instances via AWS::EC2:... */
export interface ApplicationStatusCheckProps {
  /** Whether this check is included in the rolled-up application status. */
  readonly Aggregation?: Value<string>;
  /** The network interface device index used for the health check. */
  readonly DeviceIndex?: Value<number>;
  /** The number of consecutive failed probes required to mark the instance unhealthy. */
  readonly FailureThreshold?: Value<number>;
  /** The source/destination network paths used for the health check. */
  readonly HealthCheckPaths?: ListOf<Value<ApplicationStatusCheck_HealthCheckPath>>;
  /** Seconds to wait after instance launch before beginning health checks. */
  readonly InitializationGracePeriodSeconds?: Value<number>;
  /** The interval, in seconds, between health check probes. */
  readonly Interval?: Value<number>;
  /** The IP scope used for the health check. */
  readonly IpScope?: Value<string>;
  /** The IP version used for the health check. */
  readonly IpVersion?: Value<string>;
  /** The HTTP path used for the health check. */
  readonly Path?: Value<string>;
  /** The port used for the health check. */
  readonly Port: Value<number>;
  /** The network protocol used for the health check. */
  readonly Protocol: Value<string>;
  /** The HTTP status codes considered successful (e.g., "200-299"). */
  readonly StatusCodeMatcher?: Value<string>;
  /** The number of consecutive successful probes required to mark the instance healthy. */
  readonly SuccessThreshold?: Value<number>;
  /** Tags to apply to the application status check. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The timeout, in seconds, for each health check probe. */
  readonly Timeout?: Value<number>;
}

export interface ApplicationStatusCheck_HealthCheckPath {
  readonly Destinations?: ListOf<Value<ApplicationStatusCheck_HealthCheckPathDestination>>;
  readonly Source?: Value<ApplicationStatusCheck_HealthCheckPathSource>;
}

export interface ApplicationStatusCheck_HealthCheckPathDestination {
  readonly SecurityGroupId?: Value<string>;
  readonly SubnetId?: Value<string>;
}

export interface ApplicationStatusCheck_HealthCheckPathSource {
  readonly SecurityGroupId?: Value<string>;
  readonly SubnetId?: Value<string>;
}

/** Creates a new data export configuration for EC2 Capacity Manager. This allows you to automatically export capacity usage data to an S3 bucket on a scheduled basis. The exported data includes metrics for On-Demand, Spot, and Capacity Rese... */
export interface CapacityManagerDataExportProps {
  /** The file format of the exported data. */
  readonly OutputFormat: Value<string>;
  /** The name of the S3 bucket where export files are delivered. */
  readonly S3BucketName: Value<string>;
  /** The S3 key prefix used for organizing export files within the bucket. */
  readonly S3BucketPrefix?: Value<string>;
  /** The frequency at which data exports are generated. */
  readonly Schedule: Value<string>;
  /** The tags associated with the data export configuration. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Creates a new Capacity Reservation with the specified attributes. For more information, see [Capacity Reservations](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-capacity-reservations.html) in the *Amazon EC2 User Guide* . */
export interface CapacityReservationProps {
  /** The Availability Zone in which to create the Capacity Reservation. */
  readonly AvailabilityZone?: Value<string>;
  /** The ID of the Availability Zone in which the capacity is reserved. */
  readonly AvailabilityZoneId?: Value<string>;
  /** Indicates whether the Capacity Reservation supports EBS-optimized instances. This optimization provides dedicated throughput to Amazon EBS and an optimized configuration stack to provide optimal I/O performance. This optimization isn't a... */
  readonly EbsOptimized?: Value<boolean>;
  /** The date and time at which the Capacity Reservation expires. When a Capacity Reservation expires, the reserved capacity is released and you can no longer launch instances into it. The Capacity Reservation's state changes to `expired` whe... */
  readonly EndDate?: Value<string>;
  /** Indicates the way in which the Capacity Reservation ends. A Capacity Reservation can have one of the following end types: */
  readonly EndDateType?: Value<string>;
  /** *Deprecated.* */
  readonly EphemeralStorage?: Value<boolean>;
  /** The number of instances for which to reserve capacity. */
  readonly InstanceCount: Value<number>;
  /** Indicates the type of instance launches that the Capacity Reservation accepts. The options include: */
  readonly InstanceMatchCriteria?: Value<string>;
  /** The type of operating system for which to reserve capacity. */
  readonly InstancePlatform: Value<string>;
  /** The instance type for which to reserve capacity. */
  readonly InstanceType: Value<string>;
  /** > Not supported for future-dated Capacity Reservations. */
  readonly OutPostArn?: Value<string>;
  /** > Not supported for future-dated Capacity Reservations. */
  readonly PlacementGroupArn?: Value<string>;
  /** The tags to apply to the Capacity Reservation during launch. */
  readonly TagSpecifications?: ListOf<Value<CapacityReservation_TagSpecification>>;
  /** Indicates the tenancy of the Capacity Reservation. A Capacity Reservation can have one of the following tenancy settings: */
  readonly Tenancy?: Value<string>;
  /** The ID of the AWS account to which to assign billing of the unused capacity of the Capacity Reservation. A request will be sent to the specified account. That account must accept the request for the billing to be assigned to their accoun... */
  readonly UnusedReservationBillingOwnerId?: Value<string>;
}

export interface CapacityReservation_CapacityAllocation {
  /** The usage type. `used` indicates that the instance capacity is in use by instances that are running in the Capacity Reservation. */
  readonly AllocationType?: Value<string>;
  /** The amount of instance capacity associated with the usage. For example a value of `4` indicates that instance capacity for 4 instances is currently in use. */
  readonly Count?: Value<number>;
}

export interface CapacityReservation_CommitmentInfo {
  /** The date and time at which the commitment duration expires, in the ISO8601 format in the UTC time zone ( `YYYY-MM-DDThh:mm:ss.sssZ` ). You can't decrease the instance count or cancel the Capacity Reservation before this date and time. */
  readonly CommitmentEndDate?: Value<string>;
  /** The instance capacity that you committed to when you requested the future-dated Capacity Reservation. */
  readonly CommittedInstanceCount?: Value<number>;
}

export interface CapacityReservation_TagSpecification {
  /** The type of resource to tag. Specify `capacity-reservation` . */
  readonly ResourceType?: Value<string>;
  /** The tags to apply to the resource. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Creates a new Capacity Reservation Fleet with the specified attributes. For more information, see [Capacity Reservation Fleets](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/cr-fleets.html) in the *Amazon EC2 User Guide* . */
export interface CapacityReservationFleetProps {
  /** The strategy used by the Capacity Reservation Fleet to determine which of the specified instance types to use. Currently, only the `prioritized` allocation strategy is supported. For more information, see [Allocation strategy](https://do... */
  readonly AllocationStrategy?: Value<string>;
  /** The date and time at which the Capacity Reservation Fleet expires. When the Capacity Reservation Fleet expires, its state changes to `expired` and all of the Capacity Reservations in the Fleet expire. */
  readonly EndDate?: Value<string>;
  /** Indicates the type of instance launches that the Capacity Reservation Fleet accepts. All Capacity Reservations in the Fleet inherit this instance matching criteria. */
  readonly InstanceMatchCriteria?: Value<string>;
  /** Information about the instance types for which to reserve the capacity. */
  readonly InstanceTypeSpecifications?: ListOf<Value<CapacityReservationFleet_InstanceTypeSpecification>>;
  /** Used to add an end date to a Capacity Reservation Fleet that has no end date and time. To add an end date to a Capacity Reservation Fleet, specify `true` for this paramater and specify the end date and time (in UTC time format) for the *... */
  readonly NoRemoveEndDate?: Value<boolean>;
  /** Used to remove an end date from a Capacity Reservation Fleet that is configured to end automatically at a specific date and time. To remove the end date from a Capacity Reservation Fleet, specify `true` for this paramater and omit the *E... */
  readonly RemoveEndDate?: Value<boolean>;
  /** The tags to assign to the Capacity Reservation Fleet. The tags are automatically assigned to the Capacity Reservations in the Fleet. */
  readonly TagSpecifications?: ListOf<Value<CapacityReservationFleet_TagSpecification>>;
  /** Indicates the tenancy of the Capacity Reservation Fleet. All Capacity Reservations in the Fleet inherit this tenancy. The Capacity Reservation Fleet can have one of the following tenancy settings: */
  readonly Tenancy?: Value<string>;
  /** The total number of capacity units to be reserved by the Capacity Reservation Fleet. This value, together with the instance type weights that you assign to each instance type used by the Fleet determine the number of instances for which... */
  readonly TotalTargetCapacity?: Value<number>;
}

export interface CapacityReservationFleet_InstanceTypeSpecification {
  /** The Availability Zone in which the Capacity Reservation Fleet reserves the capacity. A Capacity Reservation Fleet can't span Availability Zones. All instance type specifications that you specify for the Fleet must use the same Availabili... */
  readonly AvailabilityZone?: Value<string>;
  /** The ID of the Availability Zone in which the Capacity Reservation Fleet reserves the capacity. A Capacity Reservation Fleet can't span Availability Zones. All instance type specifications that you specify for the Fleet must use the same... */
  readonly AvailabilityZoneId?: Value<string>;
  /** Indicates whether the Capacity Reservation Fleet supports EBS-optimized instances types. This optimization provides dedicated throughput to Amazon EBS and an optimized configuration stack to provide optimal I/O performance. This optimiza... */
  readonly EbsOptimized?: Value<boolean>;
  /** The type of operating system for which the Capacity Reservation Fleet reserves capacity. */
  readonly InstancePlatform?: Value<string>;
  /** The instance type for which the Capacity Reservation Fleet reserves capacity. */
  readonly InstanceType?: Value<string>;
  /** The priority to assign to the instance type. This value is used to determine which of the instance types specified for the Fleet should be prioritized for use. A lower value indicates a high priority. For more information, see [Instance... */
  readonly Priority?: Value<number>;
  /** The number of capacity units provided by the specified instance type. This value, together with the total target capacity that you specify for the Fleet determine the number of instances for which the Fleet reserves capacity. Both values... */
  readonly Weight?: Value<number>;
}

export interface CapacityReservationFleet_TagSpecification {
  /** The type of resource to tag on creation. Specify `capacity-reservation-fleet` . */
  readonly ResourceType?: Value<string>;
  /** The tags to apply to the resource. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Creates a carrier gateway. For more information about carrier gateways, see [Carrier gateways](https://docs.aws.amazon.com/wavelength/latest/developerguide/how-wavelengths-work.html#wavelength-carrier-gateway) in the *AWS Wavelength Deve... */
export interface CarrierGatewayProps {
  /** The tags assigned to the carrier gateway. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the VPC associated with the carrier gateway. */
  readonly VpcId: Value<string>;
}

/** Specifies an ingress authorization rule to add to a Client VPN endpoint. Ingress authorization rules act as firewall rules that grant access to networks. You must configure ingress authorization rules to enable clients to access resource... */
export interface ClientVpnAuthorizationRuleProps {
  /** The ID of the group to grant access to, for example, the Active Directory group or identity provider (IdP) group. Required if `AuthorizeAllGroups` is `false` or not specified. */
  readonly AccessGroupId?: Value<string>;
  /** Indicates whether to grant access to all clients. Specify `true` to grant all clients who successfully establish a VPN connection access to the network. Must be set to `true` if `AccessGroupId` is not specified. */
  readonly AuthorizeAllGroups?: Value<boolean>;
  /** The ID of the Client VPN endpoint. */
  readonly ClientVpnEndpointId: Value<string>;
  /** A brief description of the authorization rule. */
  readonly Description?: Value<string>;
  /** The IPv4 address range, in CIDR notation, of the network for which access is being authorized. */
  readonly TargetNetworkCidr: Value<string>;
}

/** Specifies a Client VPN endpoint. A Client VPN endpoint is the resource you create and configure to enable and manage client VPN sessions. It is the destination endpoint at which all client VPN sessions are terminated. */
export interface ClientVpnEndpointProps {
  /** Information about the authentication method to be used to authenticate clients. */
  readonly AuthenticationOptions: ListOf<Value<ClientVpnEndpoint_ClientAuthenticationRequest>>;
  /** The IPv4 address range, in CIDR notation, from which to assign client IP addresses. The address range cannot overlap with the local CIDR of the VPC in which the associated subnet is located, or the routes that you add manually. The addre... */
  readonly ClientCidrBlock?: Value<string>;
  /** The options for managing connection authorization for new client connections. */
  readonly ClientConnectOptions?: Value<ClientVpnEndpoint_ClientConnectOptions>;
  /** Options for enabling a customizable text banner that will be displayed on AWS provided clients when a VPN session is established. */
  readonly ClientLoginBannerOptions?: Value<ClientVpnEndpoint_ClientLoginBannerOptions>;
  /** Client route enforcement is a feature of the Client VPN service that helps enforce administrator defined routes on devices connected through the VPN. T his feature helps improve your security posture by ensuring that network traffic orig... */
  readonly ClientRouteEnforcementOptions?: Value<ClientVpnEndpoint_ClientRouteEnforcementOptions>;
  /** Information about the client connection logging options. */
  readonly ConnectionLogOptions: Value<ClientVpnEndpoint_ConnectionLogOptions>;
  /** A brief description of the Client VPN endpoint. */
  readonly Description?: Value<string>;
  /** Indicates whether the client VPN session is disconnected after the maximum `sessionTimeoutHours` is reached. If `true` , users are prompted to reconnect client VPN. If `false` , client VPN attempts to reconnect automatically. The default... */
  readonly DisconnectOnSessionTimeout?: Value<boolean>;
  /** Information about the DNS servers to be used for DNS resolution. A Client VPN endpoint can have up to two DNS servers. If no DNS server is specified, the DNS address configured on the device is used for the DNS server. */
  readonly DnsServers?: ListOf<Value<string>>;
  /** The IP address type of the Client VPN endpoint. Possible values are `ipv4` for IPv4 addressing only, `ipv6` for IPv6 addressing only, or `dual-stack` for both IPv4 and IPv6 addressing. */
  readonly EndpointIpAddressType?: Value<string>;
  /** The IDs of one or more security groups to apply to the target network. You must also specify the ID of the VPC that contains the security groups. */
  readonly SecurityGroupIds?: ListOf<Value<string>>;
  /** Specify whether to enable the self-service portal for the Client VPN endpoint. */
  readonly SelfServicePortal?: Value<string>;
  /** The ARN of the server certificate. For more information, see the [Certificate Manager User Guide](https://docs.aws.amazon.com/acm/latest/userguide/) . */
  readonly ServerCertificateArn: Value<string>;
  /** The maximum VPN session duration time in hours. */
  readonly SessionTimeoutHours?: Value<number>;
  /** Indicates whether split-tunnel is enabled on the AWS Client VPN endpoint. */
  readonly SplitTunnel?: Value<boolean>;
  /** The tags to apply to the Client VPN endpoint during creation. */
  readonly TagSpecifications?: ListOf<Value<ClientVpnEndpoint_TagSpecification>>;
  /** The IP address type of the Client VPN endpoint. Possible values are either `ipv4` for IPv4 addressing only, `ipv6` for IPv6 addressing only, or `dual-stack` for both IPv4 and IPv6 addressing. */
  readonly TrafficIpAddressType?: Value<string>;
  readonly TransitGatewayConfiguration?: Value<ClientVpnEndpoint_TransitGatewayConfiguration>;
  /** The transport protocol to be used by the VPN session. */
  readonly TransportProtocol?: Value<string>;
  /** The ID of the VPC to associate with the Client VPN endpoint. If no security group IDs are specified in the request, the default security group for the VPC is applied. */
  readonly VpcId?: Value<string>;
  /** The port number to assign to the Client VPN endpoint for TCP and UDP traffic. */
  readonly VpnPort?: Value<number>;
}

export interface ClientVpnEndpoint_CertificateAuthenticationRequest {
  /** The ARN of the client certificate. The certificate must be signed by a certificate authority (CA) and it must be provisioned in Certificate Manager (ACM). */
  readonly ClientRootCertificateChainArn: Value<string>;
}

export interface ClientVpnEndpoint_ClientAuthenticationRequest {
  /** Information about the Active Directory to be used, if applicable. You must provide this information if *Type* is `directory-service-authentication` . */
  readonly ActiveDirectory?: Value<ClientVpnEndpoint_DirectoryServiceAuthenticationRequest>;
  /** Information about the IAM SAML identity provider, if applicable. */
  readonly FederatedAuthentication?: Value<ClientVpnEndpoint_FederatedAuthenticationRequest>;
  /** Information about the authentication certificates to be used, if applicable. You must provide this information if *Type* is `certificate-authentication` . */
  readonly MutualAuthentication?: Value<ClientVpnEndpoint_CertificateAuthenticationRequest>;
  /** The type of client authentication to be used. */
  readonly Type: Value<string>;
}

export interface ClientVpnEndpoint_ClientConnectOptions {
  /** Indicates whether client connect options are enabled. The default is `false` (not enabled). */
  readonly Enabled: Value<boolean>;
  /** The Amazon Resource Name (ARN) of the AWS Lambda function used for connection authorization. */
  readonly LambdaFunctionArn?: Value<string>;
}

export interface ClientVpnEndpoint_ClientLoginBannerOptions {
  /** Customizable text that will be displayed in a banner on AWS provided clients when a VPN session is established. UTF-8 encoded characters only. Maximum of 1400 characters. */
  readonly BannerText?: Value<string>;
  /** Enable or disable a customizable text banner that will be displayed on AWS provided clients when a VPN session is established. */
  readonly Enabled: Value<boolean>;
}

export interface ClientVpnEndpoint_ClientRouteEnforcementOptions {
  /** Enable or disable Client Route Enforcement. The state can either be `true` (enabled) or `false` (disabled). The default is `false` . */
  readonly Enforced?: Value<boolean>;
}

export interface ClientVpnEndpoint_ConnectionLogOptions {
  /** The name of the CloudWatch Logs log group. Required if connection logging is enabled. */
  readonly CloudwatchLogGroup?: Value<string>;
  /** The name of the CloudWatch Logs log stream to which the connection data is published. */
  readonly CloudwatchLogStream?: Value<string>;
  /** Indicates whether connection logging is enabled. */
  readonly Enabled: Value<boolean>;
}

export interface ClientVpnEndpoint_DirectoryServiceAuthenticationRequest {
  /** The ID of the Active Directory to be used for authentication. */
  readonly DirectoryId: Value<string>;
}

export interface ClientVpnEndpoint_FederatedAuthenticationRequest {
  /** The Amazon Resource Name (ARN) of the IAM SAML identity provider. */
  readonly SAMLProviderArn: Value<string>;
  /** The Amazon Resource Name (ARN) of the IAM SAML identity provider for the self-service portal. */
  readonly SelfServiceSAMLProviderArn?: Value<string>;
}

export interface ClientVpnEndpoint_TagSpecification {
  /** The type of resource to tag. To tag a Client VPN endpoint, `ResourceType` must be `client-vpn-endpoint` . */
  readonly ResourceType: Value<string>;
  /** The tags to apply to the resource. */
  readonly Tags: ListOf<Value<Tag>>;
}

export interface ClientVpnEndpoint_TransitGatewayConfiguration {
  readonly AvailabilityZoneIds?: ListOf<Value<string>>;
  readonly AvailabilityZones?: ListOf<Value<string>>;
  readonly TransitGatewayId: Value<string>;
}

/** Specifies a network route to add to a Client VPN endpoint. Each Client VPN endpoint has a route table that describes the available destination network routes. Each route in the route table specifies the path for traffic to specific resou... */
export interface ClientVpnRouteProps {
  /** The ID of the Client VPN endpoint to which to add the route. */
  readonly ClientVpnEndpointId: Value<string>;
  /** A brief description of the route. */
  readonly Description?: Value<string>;
  /** The IPv4 address range, in CIDR notation, of the route destination. For example: */
  readonly DestinationCidrBlock: Value<string>;
  /** The ID of the subnet through which you want to route traffic. The specified subnet must be an existing target network of the Client VPN endpoint. */
  readonly TargetVpcSubnetId?: Value<string>;
}

/** Specifies a target network to associate with a Client VPN endpoint. A target network is a subnet in a VPC. You can associate multiple subnets from the same VPC with a Client VPN endpoint. You can associate only one subnet in each Availab... */
export interface ClientVpnTargetNetworkAssociationProps {
  readonly AvailabilityZone?: Value<string>;
  readonly AvailabilityZoneId?: Value<string>;
  /** The ID of the Client VPN endpoint. */
  readonly ClientVpnEndpointId: Value<string>;
  /** The ID of the subnet to associate with the Client VPN endpoint. */
  readonly SubnetId?: Value<string>;
}

/** Specifies a customer gateway. */
export interface CustomerGatewayProps {
  /** For customer gateway devices that support BGP, specify the device's ASN. You must specify either `BgpAsn` or `BgpAsnExtended` when creating the customer gateway. If the ASN is larger than `2,147,483,647` , you must use `BgpAsnExtended` . */
  readonly BgpAsn?: Value<number>;
  /** For customer gateway devices that support BGP, specify the device's ASN. You must specify either `BgpAsn` or `BgpAsnExtended` when creating the customer gateway. If the ASN is larger than `2,147,483,647` , you must use `BgpAsnExtended` . */
  readonly BgpAsnExtended?: Value<number>;
  /** The Amazon Resource Name (ARN) for the customer gateway certificate. */
  readonly CertificateArn?: Value<string>;
  /** The name of customer gateway device. */
  readonly DeviceName?: Value<string>;
  /** The IP address for the customer gateway device's outside interface. The address must be static. If `OutsideIpAddressType` in your VPN connection options is set to `PrivateIpv4` , you can use an RFC6598 or RFC1918 private IPv4 address. If... */
  readonly IpAddress: Value<string>;
  /** One or more tags for the customer gateway. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The type of VPN connection that this customer gateway supports ( `ipsec.1` ). */
  readonly Type: Value<string>;
}

/** Specifies a set of DHCP options for your VPC. */
export interface DHCPOptionsProps {
  /** This value is used to complete unqualified DNS hostnames. If you're using AmazonProvidedDNS in `us-east-1` , specify `ec2.internal` . If you're using AmazonProvidedDNS in another Region, specify *region* . `compute.internal` (for example... */
  readonly DomainName?: Value<string>;
  /** The IPv4 addresses of up to four domain name servers, or `AmazonProvidedDNS` . The default is `AmazonProvidedDNS` . To have your instance receive a custom DNS hostname as specified in `DomainName` , you must set this property to a custom... */
  readonly DomainNameServers?: ListOf<Value<string>>;
  /** A value (in seconds, minutes, hours, or years) for how frequently a running instance with an IPv6 assigned to it goes through DHCPv6 lease renewal. Acceptable values are between 140 and 2147483647 seconds (approximately 68 years). If no... */
  readonly Ipv6AddressPreferredLeaseTime?: Value<number>;
  /** The IPv4 addresses of up to four NetBIOS name servers. */
  readonly NetbiosNameServers?: ListOf<Value<string>>;
  /** The NetBIOS node type (1, 2, 4, or 8). We recommend that you specify 2 (broadcast and multicast are not currently supported). */
  readonly NetbiosNodeType?: Value<number>;
  /** The IPv4 addresses of up to four Network Time Protocol (NTP) servers. */
  readonly NtpServers?: ListOf<Value<string>>;
  /** Any tags assigned to the DHCP options set. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Specifies the configuration information to launch a fleet--or group--of instances. An EC2 Fleet can launch multiple instance types across multiple Availability Zones, using the On-Demand Instance, Reserved Instance, and Spot Instance pur... */
export interface EC2FleetProps {
  /** Reserved. */
  readonly Context?: Value<string>;
  /** Indicates whether running instances should be terminated if the total target capacity of the EC2 Fleet is decreased below the current size of the EC2 Fleet. */
  readonly ExcessCapacityTerminationPolicy?: Value<string>;
  /** The configuration for the EC2 Fleet. */
  readonly LaunchTemplateConfigs: ListOf<Value<EC2Fleet_FleetLaunchTemplateConfigRequest>>;
  /** Describes the configuration of On-Demand Instances in an EC2 Fleet. */
  readonly OnDemandOptions?: Value<EC2Fleet_OnDemandOptionsRequest>;
  /** Indicates whether EC2 Fleet should replace unhealthy Spot Instances. Supported only for fleets of type `maintain` . For more information, see [EC2 Fleet health checks](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-ec2-fleet.... */
  readonly ReplaceUnhealthyInstances?: Value<boolean>;
  readonly ReservedCapacityOptions?: Value<EC2Fleet_ReservedCapacityOptionsRequest>;
  /** Describes the configuration of Spot Instances in an EC2 Fleet. */
  readonly SpotOptions?: Value<EC2Fleet_SpotOptionsRequest>;
  /** The key-value pair for tagging the EC2 Fleet request on creation. For more information, see [Tag your resources](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html#tag-resources) . */
  readonly TagSpecifications?: ListOf<Value<EC2Fleet_TagSpecification>>;
  /** The number of units to request. */
  readonly TargetCapacitySpecification: Value<EC2Fleet_TargetCapacitySpecificationRequest>;
  /** Indicates whether running instances should be terminated when the EC2 Fleet expires. */
  readonly TerminateInstancesWithExpiration?: Value<boolean>;
  /** The fleet type. The default value is `maintain` . */
  readonly Type?: Value<string>;
  /** The start date and time of the request, in UTC format (for example, *YYYY* - *MM* - *DD* T *HH* : *MM* : *SS* Z). The default is to start fulfilling the request immediately. */
  readonly ValidFrom?: Value<string>;
  /** The end date and time of the request, in UTC format (for example, *YYYY* - *MM* - *DD* T *HH* : *MM* : *SS* Z). At this point, no new EC2 Fleet requests are placed or able to fulfill the request. If no value is specified, the request rem... */
  readonly ValidUntil?: Value<string>;
}

export interface EC2Fleet_AcceleratorCountRequest {
  /** The maximum number of accelerators. To specify no maximum limit, omit this parameter. To exclude accelerator-enabled instance types, set `Max` to `0` . */
  readonly Max?: Value<number>;
  /** The minimum number of accelerators. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface EC2Fleet_AcceleratorTotalMemoryMiBRequest {
  /** The maximum amount of accelerator memory, in MiB. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum amount of accelerator memory, in MiB. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface EC2Fleet_BaselineEbsBandwidthMbpsRequest {
  /** The maximum baseline bandwidth, in Mbps. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum baseline bandwidth, in Mbps. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface EC2Fleet_BaselinePerformanceFactorsRequest {
  /** The CPU performance to consider, using an instance family as the baseline reference. */
  readonly Cpu?: Value<EC2Fleet_CpuPerformanceFactorRequest>;
}

export interface EC2Fleet_BlockDeviceMapping {
  /** The device name. For available device names, see [Device names for volumes](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/device_naming.html) . */
  readonly DeviceName?: Value<string>;
  /** Parameters used to automatically set up EBS volumes when the instance is launched. */
  readonly Ebs?: Value<EC2Fleet_EbsBlockDevice>;
  /** To omit the device from the block device mapping, specify an empty string. When this property is specified, the device is removed from the block device mapping regardless of the assigned value. */
  readonly NoDevice?: Value<string>;
  /** The virtual device name ( `ephemeral` N). Instance store volumes are numbered starting from 0. An instance type with 2 available instance store volumes can specify mappings for `ephemeral0` and `ephemeral1` . The number of available inst... */
  readonly VirtualName?: Value<string>;
}

export interface EC2Fleet_CapacityRebalance {
  /** The replacement strategy to use. Only available for fleets of type `maintain` . */
  readonly ReplacementStrategy?: Value<string>;
  /** The amount of time (in seconds) that Amazon EC2 waits before terminating the old Spot Instance after launching a new replacement Spot Instance. */
  readonly TerminationDelay?: Value<number>;
}

export interface EC2Fleet_CapacityReservationOptionsRequest {
  /** Indicates whether to use unused Capacity Reservations for fulfilling On-Demand capacity. */
  readonly UsageStrategy?: Value<string>;
}

export interface EC2Fleet_CapacityReservationTargetRequest {
  readonly CapacityReservationIds?: ListOf<Value<string>>;
  readonly CapacityReservationResourceGroupArns?: ListOf<Value<string>>;
}

export interface EC2Fleet_CpuPerformanceFactorRequest {
  /** Specify an instance family to use as the baseline reference for CPU performance. All instance types that match your specified attributes will be compared against the CPU performance of the referenced instance family, regardless of CPU ma... */
  readonly References?: ListOf<Value<EC2Fleet_PerformanceFactorReferenceRequest>>;
}

export interface EC2Fleet_EbsBlockDevice {
  /** Indicates whether the EBS volume is deleted on instance termination. For more information, see [Preserving Amazon EBS volumes on instance termination](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html#preserv... */
  readonly DeleteOnTermination?: Value<boolean>;
  /** Indicates whether the encryption state of an EBS volume is changed while being restored from a backing snapshot. The effect of setting the encryption state to `true` depends on the volume origin (new or from a snapshot), starting encrypt... */
  readonly Encrypted?: Value<boolean>;
  /** The number of I/O operations per second (IOPS). For `gp3` , `io1` , and `io2` volumes, this represents the number of IOPS that are provisioned for the volume. For `gp2` volumes, this represents the baseline performance of the volume and... */
  readonly Iops?: Value<number>;
  /** Identifier (key ID, key alias, key ARN, or alias ARN) of the customer managed KMS key to use for EBS encryption. */
  readonly KmsKeyId?: Value<string>;
  readonly MultiAvailabilityZoneConfiguration?: Value<EC2Fleet_MultiAvailabilityZoneConfiguration>;
  /** The ID of the snapshot. */
  readonly SnapshotId?: Value<string>;
  /** The size of the volume, in GiBs. You must specify either a snapshot ID or a volume size. If you specify a snapshot, the default is the snapshot size. You can specify a volume size that is equal to or larger than the snapshot size. */
  readonly VolumeSize?: Value<number>;
  /** The volume type. For more information, see [Amazon EBS volume types](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html) in the *Amazon EBS User Guide* . */
  readonly VolumeType?: Value<string>;
}

export interface EC2Fleet_FleetLaunchTemplateConfigRequest {
  /** The launch template to use. You must specify either the launch template ID or launch template name in the request. */
  readonly LaunchTemplateSpecification?: Value<EC2Fleet_FleetLaunchTemplateSpecificationRequest>;
  /** Any parameters that you specify override the same parameters in the launch template. */
  readonly Overrides?: ListOf<Value<EC2Fleet_FleetLaunchTemplateOverridesRequest>>;
}

export interface EC2Fleet_FleetLaunchTemplateOverridesRequest {
  /** The Availability Zone in which to launch the instances. For example, `us-east-2a` . */
  readonly AvailabilityZone?: Value<string>;
  /** The ID of the Availability Zone in which to launch the instances. For example, `use2-az1` . */
  readonly AvailabilityZoneId?: Value<string>;
  /** The block device mappings, which define the EBS volumes and instance store volumes to attach to the instance at launch. */
  readonly BlockDeviceMappings?: ListOf<Value<EC2Fleet_BlockDeviceMapping>>;
  readonly IamInstanceProfile?: Value<EC2Fleet_IamInstanceProfileSpecification>;
  /** The attributes for the instance types. When you specify instance attributes, Amazon EC2 will identify instance types with those attributes. */
  readonly InstanceRequirements?: Value<EC2Fleet_InstanceRequirementsRequest>;
  /** The instance type. */
  readonly InstanceType?: Value<string>;
  readonly KeyName?: Value<string>;
  /** The maximum price per unit hour that you are willing to pay for a Spot Instance. We do not recommend using this parameter because it can lead to increased interruptions. If you do not specify this parameter, you will pay the current Spot... */
  readonly MaxPrice?: Value<string>;
  readonly MetadataOptions?: Value<EC2Fleet_InstanceMetadataOptionsRequest>;
  readonly NetworkInterfaces?: ListOf<Value<EC2Fleet_NetworkInterfaceSpecificationRequest>>;
  /** The location where the instance launched, if applicable. */
  readonly Placement?: Value<EC2Fleet_Placement>;
  /** The priority for the launch template override. The highest priority is launched first. */
  readonly Priority?: Value<number>;
  /** The IDs of the subnets in which to launch the instances. Separate multiple subnet IDs using commas (for example, `subnet-1234abcdeexample1, subnet-0987cdef6example2` ). A request of type `instant` can have only one subnet ID. */
  readonly SubnetId?: Value<string>;
  /** The number of units provided by the specified instance type. These are the same units that you chose to set the target capacity in terms of instances, or a performance characteristic such as vCPUs, memory, or I/O. */
  readonly WeightedCapacity?: Value<number>;
}

export interface EC2Fleet_FleetLaunchTemplateSpecificationRequest {
  /** The ID of the launch template. */
  readonly LaunchTemplateId?: Value<string>;
  /** The name of the launch template. */
  readonly LaunchTemplateName?: Value<string>;
  readonly LaunchTemplateSpecificationUserData?: Value<string>;
  /** The launch template version number, `$Latest` , or `$Default` . You must specify a value, otherwise the request fails. */
  readonly Version: Value<string>;
}

export interface EC2Fleet_IamInstanceProfileSpecification {
  readonly Arn?: Value<string>;
  readonly Name?: Value<string>;
}

export interface EC2Fleet_InstanceMetadataOptionsRequest {
  readonly HttpEndpoint?: Value<string>;
  readonly HttpPutResponseHopLimit?: Value<number>;
  readonly HttpTokens?: Value<string>;
}

export interface EC2Fleet_InstanceRequirementsRequest {
  /** The minimum and maximum number of accelerators (GPUs, FPGAs, or AWS Inferentia chips) on an instance. */
  readonly AcceleratorCount?: Value<EC2Fleet_AcceleratorCountRequest>;
  /** Indicates whether instance types must have accelerators by specific manufacturers. */
  readonly AcceleratorManufacturers?: ListOf<Value<string>>;
  /** The accelerators that must be on the instance type. */
  readonly AcceleratorNames?: ListOf<Value<string>>;
  /** The minimum and maximum amount of total accelerator memory, in MiB. */
  readonly AcceleratorTotalMemoryMiB?: Value<EC2Fleet_AcceleratorTotalMemoryMiBRequest>;
  /** The accelerator types that must be on the instance type. */
  readonly AcceleratorTypes?: ListOf<Value<string>>;
  /** The instance types to apply your specified attributes against. All other instance types are ignored, even if they match your specified attributes. */
  readonly AllowedInstanceTypes?: ListOf<Value<string>>;
  /** Indicates whether bare metal instance types must be included, excluded, or required. */
  readonly BareMetal?: Value<string>;
  /** The minimum and maximum baseline bandwidth to Amazon EBS, in Mbps. For more information, see [Amazon EBS–optimized instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html) in the *Amazon EC2 User Guide* . */
  readonly BaselineEbsBandwidthMbps?: Value<EC2Fleet_BaselineEbsBandwidthMbpsRequest>;
  /** The baseline performance to consider, using an instance family as a baseline reference. The instance family establishes the lowest acceptable level of performance. Amazon EC2 uses this baseline to guide instance type selection, but there... */
  readonly BaselinePerformanceFactors?: Value<EC2Fleet_BaselinePerformanceFactorsRequest>;
  /** Indicates whether burstable performance T instance types are included, excluded, or required. For more information, see [Burstable performance instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances... */
  readonly BurstablePerformance?: Value<string>;
  /** The CPU manufacturers to include. */
  readonly CpuManufacturers?: ListOf<Value<string>>;
  /** The instance types to exclude. */
  readonly ExcludedInstanceTypes?: ListOf<Value<string>>;
  /** Indicates whether current or previous generation instance types are included. The current generation instance types are recommended for use. Current generation instance types are typically the latest two to three generations in each inst... */
  readonly InstanceGenerations?: ListOf<Value<string>>;
  /** Indicates whether instance types with instance store volumes are included, excluded, or required. For more information, [Amazon EC2 instance store](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html) in the *Amazon... */
  readonly LocalStorage?: Value<string>;
  /** The type of local storage that is required. */
  readonly LocalStorageTypes?: ListOf<Value<string>>;
  /** [Price protection] The price protection threshold for Spot Instances, as a percentage of an identified On-Demand price. The identified On-Demand price is the price of the lowest priced current generation C, M, or R instance type with you... */
  readonly MaxSpotPriceAsPercentageOfOptimalOnDemandPrice?: Value<number>;
  /** The minimum and maximum amount of memory per vCPU, in GiB. */
  readonly MemoryGiBPerVCpu?: Value<EC2Fleet_MemoryGiBPerVCpuRequest>;
  /** The minimum and maximum amount of memory, in MiB. */
  readonly MemoryMiB?: Value<EC2Fleet_MemoryMiBRequest>;
  /** The minimum and maximum amount of baseline network bandwidth, in gigabits per second (Gbps). For more information, see [Amazon EC2 instance network bandwidth](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-network-bandw... */
  readonly NetworkBandwidthGbps?: Value<EC2Fleet_NetworkBandwidthGbpsRequest>;
  /** The minimum and maximum number of network interfaces. */
  readonly NetworkInterfaceCount?: Value<EC2Fleet_NetworkInterfaceCountRequest>;
  /** [Price protection] The price protection threshold for On-Demand Instances, as a percentage higher than an identified On-Demand price. The identified On-Demand price is the price of the lowest priced current generation C, M, or R instance... */
  readonly OnDemandMaxPricePercentageOverLowestPrice?: Value<number>;
  /** Specifies whether instance types must support encrypting in-transit traffic between instances. For more information, including the supported instance types, see [Encryption in transit](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/... */
  readonly RequireEncryptionInTransit?: Value<boolean>;
  /** Indicates whether instance types must support hibernation for On-Demand Instances. */
  readonly RequireHibernateSupport?: Value<boolean>;
  /** [Price protection] The price protection threshold for Spot Instances, as a percentage higher than an identified Spot price. The identified Spot price is the Spot price of the lowest priced current generation C, M, or R instance type with... */
  readonly SpotMaxPricePercentageOverLowestPrice?: Value<number>;
  /** The minimum and maximum amount of total local storage, in GB. */
  readonly TotalLocalStorageGB?: Value<EC2Fleet_TotalLocalStorageGBRequest>;
  /** The minimum and maximum number of vCPUs. */
  readonly VCpuCount?: Value<EC2Fleet_VCpuCountRangeRequest>;
}

export interface EC2Fleet_Ipv6AddressRequest {
  readonly Ipv6Address?: Value<string>;
}

export interface EC2Fleet_MaintenanceStrategies {
  /** The strategy to use when Amazon EC2 emits a signal that your Spot Instance is at an elevated risk of being interrupted. */
  readonly CapacityRebalance?: Value<EC2Fleet_CapacityRebalance>;
}

export interface EC2Fleet_MemoryGiBPerVCpuRequest {
  /** The maximum amount of memory per vCPU, in GiB. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum amount of memory per vCPU, in GiB. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface EC2Fleet_MemoryMiBRequest {
  /** The maximum amount of memory, in MiB. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum amount of memory, in MiB. To specify no minimum limit, specify `0` . */
  readonly Min?: Value<number>;
}

export interface EC2Fleet_MultiAvailabilityZoneConfiguration {
  readonly ConfigurationType?: Value<string>;
  readonly StandbyAvailabilityZones?: ListOf<Value<EC2Fleet_StandbyAvailabilityZone>>;
}

export interface EC2Fleet_NetworkBandwidthGbpsRequest {
  /** The maximum amount of network bandwidth, in Gbps. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum amount of network bandwidth, in Gbps. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface EC2Fleet_NetworkInterfaceCountRequest {
  /** The maximum number of network interfaces. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum number of network interfaces. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface EC2Fleet_NetworkInterfaceSpecificationRequest {
  readonly AssociatePublicIpAddress?: Value<boolean>;
  readonly DeleteOnTermination?: Value<boolean>;
  readonly Description?: Value<string>;
  readonly DeviceIndex?: Value<number>;
  readonly Groups?: ListOf<Value<string>>;
  readonly InterfaceType?: Value<string>;
  readonly Ipv6AddressCount?: Value<number>;
  readonly Ipv6Addresses?: ListOf<Value<EC2Fleet_Ipv6AddressRequest>>;
  readonly NetworkCardIndex?: Value<number>;
  readonly NetworkInterfaceId?: Value<string>;
  readonly PrivateIpAddress?: Value<string>;
  readonly PrivateIpAddresses?: ListOf<Value<EC2Fleet_PrivateIpAddressSpecificationRequest>>;
  readonly SecondaryPrivateIpAddressCount?: Value<number>;
  readonly SubnetId?: Value<string>;
}

export interface EC2Fleet_OnDemandOptionsRequest {
  /** The strategy that determines the order of the launch template overrides to use in fulfilling On-Demand capacity. */
  readonly AllocationStrategy?: Value<string>;
  /** The strategy for using unused Capacity Reservations for fulfilling On-Demand capacity. */
  readonly CapacityReservationOptions?: Value<EC2Fleet_CapacityReservationOptionsRequest>;
  /** The maximum amount per hour for On-Demand Instances that you're willing to pay. */
  readonly MaxTotalPrice?: Value<string>;
  /** The minimum target capacity for On-Demand Instances in the fleet. If this minimum capacity isn't reached, no instances are launched. */
  readonly MinTargetCapacity?: Value<number>;
  /** Indicates that the fleet launches all On-Demand Instances into a single Availability Zone. */
  readonly SingleAvailabilityZone?: Value<boolean>;
  /** Indicates that the fleet uses a single instance type to launch all On-Demand Instances in the fleet. */
  readonly SingleInstanceType?: Value<boolean>;
}

export interface EC2Fleet_PerformanceFactorReferenceRequest {
  /** The instance family to use as a baseline reference. */
  readonly InstanceFamily?: Value<string>;
}

export interface EC2Fleet_Placement {
  /** The affinity setting for the instance on the Dedicated Host. */
  readonly Affinity?: Value<string>;
  /** The Availability Zone of the instance. */
  readonly AvailabilityZone?: Value<string>;
  /** The name of the placement group that the instance is in. */
  readonly GroupName?: Value<string>;
  /** The ID of the Dedicated Host on which the instance resides. */
  readonly HostId?: Value<string>;
  /** The ARN of the host resource group in which to launch the instances. */
  readonly HostResourceGroupArn?: Value<string>;
  /** The number of the partition that the instance is in. Valid only if the placement group strategy is set to `partition` . */
  readonly PartitionNumber?: Value<number>;
  /** Reserved for future use. */
  readonly SpreadDomain?: Value<string>;
  /** The tenancy of the instance. An instance with a tenancy of `dedicated` runs on single-tenant hardware. */
  readonly Tenancy?: Value<string>;
}

export interface EC2Fleet_PrivateIpAddressSpecificationRequest {
  readonly Primary?: Value<boolean>;
  readonly PrivateIpAddress?: Value<string>;
}

export interface EC2Fleet_ReservedCapacityFallbackOptionsRequest {
  readonly MarketTypes?: ListOf<Value<string>>;
}

export interface EC2Fleet_ReservedCapacityOptionsRequest {
  readonly AllocationStrategy?: Value<string>;
  readonly CapacityReservationTarget?: Value<EC2Fleet_CapacityReservationTargetRequest>;
  readonly ReservationTypes?: ListOf<Value<string>>;
  readonly ReservedCapacityFallbackOptions?: Value<EC2Fleet_ReservedCapacityFallbackOptionsRequest>;
}

export interface EC2Fleet_SpotOptionsRequest {
  /** Indicates how to allocate the target Spot Instance capacity across the Spot Instance pools specified by the EC2 Fleet. */
  readonly AllocationStrategy?: Value<string>;
  /** The behavior when a Spot Instance is interrupted. */
  readonly InstanceInterruptionBehavior?: Value<string>;
  /** The number of Spot pools across which to allocate your target Spot capacity. Supported only when Spot `AllocationStrategy` is set to `lowest-price` . EC2 Fleet selects the cheapest Spot pools and evenly allocates your target Spot capacit... */
  readonly InstancePoolsToUseCount?: Value<number>;
  /** The strategies for managing your Spot Instances that are at an elevated risk of being interrupted. */
  readonly MaintenanceStrategies?: Value<EC2Fleet_MaintenanceStrategies>;
  /** The maximum amount per hour for Spot Instances that you're willing to pay. We do not recommend using this parameter because it can lead to increased interruptions. If you do not specify this parameter, you will pay the current Spot price. */
  readonly MaxTotalPrice?: Value<string>;
  /** The minimum target capacity for Spot Instances in the fleet. If this minimum capacity isn't reached, no instances are launched. */
  readonly MinTargetCapacity?: Value<number>;
  /** Indicates that the fleet launches all Spot Instances into a single Availability Zone. */
  readonly SingleAvailabilityZone?: Value<boolean>;
  /** Indicates that the fleet uses a single instance type to launch all Spot Instances in the fleet. */
  readonly SingleInstanceType?: Value<boolean>;
}

export interface EC2Fleet_StandbyAvailabilityZone {
  readonly AvailabilityZone?: Value<string>;
  readonly AvailabilityZoneId?: Value<string>;
}

export interface EC2Fleet_TagSpecification {
  /** The type of resource to tag. */
  readonly ResourceType?: Value<string>;
  /** The tags to apply to the resource. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface EC2Fleet_TargetCapacitySpecificationRequest {
  /** The default target capacity type. */
  readonly DefaultTargetCapacityType?: Value<string>;
  /** The number of On-Demand units to request. */
  readonly OnDemandTargetCapacity?: Value<number>;
  /** The number of Spot units to request. */
  readonly SpotTargetCapacity?: Value<number>;
  /** The unit for the target capacity. You can specify this parameter only when using attributed-based instance type selection. */
  readonly TargetCapacityUnitType?: Value<string>;
  /** The number of units to request, filled using the default target capacity type. */
  readonly TotalTargetCapacity: Value<number>;
}

export interface EC2Fleet_TotalLocalStorageGBRequest {
  /** The maximum amount of total local storage, in GB. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum amount of total local storage, in GB. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface EC2Fleet_VCpuCountRangeRequest {
  /** The maximum number of vCPUs. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum number of vCPUs. To specify no minimum limit, specify `0` . */
  readonly Min?: Value<number>;
}

/** [IPv6 only] Specifies an egress-only internet gateway for your VPC. An egress-only internet gateway is used to enable outbound communication over IPv6 from instances in your VPC to the internet, and prevents hosts outside of your VPC fro... */
export interface EgressOnlyInternetGatewayProps {
  /** The tags assigned to the egress-only internet gateway. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the VPC for which to create the egress-only internet gateway. */
  readonly VpcId: Value<string>;
}

/** Specifies an Elastic IP (EIP) address and can, optionally, associate it with an Amazon EC2 instance. */
export interface EIPProps {
  /** An Elastic IP address or a carrier IP address in a Wavelength Zone. */
  readonly Address?: Value<string>;
  /** The network ( `vpc` ). */
  readonly Domain?: Value<string>;
  /** The ID of the instance. */
  readonly InstanceId?: Value<string>;
  /** The ID of an IPAM pool which has an Amazon-provided or BYOIP public IPv4 CIDR provisioned to it. For more information, see [Allocate sequential Elastic IP addresses from an IPAM pool](https://docs.aws.amazon.com/vpc/latest/ipam/tutorials... */
  readonly IpamPoolId?: Value<string>;
  /** A unique set of Availability Zones, Local Zones, or Wavelength Zones from which AWS advertises IP addresses. Use this parameter to limit the IP address to this location. IP addresses cannot move between network border groups. */
  readonly NetworkBorderGroup?: Value<string>;
  /** The ID of an address pool that you own. Use this parameter to let Amazon EC2 select an address from the address pool. */
  readonly PublicIpv4Pool?: Value<string>;
  /** Any tags assigned to the Elastic IP address. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The Elastic IP address you are accepting for transfer. You can only accept one transferred address. For more information on Elastic IP address transfers, see [Transfer Elastic IP addresses](https://docs.aws.amazon.com/vpc/latest/userguid... */
  readonly TransferAddress?: Value<string>;
}

/** Associates an Elastic IP address with an instance or a network interface. Before you can use an Elastic IP address, you must allocate it to your account. For more information about working with Elastic IP addresses, see [Elastic IP addre... */
export interface EIPAssociationProps {
  /** The allocation ID. This is required. */
  readonly AllocationId?: Value<string>;
  readonly EIP?: Value<string>;
  /** The ID of the instance. The instance must have exactly one attached network interface. You can specify either the instance ID or the network interface ID, but not both. */
  readonly InstanceId?: Value<string>;
  /** The ID of the network interface. If the instance has more than one network interface, you must specify a network interface ID. */
  readonly NetworkInterfaceId?: Value<string>;
  /** The primary or secondary private IP address to associate with the Elastic IP address. If no private IP address is specified, the Elastic IP address is associated with the primary private IP address. */
  readonly PrivateIpAddress?: Value<string>;
}

/** Associates an AWS Identity and Access Management (IAM) role with an Certificate Manager (ACM) certificate. This enables the certificate to be used by the ACM for Nitro Enclaves application inside an enclave. For more information, see [Ce... */
export interface EnclaveCertificateIamRoleAssociationProps {
  /** The ARN of the ACM certificate with which to associate the IAM role. */
  readonly CertificateArn: Value<string>;
  /** The ARN of the IAM role to associate with the ACM certificate. You can associate up to 16 IAM roles with an ACM certificate. */
  readonly RoleArn: Value<string>;
}

/** Specifies a VPC flow log that captures IP traffic for a specified network interface, subnet, or VPC. To view the log data, use Amazon CloudWatch Logs (CloudWatch Logs) to help troubleshoot connection issues. For example, you can use a fl... */
export interface FlowLogProps {
  /** The ARN of the IAM role that allows the service to publish flow logs across accounts. */
  readonly DeliverCrossAccountRole?: Value<string>;
  /** The ARN of the IAM role that allows Amazon EC2 to publish flow logs to the log destination. */
  readonly DeliverLogsPermissionArn?: Value<string>;
  /** The destination options. */
  readonly DestinationOptions?: Value<FlowLog_DestinationOptions>;
  /** The destination for the flow log data. The meaning of this parameter depends on the destination type. */
  readonly LogDestination?: Value<string>;
  /** The type of destination for the flow log data. */
  readonly LogDestinationType?: Value<string>;
  /** The fields to include in the flow log record, in the order in which they should appear. If you omit this parameter, the flow log is created using the default format. If you specify this parameter, you must include at least one field. For... */
  readonly LogFormat?: Value<string>;
  /** The name of a new or existing CloudWatch Logs log group where Amazon EC2 publishes your flow logs. */
  readonly LogGroupName?: Value<string>;
  /** The maximum interval of time during which a flow of packets is captured and aggregated into a flow log record. The possible values are 60 seconds (1 minute) or 600 seconds (10 minutes). This parameter must be 60 seconds for transit gatew... */
  readonly MaxAggregationInterval?: Value<number>;
  /** The ID of the resource to monitor. For example, if the resource type is `VPC` , specify the ID of the VPC. */
  readonly ResourceId: Value<string>;
  /** The type of resource to monitor. */
  readonly ResourceType: Value<string>;
  /** The resource types and associated tags for EC2 resources associated with the EC2 Tags feature for log enrichment. */
  readonly TagFieldSpecifications?: ListOf<Value<FlowLog_TagFieldSpecification>>;
  /** The tags to apply to the flow logs. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The type of traffic to monitor (accepted traffic, rejected traffic, or all traffic). This parameter is not supported for transit gateway resource types. It is required for the other resource types. */
  readonly TrafficType?: Value<string>;
}

export interface FlowLog_DestinationOptions {
  /** The format for the flow log. The default is `plain-text` . */
  readonly FileFormat: Value<string>;
  /** Indicates whether to use Hive-compatible prefixes for flow logs stored in Amazon S3. The default is `false` . */
  readonly HiveCompatiblePartitions: Value<boolean>;
  /** Indicates whether to partition the flow log per hour. This reduces the cost and response time for queries. The default is `false` . */
  readonly PerHourPartition: Value<boolean>;
}

export interface FlowLog_TagFieldSpecification {
  readonly ResourceType: Value<string>;
  readonly TagKeys: ListOf<Value<string>>;
}

/** Creates and manages an Amazon FPGA Image (AFI) from a design checkpoint (DCP). */
export interface FpgaImageProps {
  /** A description for the AFI. */
  readonly Description?: Value<string>;
  /** Describes a storage location in Amazon S3. */
  readonly InputStorageLocation?: Value<FpgaImage_StorageLocation>;
  /** Describes a storage location in Amazon S3. */
  readonly LogsStorageLocation?: Value<FpgaImage_StorageLocation>;
  /** A name for the AFI. */
  readonly Name?: Value<string>;
  /** The tags assigned to the FPGA image. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface FpgaImage_StorageLocation {
  /** The name of the S3 bucket. */
  readonly Bucket?: Value<string>;
  /** The key. */
  readonly Key?: Value<string>;
}

/** Associates a virtual private gateway or internet gateway with a route table. The gateway and route table must be in the same VPC. This association causes the incoming traffic to the gateway to be routed according to the routes in the rou... */
export interface GatewayRouteTableAssociationProps {
  /** The ID of the gateway. */
  readonly GatewayId: Value<string>;
  /** The ID of the route table. */
  readonly RouteTableId: Value<string>;
}

/** Allocates a fully dedicated physical server for launching EC2 instances. Because the host is fully dedicated for your use, it can help you address compliance requirements and reduce costs by allowing you to use your existing server-bound... */
export interface HostProps {
  /** The ID of the Outpost hardware asset on which the Dedicated Host is allocated. */
  readonly AssetId?: Value<string>;
  /** Indicates whether the host accepts any untargeted instance launches that match its instance type configuration, or if it only accepts Host tenancy instance launches that specify its unique host ID. For more information, see [Understandin... */
  readonly AutoPlacement?: Value<string>;
  /** The Availability Zone in which to allocate the Dedicated Host. */
  readonly AvailabilityZone: Value<string>;
  /** Indicates whether host maintenance is enabled or disabled for the Dedicated Host. */
  readonly HostMaintenance?: Value<string>;
  /** Indicates whether to enable or disable host recovery for the Dedicated Host. Host recovery is disabled by default. For more information, see [Host recovery](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/dedicated-hosts-recovery.htm... */
  readonly HostRecovery?: Value<string>;
  /** The instance family supported by the Dedicated Host. For example, `m5` . */
  readonly InstanceFamily?: Value<string>;
  /** Specifies the instance type to be supported by the Dedicated Hosts. If you specify an instance type, the Dedicated Hosts support instances of the specified instance type only. */
  readonly InstanceType?: Value<string>;
  /** The Amazon Resource Name (ARN) of the AWS Outpost on which the Dedicated Host is allocated. */
  readonly OutpostArn?: Value<string>;
  /** Any tags assigned to the Dedicated Host. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Specifies an EC2 instance. */
export interface InstanceProps {
  /** This property is reserved for internal use. If you use it, the stack fails with this error: `Bad property set: [Testing this property] (Service: AmazonEC2; Status Code: 400; Error Code: InvalidParameterCombination; Request ID: 0XXXXXX-49... */
  readonly AdditionalInfo?: Value<string>;
  /** Indicates whether the instance is associated with a dedicated host. If you want the instance to always restart on the same host on which it was launched, specify `host` . If you want the instance to restart on any available host, but try... */
  readonly Affinity?: Value<string>;
  /** The Availability Zone of the instance. */
  readonly AvailabilityZone?: Value<string>;
  /** The block device mapping entries that defines the block devices to attach to the instance at launch. */
  readonly BlockDeviceMappings?: ListOf<Value<Instance_BlockDeviceMapping>>;
  /** The CPU options for the instance. For more information, see [Optimize CPU options](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-optimize-cpu.html) in the *Amazon Elastic Compute Cloud User Guide* . */
  readonly CpuOptions?: Value<Instance_CpuOptions>;
  /** The credit option for CPU usage of the burstable performance instance. Valid values are `standard` and `unlimited` . To change this attribute after launch, use [ModifyInstanceCreditSpecification](https://docs.aws.amazon.com/AWSEC2/latest... */
  readonly CreditSpecification?: Value<Instance_CreditSpecification>;
  /** Indicates whether termination protection is enabled for the instance. The default is `false` , which means that you can terminate the instance using the Amazon EC2 console, command line tools, or API. You can enable termination protectio... */
  readonly DisableApiTermination?: Value<boolean>;
  /** Indicates whether the instance is optimized for Amazon EBS I/O. This optimization provides dedicated throughput to Amazon EBS and an optimized configuration stack to provide optimal Amazon EBS I/O performance. This optimization isn't ava... */
  readonly EbsOptimized?: Value<boolean>;
  /** An elastic GPU to associate with the instance. */
  readonly ElasticGpuSpecifications?: ListOf<Value<Instance_ElasticGpuSpecification>>;
  /** An elastic inference accelerator to associate with the instance. */
  readonly ElasticInferenceAccelerators?: ListOf<Value<Instance_ElasticInferenceAccelerator>>;
  /** Indicates whether the instance is enabled for AWS Nitro Enclaves. */
  readonly EnclaveOptions?: Value<Instance_EnclaveOptions>;
  /** Indicates whether an instance is enabled for hibernation. This parameter is valid only if the instance meets the [hibernation prerequisites](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/hibernating-prerequisites.html) . For more i... */
  readonly HibernationOptions?: Value<Instance_HibernationOptions>;
  /** If you specify host for the `Affinity` property, the ID of a dedicated host that the instance is associated with. If you don't specify an ID, Amazon EC2 launches the instance onto any available, compatible dedicated host in your account.... */
  readonly HostId?: Value<string>;
  /** The ARN of the host resource group in which to launch the instances. If you specify a host resource group ARN, omit the *Tenancy* parameter or set it to `host` . */
  readonly HostResourceGroupArn?: Value<string>;
  /** The name of an IAM instance profile. To create a new IAM instance profile, use the [AWS::IAM::InstanceProfile](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-instanceprofile.html) resource. */
  readonly IamInstanceProfile?: Value<string>;
  /** The ID of the AMI. An AMI ID is required to launch an instance and must be specified here or in a launch template. */
  readonly ImageId?: Value<string>;
  /** Indicates whether an instance stops or terminates when you initiate shutdown from the instance (using the operating system command for system shutdown). */
  readonly InstanceInitiatedShutdownBehavior?: Value<string>;
  /** The instance type. For more information, see [Instance types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html) in the *Amazon EC2 User Guide* . */
  readonly InstanceType?: Value<string>;
  /** The number of IPv6 addresses to associate with the primary network interface. Amazon EC2 chooses the IPv6 addresses from the range of your subnet. You cannot specify this option and the option to assign specific IPv6 addresses in the sam... */
  readonly Ipv6AddressCount?: Value<number>;
  /** The IPv6 addresses from the range of the subnet to associate with the primary network interface. You cannot specify this option and the option to assign a number of IPv6 addresses in the same request. You cannot specify this option if yo... */
  readonly Ipv6Addresses?: ListOf<Value<Instance_InstanceIpv6Address>>;
  /** The ID of the kernel. */
  readonly KernelId?: Value<string>;
  /** The name of the key pair. For more information, see [Create a key pair for your EC2 instance](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/create-key-pairs.html) . */
  readonly KeyName?: Value<string>;
  /** The launch template. Any additional parameters that you specify for the new instance overwrite the corresponding parameters included in the launch template. */
  readonly LaunchTemplate?: Value<Instance_LaunchTemplateSpecification>;
  /** The license configurations. */
  readonly LicenseSpecifications?: ListOf<Value<Instance_LicenseSpecification>>;
  /** The metadata options for the instance. */
  readonly MetadataOptions?: Value<Instance_MetadataOptions>;
  /** Specifies whether detailed monitoring is enabled for the instance. Specify `true` to enable detailed monitoring. Otherwise, basic monitoring is enabled. For more information about detailed monitoring, see [Enable or turn off detailed mon... */
  readonly Monitoring?: Value<boolean>;
  /** The network interfaces to associate with the instance. */
  readonly NetworkInterfaces?: ListOf<Value<Instance_NetworkInterface>>;
  /** The name of an existing placement group that you want to launch the instance into (cluster | partition | spread). */
  readonly PlacementGroupName?: Value<string>;
  /** The options for the instance hostname. */
  readonly PrivateDnsNameOptions?: Value<Instance_PrivateDnsNameOptions>;
  /** The primary IPv4 address. You must specify a value from the IPv4 address range of the subnet. */
  readonly PrivateIpAddress?: Value<string>;
  /** Indicates whether to assign the tags specified in the `Tags` property to the volumes specified in the `BlockDeviceMappings` property. */
  readonly PropagateTagsToVolumeOnCreation?: Value<boolean>;
  /** The ID of the RAM disk to select. Some kernels require additional drivers at launch. Check the kernel requirements for information about whether you need to specify a RAM disk. To find kernel requirements, go to the AWS Resource Center a... */
  readonly RamdiskId?: Value<string>;
  /** The IDs of the security groups. You can specify the IDs of existing security groups and references to resources created by the stack template. */
  readonly SecurityGroupIds?: ListOf<Value<string>>;
  /** [Default VPC] The names of the security groups. For a nondefault VPC, you must use security group IDs instead. */
  readonly SecurityGroups?: ListOf<Value<string>>;
  /** Enable or disable source/destination checks, which ensure that the instance is either the source or the destination of any traffic that it receives. If the value is `true` , source/destination checks are enabled; otherwise, they are disa... */
  readonly SourceDestCheck?: Value<boolean>;
  /** The SSM [document](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-document.html) and parameter values in AWS Systems Manager to associate with this instance. To use this property, you must specify an IAM... */
  readonly SsmAssociations?: ListOf<Value<Instance_SsmAssociation>>;
  /** The ID of the subnet to launch the instance into. */
  readonly SubnetId?: Value<string>;
  /** The tags to add to the instance. These tags are not applied to the EBS volumes, such as the root volume, unless [PropagateTagsToVolumeOnCreation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance.... */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The tenancy of the instance. An instance with a tenancy of `dedicated` runs on single-tenant hardware. */
  readonly Tenancy?: Value<string>;
  /** The parameters or scripts to store as user data. Any scripts in user data are run when you launch the instance. User data is limited to 16 KB. You must provide base64-encoded text. For more information, see [Fn::Base64](https://docs.aws.... */
  readonly UserData?: Value<string>;
  /** The volumes to attach to the instance. */
  readonly Volumes?: ListOf<Value<Instance_Volume>>;
}

export interface Instance_AssociationParameter {
  /** The name of an input parameter that is in the associated SSM document. */
  readonly Key: Value<string>;
  /** The value of an input parameter. */
  readonly Value: ListOf<Value<string>>;
}

export interface Instance_BlockDeviceMapping {
  /** The device name. For available device names, see [Device names for volumes](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/device_naming.html) . */
  readonly DeviceName: Value<string>;
  /** Parameters used to automatically set up EBS volumes when the instance is launched. */
  readonly Ebs?: Value<Instance_Ebs>;
  /** To omit the device from the block device mapping, specify an empty string. */
  readonly NoDevice?: Value<Json>;
  /** The virtual device name ( `ephemeral` N). The name must be in the form `ephemeral` *X* where *X* is a number starting from zero (0). For example, an instance type with 2 available instance store volumes can specify mappings for `ephemera... */
  readonly VirtualName?: Value<string>;
}

export interface Instance_CpuOptions {
  /** The number of CPU cores for the instance. */
  readonly CoreCount?: Value<number>;
  /** The number of threads per CPU core. */
  readonly ThreadsPerCore?: Value<number>;
}

export interface Instance_CreditSpecification {
  /** The credit option for CPU usage of the instance. */
  readonly CPUCredits?: Value<string>;
}

export interface Instance_Ebs {
  /** Indicates whether the EBS volume is deleted on instance termination. For more information, see [Preserving Amazon EBS volumes on instance termination](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html#preserv... */
  readonly DeleteOnTermination?: Value<boolean>;
  /** Indicates whether the volume should be encrypted. The effect of setting the encryption state to `true` depends on the volume origin (new or from a snapshot), starting encryption state, ownership, and whether encryption by default is enab... */
  readonly Encrypted?: Value<boolean>;
  /** The number of I/O operations per second (IOPS). For `gp3` , `io1` , and `io2` volumes, this represents the number of IOPS that are provisioned for the volume. For `gp2` volumes, this represents the baseline performance of the volume and... */
  readonly Iops?: Value<number>;
  /** The identifier of the AWS KMS key to use for Amazon EBS encryption. If `KmsKeyId` is specified, the encrypted state must be `true` . If the encrypted state is `true` but you do not specify `KmsKeyId` , your KMS key for EBS is used. */
  readonly KmsKeyId?: Value<string>;
  /** The ID of the snapshot. */
  readonly SnapshotId?: Value<string>;
  /** The size of the volume, in GiBs. You must specify either a snapshot ID or a volume size. If you specify a snapshot, the default is the snapshot size. You can specify a volume size that is equal to or larger than the snapshot size. */
  readonly VolumeSize?: Value<number>;
  /** The volume type. For more information, see [Amazon EBS volume types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSVolumeTypes.html) in the *Amazon EC2 User Guide* . If the volume type is `io1` or `io2` , you must specify the IO... */
  readonly VolumeType?: Value<string>;
}

export interface Instance_ElasticGpuSpecification {
  /** The type of Elastic Graphics accelerator. */
  readonly Type: Value<string>;
}

export interface Instance_ElasticInferenceAccelerator {
  /** The number of elastic inference accelerators to attach to the instance. */
  readonly Count?: Value<number>;
  /** The type of elastic inference accelerator. The possible values are `eia1.medium` , `eia1.large` , `eia1.xlarge` , `eia2.medium` , `eia2.large` , and `eia2.xlarge` . */
  readonly Type: Value<string>;
}

export interface Instance_EnaSrdSpecification {
  /** Indicates whether ENA Express is enabled for the network interface. */
  readonly EnaSrdEnabled?: Value<boolean>;
  /** Configures ENA Express for UDP network traffic. */
  readonly EnaSrdUdpSpecification?: Value<Instance_EnaSrdUdpSpecification>;
}

export interface Instance_EnaSrdUdpSpecification {
  /** Indicates whether UDP traffic to and from the instance uses ENA Express. To specify this setting, you must first enable ENA Express. */
  readonly EnaSrdUdpEnabled?: Value<boolean>;
}

export interface Instance_EnclaveOptions {
  /** If this parameter is set to `true` , the instance is enabled for AWS Nitro Enclaves; otherwise, it is not enabled for AWS Nitro Enclaves. */
  readonly Enabled?: Value<boolean>;
}

export interface Instance_HibernationOptions {
  /** Set to `true` to enable your instance for hibernation. */
  readonly Configured?: Value<boolean>;
}

export interface Instance_InstanceIpv6Address {
  /** The IPv6 address. */
  readonly Ipv6Address: Value<string>;
}

export interface Instance_LaunchTemplateSpecification {
  /** The ID of the launch template. */
  readonly LaunchTemplateId?: Value<string>;
  /** The name of the launch template. */
  readonly LaunchTemplateName?: Value<string>;
  /** The version number of the launch template. You must specify this property. */
  readonly Version: Value<string>;
}

export interface Instance_LicenseSpecification {
  /** The Amazon Resource Name (ARN) of the license configuration. */
  readonly LicenseConfigurationArn: Value<string>;
}

export interface Instance_MetadataOptions {
  /** Enables or disables the HTTP metadata endpoint on your instances. */
  readonly HttpEndpoint?: Value<string>;
  /** Enables or disables the IPv6 endpoint for the instance metadata service. */
  readonly HttpProtocolIpv6?: Value<string>;
  /** The maximum number of hops that the metadata token can travel. */
  readonly HttpPutResponseHopLimit?: Value<number>;
  /** Indicates whether IMDSv2 is required. */
  readonly HttpTokens?: Value<string>;
  /** Set to `enabled` to allow access to instance tags from the instance metadata. Set to `disabled` to turn off access to instance tags from the instance metadata. For more information, see [Work with instance tags using the instance metadat... */
  readonly InstanceMetadataTags?: Value<string>;
}

export interface Instance_NetworkInterface {
  /** Indicates whether to assign a carrier IP address to the network interface. */
  readonly AssociateCarrierIpAddress?: Value<boolean>;
  /** Indicates whether to assign a public IPv4 address to an instance. Applies only if creating a network interface when launching an instance. The network interface must be the primary network interface. If launching into a default subnet, t... */
  readonly AssociatePublicIpAddress?: Value<boolean>;
  /** Indicates whether the network interface is deleted when the instance is terminated. Applies only if creating a network interface when launching an instance. */
  readonly DeleteOnTermination?: Value<boolean>;
  /** The description of the network interface. Applies only if creating a network interface when launching an instance. */
  readonly Description?: Value<string>;
  /** The position of the network interface in the attachment order. A primary network interface has a device index of 0. */
  readonly DeviceIndex: Value<string>;
  /** Configures ENA Express for UDP network traffic. */
  readonly EnaSrdSpecification?: Value<Instance_EnaSrdSpecification>;
  /** The IDs of the security groups for the network interface. Applies only if creating a network interface when launching an instance. */
  readonly GroupSet?: ListOf<Value<string>>;
  /** A number of IPv6 addresses to assign to the network interface. Amazon EC2 chooses the IPv6 addresses from the range of the subnet. You cannot specify this option and the option to assign specific IPv6 addresses in the same request. You c... */
  readonly Ipv6AddressCount?: Value<number>;
  /** The IPv6 addresses to assign to the network interface. You cannot specify this option and the option to assign a number of IPv6 addresses in the same request. You cannot specify this option if you've specified a minimum number of instanc... */
  readonly Ipv6Addresses?: ListOf<Value<Instance_InstanceIpv6Address>>;
  /** The ID of the network interface, when attaching an existing network interface. */
  readonly NetworkInterfaceId?: Value<string>;
  /** The private IPv4 address of the network interface. Applies only if creating a network interface when launching an instance. */
  readonly PrivateIpAddress?: Value<string>;
  /** One or more private IPv4 addresses to assign to the network interface. Only one private IPv4 address can be designated as primary. */
  readonly PrivateIpAddresses?: ListOf<Value<Instance_PrivateIpAddressSpecification>>;
  /** The number of secondary private IPv4 addresses. You can't specify this option and specify more than one private IP address using the private IP addresses option. */
  readonly SecondaryPrivateIpAddressCount?: Value<number>;
  /** The ID of the subnet associated with the network interface. */
  readonly SubnetId?: Value<string>;
}

export interface Instance_NoDevice {

}

export interface Instance_PrivateDnsNameOptions {
  /** Indicates whether to respond to DNS queries for instance hostnames with DNS AAAA records. For more information, see [Amazon EC2 instance hostname types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html) in the... */
  readonly EnableResourceNameDnsAAAARecord?: Value<boolean>;
  /** Indicates whether to respond to DNS queries for instance hostnames with DNS A records. For more information, see [Amazon EC2 instance hostname types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html) in the *A... */
  readonly EnableResourceNameDnsARecord?: Value<boolean>;
  /** The type of hostnames to assign to instances in the subnet at launch. For IPv4 only subnets, an instance DNS name must be based on the instance IPv4 address. For IPv6 only subnets, an instance DNS name must be based on the instance ID. F... */
  readonly HostnameType?: Value<string>;
}

export interface Instance_PrivateIpAddressSpecification {
  /** Indicates whether the private IPv4 address is the primary private IPv4 address. Only one IPv4 address can be designated as primary. */
  readonly Primary: Value<boolean>;
  /** The private IPv4 address. */
  readonly PrivateIpAddress: Value<string>;
}

export interface Instance_SsmAssociation {
  /** The input parameter values to use with the associated SSM document. */
  readonly AssociationParameters?: ListOf<Value<Instance_AssociationParameter>>;
  /** The name of an SSM document to associate with the instance. */
  readonly DocumentName: Value<string>;
}

export interface Instance_State {
  /** The state of the instance as a 16-bit unsigned integer. */
  readonly Code?: Value<string>;
  /** The current state of the instance. */
  readonly Name?: Value<string>;
}

export interface Instance_Volume {
  /** The device name (for example, `/dev/sdh` or `xvdh` ). */
  readonly Device: Value<string>;
  /** The ID of the EBS volume. The volume and instance must be within the same Availability Zone. */
  readonly VolumeId: Value<string>;
}

/** Creates an EC2 Instance Connect Endpoint. */
export interface InstanceConnectEndpointProps {
  /** Unique, case-sensitive identifier that you provide to ensure the idempotency of the request. */
  readonly ClientToken?: Value<string>;
  /** Indicates whether the client IP address is preserved as the source. The following are the possible values. */
  readonly PreserveClientIp?: Value<boolean>;
  /** One or more security groups to associate with the endpoint. If you don't specify a security group, the default security group for your VPC will be associated with the endpoint. */
  readonly SecurityGroupIds?: ListOf<Value<string>>;
  /** The ID of the subnet in which to create the EC2 Instance Connect Endpoint. */
  readonly SubnetId: Value<string>;
  /** The tags to apply to the EC2 Instance Connect Endpoint during creation. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface InstanceConnectEndpoint_InstanceConnectEndpointDnsNames {
  /** The DNS name of the EC2 Instance Connect Endpoint. */
  readonly DnsName?: Value<string>;
  /** The Federal Information Processing Standards (FIPS) compliant DNS name of the EC2 Instance Connect Endpoint. */
  readonly FipsDnsName?: Value<string>;
}

export interface InstanceConnectEndpoint_InstanceConnectEndpointPublicDnsNames {
  /** The DNS names of the endpoint. */
  readonly Dualstack?: Value<InstanceConnectEndpoint_InstanceConnectEndpointDnsNames>;
  /** The DNS names of the endpoint. */
  readonly Ipv4?: Value<InstanceConnectEndpoint_InstanceConnectEndpointDnsNames>;
}

/** Resource type definition for AWS::EC2::InstanceEventWindow. An event window defines a recurring set of time ranges, or a cron expression, during which AWS-initiated maintenance events may be scheduled for the associated Amazon EC2 instan... */
export interface InstanceEventWindowProps {
  /** The cron expression defined for the event window. Exactly one of TimeRanges or CronExpression must be specified. */
  readonly CronExpression?: Value<string>;
  /** The name of the event window. */
  readonly Name?: Value<string>;
  /** The tags applied to the event window. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The time ranges of the event window. Exactly one of TimeRanges or CronExpression must be specified. */
  readonly TimeRanges?: ListOf<Value<InstanceEventWindow_TimeRange>>;
}

export interface InstanceEventWindow_TimeRange {
  /** The hour when the time range ends. */
  readonly EndHour?: Value<number>;
  /** The day on which the time range ends. */
  readonly EndWeekDay?: Value<string>;
  /** The hour when the time range begins. */
  readonly StartHour?: Value<number>;
  /** The day on which the time range begins. */
  readonly StartWeekDay?: Value<string>;
}

/** Allocates an internet gateway for use with a VPC. After creating the Internet gateway, you then attach it to a VPC. */
export interface InternetGatewayProps {
  /** Any tags to assign to the internet gateway. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** IPAM is a VPC feature that you can use to automate your IP address management workflows including assigning, tracking, troubleshooting, and auditing IP addresses across AWS Regions and accounts throughout your AWS Organization. For more... */
export interface IPAMProps {
  /** If your IPAM is integrated with AWS Organizations, you can exclude an [organizational unit (OU)](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#organizationalunit) from being managed by IPAM... */
  readonly DefaultResourceDiscoveryOrganizationalUnitExclusions?: ListOf<Value<IPAM_IpamOrganizationalUnitExclusion>>;
  /** The description for the IPAM. */
  readonly Description?: Value<string>;
  /** Enable this option to use your own GUA ranges as private IPv6 addresses. This option is disabled by default. */
  readonly EnablePrivateGua?: Value<boolean>;
  /** A metered account is an AWS account that is charged for active IP addresses managed in IPAM. For more information, see [Enable cost distribution](https://docs.aws.amazon.com/vpc/latest/ipam/ipam-enable-cost-distro.html) in the *Amazon VP... */
  readonly MeteredAccount?: Value<string>;
  /** The operating Regions for an IPAM. Operating Regions are AWS Regions where the IPAM is allowed to manage IP address CIDRs. IPAM only discovers and monitors resources in the AWS Regions you select as operating Regions. */
  readonly OperatingRegions?: ListOf<Value<IPAM_IpamOperatingRegion>>;
  /** The key/value combination of a tag assigned to the resource. Use the tag key in the filter name and the tag value as the filter value. For example, to find all resources that have a tag with the key `Owner` and the value `TeamA` , specif... */
  readonly Tags?: ListOf<Value<Tag>>;
  /** IPAM is offered in a Free Tier and an Advanced Tier. For more information about the features available in each tier and the costs associated with the tiers, see the [VPC IPAM product pricing page](https://docs.aws.amazon.com/vpc/pricing/) . */
  readonly Tier?: Value<string>;
}

export interface IPAM_IpamOperatingRegion {
  /** The name of the operating Region. */
  readonly RegionName: Value<string>;
}

export interface IPAM_IpamOrganizationalUnitExclusion {
  /** An AWS Organizations entity path. For more information on the entity path, see [Understand the AWS Organizations entity path](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed-view-data-orgs.html#access_polic... */
  readonly OrganizationsEntityPath: Value<string>;
}

/** In IPAM, an allocation is a CIDR assignment from an IPAM pool to another IPAM pool or to a resource. */
export interface IPAMAllocationProps {
  /** The CIDR you would like to allocate from the IPAM pool. Note the following: */
  readonly Cidr?: Value<string>;
  /** A description for the allocation. */
  readonly Description?: Value<string>;
  /** The ID of the IPAM pool from which you would like to allocate a CIDR. */
  readonly IpamPoolId: Value<string>;
  /** The netmask length of the CIDR you would like to allocate from the IPAM pool. Note the following: */
  readonly NetmaskLength?: Value<number>;
}

/** A verification token is an AWS-generated random value that you can use to prove ownership of an external resource. For example, you can use a verification token to validate that you control a public IP address range when you bring an IP... */
export interface IpamExternalResourceVerificationTokenProps {
  /** The ID of the IPAM that will create the token. */
  readonly IpamId: Value<string>;
  /** The tags for the token. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** In IPAM, a pool is a collection of contiguous IP addresses CIDRs. Pools enable you to organize your IP addresses according to your routing and security needs. For example, if you have separate routing and security needs for development a... */
export interface IPAMPoolProps {
  /** The address family of the pool. */
  readonly AddressFamily: Value<string>;
  /** The default netmask length for allocations added to this pool. If, for example, the CIDR assigned to this pool is 10.0.0.0/8 and you enter 16 here, new allocations will default to 10.0.0.0/16. */
  readonly AllocationDefaultNetmaskLength?: Value<number>;
  /** The maximum netmask length possible for CIDR allocations in this IPAM pool to be compliant. The maximum netmask length must be greater than the minimum netmask length. Possible netmask lengths for IPv4 addresses are 0 - 32. Possible netm... */
  readonly AllocationMaxNetmaskLength?: Value<number>;
  /** The minimum netmask length required for CIDR allocations in this IPAM pool to be compliant. The minimum netmask length must be less than the maximum netmask length. Possible netmask lengths for IPv4 addresses are 0 - 32. Possible netmask... */
  readonly AllocationMinNetmaskLength?: Value<number>;
  /** Tags that are required for resources that use CIDRs from this IPAM pool. Resources that do not have these tags will not be allowed to allocate space from the pool. If the resources have their tags changed after they have allocated space... */
  readonly AllocationResourceTags?: ListOf<Value<Tag>>;
  /** If selected, IPAM will continuously look for resources within the CIDR range of this pool and automatically import them as allocations into your IPAM. The CIDRs that will be allocated for these resources must not already be allocated to... */
  readonly AutoImport?: Value<boolean>;
  /** Limits which service in AWS that the pool can be used in. "ec2", for example, allows users to use space for Elastic IP addresses and VPCs. */
  readonly AwsService?: Value<string>;
  /** The description of the IPAM pool. */
  readonly Description?: Value<string>;
  /** The ID of the scope in which you would like to create the IPAM pool. */
  readonly IpamScopeId: Value<string>;
  /** The locale of the IPAM pool. */
  readonly Locale?: Value<string>;
  /** Information about the CIDRs provisioned to an IPAM pool. */
  readonly ProvisionedCidrs?: ListOf<Value<IPAMPool_ProvisionedCidr>>;
  /** The IP address source for pools in the public scope. Only used for provisioning IP address CIDRs to pools in the public scope. Default is `BYOIP` . For more information, see [Create IPv6 pools](https://docs.aws.amazon.com//vpc/latest/ipa... */
  readonly PublicIpSource?: Value<string>;
  /** Determines if a pool is publicly advertisable. This option is not available for pools with AddressFamily set to `ipv4` . */
  readonly PubliclyAdvertisable?: Value<boolean>;
  /** The ID of the source IPAM pool. You can use this option to create an IPAM pool within an existing source pool. */
  readonly SourceIpamPoolId?: Value<string>;
  /** The resource used to provision CIDRs to a resource planning pool. */
  readonly SourceResource?: Value<IPAMPool_SourceResource>;
  /** The key/value combination of a tag assigned to the resource. Use the tag key in the filter name and the tag value as the filter value. For example, to find all resources that have a tag with the key `Owner` and the value `TeamA` , specif... */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface IPAMPool_ProvisionedCidr {
  /** The CIDR provisioned to the IPAM pool. A CIDR is a representation of an IP address and its associated network mask (or netmask) and refers to a range of IP addresses. An IPv4 CIDR example is `10.24.34.0/23` . An IPv6 CIDR example is `200... */
  readonly Cidr: Value<string>;
}

export interface IPAMPool_SourceResource {
  /** The source resource ID. */
  readonly ResourceId: Value<string>;
  /** The source resource owner. */
  readonly ResourceOwner: Value<string>;
  /** The source resource Region. */
  readonly ResourceRegion: Value<string>;
  /** The source resource type. */
  readonly ResourceType: Value<string>;
}

/** A CIDR provisioned to an IPAM pool. */
export interface IPAMPoolCidrProps {
  /** The CIDR provisioned to the IPAM pool. A CIDR is a representation of an IP address and its associated network mask (or netmask) and refers to a range of IP addresses. An IPv4 CIDR example is `10.24.34.0/23` . An IPv6 CIDR example is `200... */
  readonly Cidr?: Value<string>;
  /** The ID of the IPAM pool. */
  readonly IpamPoolId: Value<string>;
  /** The netmask length of the CIDR you'd like to provision to a pool. Can be used for provisioning Amazon-provided IPv6 CIDRs to top-level pools and for provisioning CIDRs to pools with source pools. Cannot be used to provision BYOIP CIDRs t... */
  readonly NetmaskLength?: Value<number>;
}

/** Resource Type definition for AWS::EC2::IPAMPrefixListResolver */
export interface IPAMPrefixListResolverProps {
  /** The address family of the address space in this Prefix List Resolver. Either IPv4 or IPv6. */
  readonly AddressFamily: Value<string>;
  readonly Description?: Value<string>;
  /** The Id of the IPAM this Prefix List Resolver is a part of. */
  readonly IpamId?: Value<string>;
  /** Rules define the business logic for selecting CIDRs from IPAM. */
  readonly Rules?: ListOf<Value<IPAMPrefixListResolver_IpamPrefixListResolverRule>>;
  /** An array of key-value pairs to apply to this resource. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface IPAMPrefixListResolver_IpamPrefixListResolverRule {
  /** Two of the rule types allow you to add conditions to the rules. (1) For IPAM Pool CIDR rules, you can specify an ipamPoolId; if not specified, the rule will apply to all IPAM Pool CIDRs in the scope. (2) For IPAM Resource CIDR rules, you... */
  readonly Conditions?: ListOf<Value<IPAMPrefixListResolver_IpamPrefixListResolverRuleCondition>>;
  /** This rule will only match resources that are in this IPAM Scope. */
  readonly IpamScopeId?: Value<string>;
  /** The resourceType property only applies to ipam-resource-cidr rules; this property specifies what type of resources this rule will apply to, such as VPCs or Subnets. */
  readonly ResourceType?: Value<string>;
  /** There are three rule types: (1) Static CIDR: A fixed list of CIDRs that don't change (like a manual list replicated across Regions). (2) IPAM pool CIDR: CIDRs from specific IPAM pools (like all CIDRs from your IPAM production pool). (3)... */
  readonly RuleType: Value<string>;
  /** A fixed CIDR that doesn't change */
  readonly StaticCidr?: Value<string>;
}

export interface IPAMPrefixListResolver_IpamPrefixListResolverRuleCondition {
  /** Condition for the IPAM Resource CIDR rule type. CIDR (like 10.24.34.0/23). */
  readonly Cidr?: Value<string>;
  /** Condition for the IPAM Pool CIDR rule type. If not chosen, the resolver applies to all IPAM Pool CIDRs in the scope. */
  readonly IpamPoolId?: Value<string>;
  /** Equals, Not equals, or Subnet Of. The subnet-of operation only applies to cidr conditions. */
  readonly Operation: Value<string>;
  /** Condition for the IPAM Resource CIDR rule type. The unique ID of a resource (like vpc-1234567890abcdef0). */
  readonly ResourceId?: Value<string>;
  /** Condition for the IPAM Resource CIDR rule type. Resource owner (like 111122223333). */
  readonly ResourceOwner?: Value<string>;
  /** Condition for the IPAM Resource CIDR rule type. Resource region (like us-east-1). */
  readonly ResourceRegion?: Value<string>;
  /** A key-value pair to associate with a resource. */
  readonly ResourceTag?: Value<Tag>;
}

/** Resource Type definition for AWS::EC2::IPAMPrefixListResolverTarget */
export interface IPAMPrefixListResolverTargetProps {
  /** The desired version of the Prefix List Resolver that this Target should synchronize with. */
  readonly DesiredVersion?: Value<number>;
  /** The Id of the IPAM Prefix List Resolver associated with this Target. */
  readonly IpamPrefixListResolverId: Value<string>;
  /** The Id of the Managed Prefix List. */
  readonly PrefixListId: Value<string>;
  /** The region that the Managed Prefix List is located in. */
  readonly PrefixListRegion: Value<string>;
  /** An array of key-value pairs to apply to this resource. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** Indicates whether this Target automatically tracks the latest version of the Prefix List Resolver. */
  readonly TrackLatestVersion: Value<boolean>;
}

/** A resource discovery is an IPAM component that enables IPAM to manage and monitor resources that belong to the owning account. */
export interface IPAMResourceDiscoveryProps {
  /** The resource discovery description. */
  readonly Description?: Value<string>;
  /** The operating Regions for the resource discovery. Operating Regions are AWS Regions where the IPAM is allowed to manage IP address CIDRs. IPAM only discovers and monitors resources in the AWS Regions you select as operating Regions. */
  readonly OperatingRegions?: ListOf<Value<IPAMResourceDiscovery_IpamOperatingRegion>>;
  /** If your IPAM is integrated with AWS Organizations, you can exclude an [organizational unit (OU)](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#organizationalunit) from being managed by IPAM... */
  readonly OrganizationalUnitExclusions?: ListOf<Value<IPAMResourceDiscovery_IpamResourceDiscoveryOrganizationalUnitExclusion>>;
  /** A tag is a label that you assign to an AWS resource. Each tag consists of a key and an optional value. You can use tags to search and filter your resources or track your AWS costs. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface IPAMResourceDiscovery_IpamOperatingRegion {
  /** The name of the operating Region. */
  readonly RegionName: Value<string>;
}

export interface IPAMResourceDiscovery_IpamResourceDiscoveryOrganizationalUnitExclusion {
  /** An AWS Organizations entity path. For more information on the entity path, see [Understand the AWS Organizations entity path](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed-view-data-orgs.html#access_polic... */
  readonly OrganizationsEntityPath: Value<string>;
}

/** An IPAM resource discovery association. An associated resource discovery is a resource discovery that has been associated with an IPAM. IPAM aggregates the resource CIDRs discovered by the associated resource discovery. */
export interface IPAMResourceDiscoveryAssociationProps {
  /** The IPAM ID. */
  readonly IpamId: Value<string>;
  /** The resource discovery ID. */
  readonly IpamResourceDiscoveryId: Value<string>;
  /** A tag is a label that you assign to an AWS resource. Each tag consists of a key and an optional value. You can use tags to search and filter your resources or track your AWS costs. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** In IPAM, a scope is the highest-level container within IPAM. An IPAM contains two default scopes. Each scope represents the IP space for a single network. The private scope is intended for all private IP address space. The public scope i... */
export interface IPAMScopeProps {
  /** The description of the scope. */
  readonly Description?: Value<string>;
  /** The configuration that links an Amazon VPC IPAM scope to an external authority system. It specifies the type of external system and the external resource identifier that identifies your account or instance in that system. */
  readonly ExternalAuthorityConfiguration?: Value<IPAMScope_IpamScopeExternalAuthorityConfiguration>;
  /** The ID of the IPAM for which you're creating this scope. */
  readonly IpamId: Value<string>;
  /** The key/value combination of a tag assigned to the resource. Use the tag key in the filter name and the tag value as the filter value. For example, to find all resources that have a tag with the key `Owner` and the value `TeamA` , specif... */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface IPAMScope_IpamScopeExternalAuthorityConfiguration {
  /** The identifier for the external resource managing this scope. For Infoblox integrations, this is the Infoblox resource identifier in the format `<version>.identity.account.<entity_realm>.<entity_id>` . */
  readonly ExternalResourceIdentifier: Value<string>;
  /** The type of external authority managing this scope. Currently supports `Infoblox` for integration with Infoblox Universal DDI. */
  readonly IpamScopeExternalAuthorityType: Value<string>;
}

/** A route server association is the connection established between a route server and a VPC. */
export interface IpPoolRouteTableAssociationProps {
  /** The ID of a public IPv4 address pool. */
  readonly PublicIpv4Pool: Value<string>;
  /** The ID of a route table. */
  readonly RouteTableId: Value<string>;
}

/** Resource Type definition for AWS::EC2::IPv4Pool. A public IPv4 pool is an EC2 IP address pool required for the public IPv4 CIDRs that you own and bring to AWS to manage with IPAM (BYOIP). */
export interface IPv4PoolProps {
  /** Any tags assigned to the public IPv4 pool. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Specifies a key pair for use with an Amazon Elastic Compute Cloud instance as follows: */
export interface KeyPairProps {
  /** The format of the key pair. */
  readonly KeyFormat?: Value<string>;
  /** A unique name for the key pair. */
  readonly KeyName: Value<string>;
  /** The type of key pair. Note that ED25519 keys are not supported for Windows instances. */
  readonly KeyType?: Value<string>;
  /** The public key material. The `PublicKeyMaterial` property is used to import a key pair. If this property is not specified, then a new key pair will be created. */
  readonly PublicKeyMaterial?: Value<string>;
  /** The tags to apply to the key pair. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Specifies the properties for creating a launch template. */
export interface LaunchTemplateProps {
  /** The information for the launch template. */
  readonly LaunchTemplateData: Value<LaunchTemplate_LaunchTemplateData>;
  /** A name for the launch template. */
  readonly LaunchTemplateName?: Value<string>;
  /** The tags to apply to the launch template on creation. To tag the launch template, the resource type must be `launch-template` . */
  readonly TagSpecifications?: ListOf<Value<LaunchTemplate_LaunchTemplateTagSpecification>>;
  /** A description for the first version of the launch template. */
  readonly VersionDescription?: Value<string>;
}

export interface LaunchTemplate_AcceleratorCount {
  /** The maximum number of accelerators. To specify no maximum limit, omit this parameter. To exclude accelerator-enabled instance types, set `Max` to `0` . */
  readonly Max?: Value<number>;
  /** The minimum number of accelerators. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface LaunchTemplate_AcceleratorTotalMemoryMiB {
  /** The maximum amount of accelerator memory, in MiB. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum amount of accelerator memory, in MiB. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface LaunchTemplate_BaselineEbsBandwidthMbps {
  /** The maximum baseline bandwidth, in Mbps. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum baseline bandwidth, in Mbps. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface LaunchTemplate_BaselinePerformanceFactors {
  /** The CPU performance to consider, using an instance family as the baseline reference. */
  readonly Cpu?: Value<LaunchTemplate_Cpu>;
}

export interface LaunchTemplate_BlockDeviceMapping {
  /** The device name (for example, /dev/sdh or xvdh). */
  readonly DeviceName?: Value<string>;
  /** Parameters used to automatically set up EBS volumes when the instance is launched. */
  readonly Ebs?: Value<LaunchTemplate_Ebs>;
  /** To omit the device from the block device mapping, specify an empty string. */
  readonly NoDevice?: Value<string>;
  /** The virtual device name (ephemeralN). Instance store volumes are numbered starting from 0. An instance type with 2 available instance store volumes can specify mappings for ephemeral0 and ephemeral1. The number of available instance stor... */
  readonly VirtualName?: Value<string>;
}

export interface LaunchTemplate_CapacityReservationSpecification {
  /** Indicates the instance's Capacity Reservation preferences. Possible preferences include: */
  readonly CapacityReservationPreference?: Value<string>;
  /** Information about the target Capacity Reservation or Capacity Reservation group. */
  readonly CapacityReservationTarget?: Value<LaunchTemplate_CapacityReservationTarget>;
}

export interface LaunchTemplate_CapacityReservationTarget {
  /** The ID of the Capacity Reservation in which to run the instance. */
  readonly CapacityReservationId?: Value<string>;
  /** The ARN of the Capacity Reservation resource group in which to run the instance. */
  readonly CapacityReservationResourceGroupArn?: Value<string>;
}

export interface LaunchTemplate_ConnectionTrackingSpecification {
  /** Timeout (in seconds) for idle TCP connections in an established state. Min: 60 seconds. Max: 432000 seconds (5 days). Default: 432000 seconds. Recommended: Less than 432000 seconds. */
  readonly TcpEstablishedTimeout?: Value<number>;
  /** Timeout (in seconds) for idle UDP flows classified as streams which have seen more than one request-response transaction. Min: 60 seconds. Max: 180 seconds (3 minutes). Default: 180 seconds. */
  readonly UdpStreamTimeout?: Value<number>;
  /** Timeout (in seconds) for idle UDP flows that have seen traffic only in a single direction or a single request-response transaction. Min: 30 seconds. Max: 60 seconds. Default: 30 seconds. */
  readonly UdpTimeout?: Value<number>;
}

export interface LaunchTemplate_Cpu {
  /** The instance family to use as the baseline reference for CPU performance. All instance types that match your specified attributes are compared against the CPU performance of the referenced instance family, regardless of CPU manufacturer... */
  readonly References?: ListOf<Value<LaunchTemplate_Reference>>;
}

export interface LaunchTemplate_CpuOptions {
  /** Indicates whether to enable the instance for AMD SEV-SNP. AMD SEV-SNP is supported with M6a, R6a, and C6a instance types only. For more information, see [AMD SEV-SNP for Amazon EC2 instances](https://docs.aws.amazon.com/AWSEC2/latest/Use... */
  readonly AmdSevSnp?: Value<string>;
  /** The number of CPU cores for the instance. */
  readonly CoreCount?: Value<number>;
  /** Indicates whether the instance is enabled for nested virtualization. */
  readonly NestedVirtualization?: Value<string>;
  /** The number of threads per CPU core. To disable multithreading for the instance, specify a value of `1` . Otherwise, specify the default value of `2` . */
  readonly ThreadsPerCore?: Value<number>;
}

export interface LaunchTemplate_CreditSpecification {
  /** The credit option for CPU usage of a T instance. */
  readonly CpuCredits?: Value<string>;
}

export interface LaunchTemplate_Ebs {
  /** Indicates whether the EBS volume is deleted on instance termination. */
  readonly DeleteOnTermination?: Value<boolean>;
  readonly EbsCardIndex?: Value<number>;
  /** Indicates whether the EBS volume is encrypted. Encrypted volumes can only be attached to instances that support Amazon EBS encryption. If you are creating a volume from a snapshot, you can't specify an encryption value. */
  readonly Encrypted?: Value<boolean>;
  /** The number of I/O operations per second (IOPS). For `gp3` , `io1` , and `io2` volumes, this represents the number of IOPS that are provisioned for the volume. For `gp2` volumes, this represents the baseline performance of the volume and... */
  readonly Iops?: Value<number>;
  /** Identifier (key ID, key alias, key ARN, or alias ARN) of the customer managed KMS key to use for EBS encryption. */
  readonly KmsKeyId?: Value<string>;
  /** The ID of the snapshot. */
  readonly SnapshotId?: Value<string>;
  /** The throughput to provision for a `gp3` volume, with a maximum of 2,000 MiB/s. */
  readonly Throughput?: Value<number>;
  /** Specifies the Amazon EBS Provisioned Rate for Volume Initialization (volume initialization rate), in MiB/s, at which to download the snapshot blocks from Amazon S3 to the volume. This is also known as *volume initialization* . Specifying... */
  readonly VolumeInitializationRate?: Value<number>;
  /** The size of the volume, in GiBs. You must specify either a snapshot ID or a volume size. The following are the supported volumes sizes for each volume type: */
  readonly VolumeSize?: Value<number>;
  /** The volume type. For more information, see [Amazon EBS volume types](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html) in the *Amazon EBS User Guide* . */
  readonly VolumeType?: Value<string>;
}

export interface LaunchTemplate_ElasticGpuSpecification {
  readonly Type?: Value<string>;
}

export interface LaunchTemplate_EnaSrdSpecification {
  /** Indicates whether ENA Express is enabled for the network interface. */
  readonly EnaSrdEnabled?: Value<boolean>;
  /** Configures ENA Express for UDP network traffic. */
  readonly EnaSrdUdpSpecification?: Value<LaunchTemplate_EnaSrdUdpSpecification>;
}

export interface LaunchTemplate_EnaSrdUdpSpecification {
  /** Indicates whether UDP traffic to and from the instance uses ENA Express. To specify this setting, you must first enable ENA Express. */
  readonly EnaSrdUdpEnabled?: Value<boolean>;
}

export interface LaunchTemplate_EnclaveOptions {
  /** If this parameter is set to `true` , the instance is enabled for AWS Nitro Enclaves; otherwise, it is not enabled for AWS Nitro Enclaves. */
  readonly Enabled?: Value<boolean>;
}

export interface LaunchTemplate_HibernationOptions {
  /** If you set this parameter to `true` , the instance is enabled for hibernation. */
  readonly Configured?: Value<boolean>;
}

export interface LaunchTemplate_IamInstanceProfile {
  /** The Amazon Resource Name (ARN) of the instance profile. */
  readonly Arn?: Value<string>;
  /** The name of the instance profile. */
  readonly Name?: Value<string>;
}

export interface LaunchTemplate_InstanceMarketOptions {
  /** The market type. */
  readonly MarketType?: Value<string>;
  /** The options for Spot Instances. */
  readonly SpotOptions?: Value<LaunchTemplate_SpotOptions>;
}

export interface LaunchTemplate_InstanceRequirements {
  /** The minimum and maximum number of accelerators (GPUs, FPGAs, or AWS Inferentia chips) on an instance. */
  readonly AcceleratorCount?: Value<LaunchTemplate_AcceleratorCount>;
  /** Indicates whether instance types must have accelerators by specific manufacturers. */
  readonly AcceleratorManufacturers?: ListOf<Value<string>>;
  /** The accelerators that must be on the instance type. */
  readonly AcceleratorNames?: ListOf<Value<string>>;
  /** The minimum and maximum amount of total accelerator memory, in MiB. */
  readonly AcceleratorTotalMemoryMiB?: Value<LaunchTemplate_AcceleratorTotalMemoryMiB>;
  /** The accelerator types that must be on the instance type. */
  readonly AcceleratorTypes?: ListOf<Value<string>>;
  /** The instance types to apply your specified attributes against. All other instance types are ignored, even if they match your specified attributes. */
  readonly AllowedInstanceTypes?: ListOf<Value<string>>;
  /** Indicates whether bare metal instance types must be included, excluded, or required. */
  readonly BareMetal?: Value<string>;
  /** The minimum and maximum baseline bandwidth to Amazon EBS, in Mbps. For more information, see [Amazon EBS–optimized instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html) in the *Amazon EC2 User Guide* . */
  readonly BaselineEbsBandwidthMbps?: Value<LaunchTemplate_BaselineEbsBandwidthMbps>;
  /** The baseline performance to consider, using an instance family as a baseline reference. The instance family establishes the lowest acceptable level of performance. Amazon EC2 uses this baseline to guide instance type selection, but there... */
  readonly BaselinePerformanceFactors?: Value<LaunchTemplate_BaselinePerformanceFactors>;
  /** Indicates whether burstable performance T instance types are included, excluded, or required. For more information, see [Burstable performance instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances... */
  readonly BurstablePerformance?: Value<string>;
  /** The CPU manufacturers to include. */
  readonly CpuManufacturers?: ListOf<Value<string>>;
  /** The instance types to exclude. */
  readonly ExcludedInstanceTypes?: ListOf<Value<string>>;
  /** Indicates whether current or previous generation instance types are included. The current generation instance types are recommended for use. Current generation instance types are typically the latest two to three generations in each inst... */
  readonly InstanceGenerations?: ListOf<Value<string>>;
  /** Indicates whether instance types with instance store volumes are included, excluded, or required. For more information, [Amazon EC2 instance store](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html) in the *Amazon... */
  readonly LocalStorage?: Value<string>;
  /** The type of local storage that is required. */
  readonly LocalStorageTypes?: ListOf<Value<string>>;
  /** [Price protection] The price protection threshold for Spot Instances, as a percentage of an identified On-Demand price. The identified On-Demand price is the price of the lowest priced current generation C, M, or R instance type with you... */
  readonly MaxSpotPriceAsPercentageOfOptimalOnDemandPrice?: Value<number>;
  /** The minimum and maximum amount of memory per vCPU, in GiB. */
  readonly MemoryGiBPerVCpu?: Value<LaunchTemplate_MemoryGiBPerVCpu>;
  /** The minimum and maximum amount of memory, in MiB. */
  readonly MemoryMiB?: Value<LaunchTemplate_MemoryMiB>;
  /** The minimum and maximum amount of network bandwidth, in gigabits per second (Gbps). */
  readonly NetworkBandwidthGbps?: Value<LaunchTemplate_NetworkBandwidthGbps>;
  /** The minimum and maximum number of network interfaces. */
  readonly NetworkInterfaceCount?: Value<LaunchTemplate_NetworkInterfaceCount>;
  /** [Price protection] The price protection threshold for On-Demand Instances, as a percentage higher than an identified On-Demand price. The identified On-Demand price is the price of the lowest priced current generation C, M, or R instance... */
  readonly OnDemandMaxPricePercentageOverLowestPrice?: Value<number>;
  /** Indicates whether instance types must support hibernation for On-Demand Instances. */
  readonly RequireHibernateSupport?: Value<boolean>;
  /** [Price protection] The price protection threshold for Spot Instances, as a percentage higher than an identified Spot price. The identified Spot price is the Spot price of the lowest priced current generation C, M, or R instance type with... */
  readonly SpotMaxPricePercentageOverLowestPrice?: Value<number>;
  /** The minimum and maximum amount of total local storage, in GB. */
  readonly TotalLocalStorageGB?: Value<LaunchTemplate_TotalLocalStorageGB>;
  /** The minimum and maximum number of vCPUs. */
  readonly VCpuCount?: Value<LaunchTemplate_VCpuCount>;
}

export interface LaunchTemplate_Ipv4PrefixSpecification {
  /** The IPv4 prefix. For information, see [Assigning prefixes to network interfaces](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-prefix-eni.html) in the *Amazon EC2 User Guide* . */
  readonly Ipv4Prefix?: Value<string>;
}

export interface LaunchTemplate_Ipv6Add {
  /** One or more specific IPv6 addresses from the IPv6 CIDR block range of your subnet. You can't use this option if you're specifying a number of IPv6 addresses. */
  readonly Ipv6Address?: Value<string>;
}

export interface LaunchTemplate_Ipv6PrefixSpecification {
  /** The IPv6 prefix. */
  readonly Ipv6Prefix?: Value<string>;
}

export interface LaunchTemplate_LaunchTemplateData {
  /** The block device mapping. */
  readonly BlockDeviceMappings?: ListOf<Value<LaunchTemplate_BlockDeviceMapping>>;
  /** The Capacity Reservation targeting option. If you do not specify this parameter, the instance's Capacity Reservation preference defaults to `open` , which enables it to run in any open Capacity Reservation that has matching attributes (i... */
  readonly CapacityReservationSpecification?: Value<LaunchTemplate_CapacityReservationSpecification>;
  /** The CPU options for the instance. For more information, see [CPU options for Amazon EC2 instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-optimize-cpu.html) in the *Amazon EC2 User Guide* . */
  readonly CpuOptions?: Value<LaunchTemplate_CpuOptions>;
  /** The credit option for CPU usage of the instance. Valid only for T instances. */
  readonly CreditSpecification?: Value<LaunchTemplate_CreditSpecification>;
  /** Indicates whether to enable the instance for stop protection. For more information, see [Enable stop protection for your EC2 instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-stop-protection.html) in the *Amazon EC2 User... */
  readonly DisableApiStop?: Value<boolean>;
  /** Indicates whether termination protection is enabled for the instance. The default is `false` , which means that you can terminate the instance using the Amazon EC2 console, command line tools, or API. You can enable termination protectio... */
  readonly DisableApiTermination?: Value<boolean>;
  /** Indicates whether the instance is optimized for Amazon EBS I/O. This optimization provides dedicated throughput to Amazon EBS and an optimized configuration stack to provide optimal Amazon EBS I/O performance. This optimization isn't ava... */
  readonly EbsOptimized?: Value<boolean>;
  readonly ElasticGpuSpecifications?: ListOf<Value<LaunchTemplate_ElasticGpuSpecification>>;
  readonly ElasticInferenceAccelerators?: ListOf<Value<LaunchTemplate_LaunchTemplateElasticInferenceAccelerator>>;
  /** Indicates whether the instance is enabled for AWS Nitro Enclaves. For more information, see [What is Nitro Enclaves?](https://docs.aws.amazon.com/enclaves/latest/user/nitro-enclave.html) in the *AWS Nitro Enclaves User Guide* . */
  readonly EnclaveOptions?: Value<LaunchTemplate_EnclaveOptions>;
  /** Indicates whether an instance is enabled for hibernation. This parameter is valid only if the instance meets the [hibernation prerequisites](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/hibernating-prerequisites.html) . For more i... */
  readonly HibernationOptions?: Value<LaunchTemplate_HibernationOptions>;
  /** The name or Amazon Resource Name (ARN) of an IAM instance profile. */
  readonly IamInstanceProfile?: Value<LaunchTemplate_IamInstanceProfile>;
  /** The ID of the AMI. Alternatively, you can specify a Systems Manager parameter, which will resolve to an AMI ID on launch. */
  readonly ImageId?: Value<string>;
  /** Indicates whether an instance stops or terminates when you initiate shutdown from the instance (using the operating system command for system shutdown). */
  readonly InstanceInitiatedShutdownBehavior?: Value<string>;
  /** The market (purchasing) option for the instances. */
  readonly InstanceMarketOptions?: Value<LaunchTemplate_InstanceMarketOptions>;
  /** The attributes for the instance types. When you specify instance attributes, Amazon EC2 will identify instance types with these attributes. */
  readonly InstanceRequirements?: Value<LaunchTemplate_InstanceRequirements>;
  /** The instance type. For more information, see [Amazon EC2 instance types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html) in the *Amazon EC2 User Guide* . */
  readonly InstanceType?: Value<string>;
  /** The ID of the kernel. */
  readonly KernelId?: Value<string>;
  /** The name of the key pair. You can create a key pair using [CreateKeyPair](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateKeyPair.html) or [ImportKeyPair](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Import... */
  readonly KeyName?: Value<string>;
  /** The license configurations. */
  readonly LicenseSpecifications?: ListOf<Value<LaunchTemplate_LicenseSpecification>>;
  /** The maintenance options of your instance. */
  readonly MaintenanceOptions?: Value<LaunchTemplate_MaintenanceOptions>;
  /** The metadata options for the instance. For more information, see [Configure the Instance Metadata Service options](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html) in the *Amazon EC2 User Gu... */
  readonly MetadataOptions?: Value<LaunchTemplate_MetadataOptions>;
  /** The monitoring for the instance. */
  readonly Monitoring?: Value<LaunchTemplate_Monitoring>;
  /** The network interfaces for the instance. */
  readonly NetworkInterfaces?: ListOf<Value<LaunchTemplate_NetworkInterface>>;
  /** The settings for the network performance options for the instance. For more information, see [EC2 instance bandwidth weighting configuration](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configure-bandwidth-weighting.html) . */
  readonly NetworkPerformanceOptions?: Value<LaunchTemplate_NetworkPerformanceOptions>;
  /** The placement for the instance. */
  readonly Placement?: Value<LaunchTemplate_Placement>;
  /** The hostname type for EC2 instances launched into this subnet and how DNS A and AAAA record queries should be handled. For more information, see [Amazon EC2 instance hostname types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2... */
  readonly PrivateDnsNameOptions?: Value<LaunchTemplate_PrivateDnsNameOptions>;
  /** The ID of the RAM disk. */
  readonly RamDiskId?: Value<string>;
  /** The IDs of the security groups. You can specify the IDs of existing security groups and references to resources created by the stack template. */
  readonly SecurityGroupIds?: ListOf<Value<string>>;
  /** The names of the security groups. For a nondefault VPC, you must use security group IDs instead. */
  readonly SecurityGroups?: ListOf<Value<string>>;
  /** The tags to apply to resources that are created during instance launch. */
  readonly TagSpecifications?: ListOf<Value<LaunchTemplate_TagSpecification>>;
  /** The user data to make available to the instance. You must provide base64-encoded text. User data is limited to 16 KB. For more information, see [Run commands when you launch an EC2 instance with user data input](https://docs.aws.amazon.c... */
  readonly UserData?: Value<string>;
}

export interface LaunchTemplate_LaunchTemplateElasticInferenceAccelerator {
  readonly Count?: Value<number>;
  readonly Type?: Value<string>;
}

export interface LaunchTemplate_LaunchTemplateTagSpecification {
  /** The type of resource. To tag a launch template, `ResourceType` must be `launch-template` . */
  readonly ResourceType?: Value<string>;
  /** The tags for the resource. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface LaunchTemplate_LicenseSpecification {
  /** The Amazon Resource Name (ARN) of the license configuration. */
  readonly LicenseConfigurationArn?: Value<string>;
}

export interface LaunchTemplate_MaintenanceOptions {
  /** Disables the automatic recovery behavior of your instance or sets it to default. */
  readonly AutoRecovery?: Value<string>;
}

export interface LaunchTemplate_MemoryGiBPerVCpu {
  /** The maximum amount of memory per vCPU, in GiB. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum amount of memory per vCPU, in GiB. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface LaunchTemplate_MemoryMiB {
  /** The maximum amount of memory, in MiB. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum amount of memory, in MiB. To specify no minimum limit, specify `0` . */
  readonly Min?: Value<number>;
}

export interface LaunchTemplate_MetadataOptions {
  /** Enables or disables the HTTP metadata endpoint on your instances. If the parameter is not specified, the default state is `enabled` . */
  readonly HttpEndpoint?: Value<string>;
  /** Enables or disables the IPv6 endpoint for the instance metadata service. */
  readonly HttpProtocolIpv6?: Value<string>;
  /** The desired HTTP PUT response hop limit for instance metadata requests. The larger the number, the further instance metadata requests can travel. */
  readonly HttpPutResponseHopLimit?: Value<number>;
  /** Indicates whether IMDSv2 is required. */
  readonly HttpTokens?: Value<string>;
  /** Set to `enabled` to allow access to instance tags from the instance metadata. Set to `disabled` to turn off access to instance tags from the instance metadata. For more information, see [View tags for your EC2 instances using instance me... */
  readonly InstanceMetadataTags?: Value<string>;
}

export interface LaunchTemplate_Monitoring {
  /** Specify `true` to enable detailed monitoring. Otherwise, basic monitoring is enabled. */
  readonly Enabled?: Value<boolean>;
}

export interface LaunchTemplate_NetworkBandwidthGbps {
  /** The maximum amount of network bandwidth, in Gbps. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum amount of network bandwidth, in Gbps. If this parameter is not specified, there is no minimum limit. */
  readonly Min?: Value<number>;
}

export interface LaunchTemplate_NetworkInterface {
  /** Associates a Carrier IP address with eth0 for a new network interface. */
  readonly AssociateCarrierIpAddress?: Value<boolean>;
  /** Associates a public IPv4 address with eth0 for a new network interface. */
  readonly AssociatePublicIpAddress?: Value<boolean>;
  /** A connection tracking specification for the network interface. */
  readonly ConnectionTrackingSpecification?: Value<LaunchTemplate_ConnectionTrackingSpecification>;
  /** Indicates whether the network interface is deleted when the instance is terminated. */
  readonly DeleteOnTermination?: Value<boolean>;
  /** A description for the network interface. */
  readonly Description?: Value<string>;
  /** The device index for the network interface attachment. The primary network interface has a device index of 0. If the network interface is of type `interface` , you must specify a device index. */
  readonly DeviceIndex?: Value<number>;
  /** The number of ENA queues to be created with the instance. */
  readonly EnaQueueCount?: Value<number>;
  /** The ENA Express configuration for the network interface. */
  readonly EnaSrdSpecification?: Value<LaunchTemplate_EnaSrdSpecification>;
  /** The IDs of one or more security groups. */
  readonly Groups?: ListOf<Value<string>>;
  /** The type of network interface. To create an Elastic Fabric Adapter (EFA), specify `efa` or `efa` . For more information, see [Elastic Fabric Adapter for AI/ML and HPC workloads on Amazon EC2](https://docs.aws.amazon.com/AWSEC2/latest/Use... */
  readonly InterfaceType?: Value<string>;
  /** The number of IPv4 prefixes to be automatically assigned to the network interface. You cannot use this option if you use the `Ipv4Prefix` option. */
  readonly Ipv4PrefixCount?: Value<number>;
  /** One or more IPv4 prefixes to be assigned to the network interface. You cannot use this option if you use the `Ipv4PrefixCount` option. */
  readonly Ipv4Prefixes?: ListOf<Value<LaunchTemplate_Ipv4PrefixSpecification>>;
  /** The number of IPv6 addresses to assign to a network interface. Amazon EC2 automatically selects the IPv6 addresses from the subnet range. You can't use this option if specifying specific IPv6 addresses. */
  readonly Ipv6AddressCount?: Value<number>;
  /** One or more specific IPv6 addresses from the IPv6 CIDR block range of your subnet. You can't use this option if you're specifying a number of IPv6 addresses. */
  readonly Ipv6Addresses?: ListOf<Value<LaunchTemplate_Ipv6Add>>;
  /** The number of IPv6 prefixes to be automatically assigned to the network interface. You cannot use this option if you use the `Ipv6Prefix` option. */
  readonly Ipv6PrefixCount?: Value<number>;
  /** One or more IPv6 prefixes to be assigned to the network interface. You cannot use this option if you use the `Ipv6PrefixCount` option. */
  readonly Ipv6Prefixes?: ListOf<Value<LaunchTemplate_Ipv6PrefixSpecification>>;
  /** The index of the network card. Some instance types support multiple network cards. The primary network interface must be assigned to network card index 0. The default is network card index 0. */
  readonly NetworkCardIndex?: Value<number>;
  /** The ID of the network interface. */
  readonly NetworkInterfaceId?: Value<string>;
  /** The primary IPv6 address of the network interface. When you enable an IPv6 GUA address to be a primary IPv6, the first IPv6 GUA will be made the primary IPv6 address until the instance is terminated or the network interface is detached.... */
  readonly PrimaryIpv6?: Value<boolean>;
  /** The primary private IPv4 address of the network interface. */
  readonly PrivateIpAddress?: Value<string>;
  /** One or more private IPv4 addresses. */
  readonly PrivateIpAddresses?: ListOf<Value<LaunchTemplate_PrivateIpAdd>>;
  /** The number of secondary private IPv4 addresses to assign to a network interface. */
  readonly SecondaryPrivateIpAddressCount?: Value<number>;
  /** The ID of the subnet for the network interface. */
  readonly SubnetId?: Value<string>;
}

export interface LaunchTemplate_NetworkInterfaceCount {
  /** The maximum number of network interfaces. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum number of network interfaces. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface LaunchTemplate_NetworkPerformanceOptions {
  /** Specify the bandwidth weighting option to boost the associated type of baseline bandwidth, as follows: */
  readonly BandwidthWeighting?: Value<string>;
}

export interface LaunchTemplate_Placement {
  /** The affinity setting for an instance on a Dedicated Host. */
  readonly Affinity?: Value<string>;
  /** The Availability Zone for the instance. */
  readonly AvailabilityZone?: Value<string>;
  /** The Group Id of a placement group. You must specify the Placement Group *Group Id* to launch an instance in a shared placement group. */
  readonly GroupId?: Value<string>;
  /** The name of the placement group for the instance. */
  readonly GroupName?: Value<string>;
  /** The ID of the Dedicated Host for the instance. */
  readonly HostId?: Value<string>;
  /** The ARN of the host resource group in which to launch the instances. If you specify a host resource group ARN, omit the *Tenancy* parameter or set it to `host` . */
  readonly HostResourceGroupArn?: Value<string>;
  /** The number of the partition the instance should launch in. Valid only if the placement group strategy is set to `partition` . */
  readonly PartitionNumber?: Value<number>;
  /** Reserved for future use. */
  readonly SpreadDomain?: Value<string>;
  /** The tenancy of the instance. An instance with a tenancy of dedicated runs on single-tenant hardware. */
  readonly Tenancy?: Value<string>;
}

export interface LaunchTemplate_PrivateDnsNameOptions {
  /** Indicates whether to respond to DNS queries for instance hostnames with DNS AAAA records. */
  readonly EnableResourceNameDnsAAAARecord?: Value<boolean>;
  /** Indicates whether to respond to DNS queries for instance hostnames with DNS A records. */
  readonly EnableResourceNameDnsARecord?: Value<boolean>;
  /** The type of hostname for EC2 instances. For IPv4 only subnets, an instance DNS name must be based on the instance IPv4 address. For IPv6 only subnets, an instance DNS name must be based on the instance ID. For dual-stack subnets, you can... */
  readonly HostnameType?: Value<string>;
}

export interface LaunchTemplate_PrivateIpAdd {
  /** Indicates whether the private IPv4 address is the primary private IPv4 address. Only one IPv4 address can be designated as primary. */
  readonly Primary?: Value<boolean>;
  /** The private IPv4 address. */
  readonly PrivateIpAddress?: Value<string>;
}

export interface LaunchTemplate_Reference {
  /** The instance family to use as a baseline reference. */
  readonly InstanceFamily?: Value<string>;
}

export interface LaunchTemplate_SpotOptions {
  /** Deprecated. */
  readonly BlockDurationMinutes?: Value<number>;
  /** The behavior when a Spot Instance is interrupted. The default is `terminate` . */
  readonly InstanceInterruptionBehavior?: Value<string>;
  /** The maximum hourly price you're willing to pay for a Spot Instance. We do not recommend using this parameter because it can lead to increased interruptions. If you do not specify this parameter, you will pay the current Spot price. If yo... */
  readonly MaxPrice?: Value<string>;
  /** The Spot Instance request type. */
  readonly SpotInstanceType?: Value<string>;
  /** The end date of the request, in UTC format ( *YYYY-MM-DD* T *HH:MM:SS* Z). Supported only for persistent requests. */
  readonly ValidUntil?: Value<string>;
}

export interface LaunchTemplate_TagSpecification {
  /** The type of resource to tag. You can specify tags for the following resource types only: `instance` | `volume` | `network-interface` | `spot-instances-request` . If the instance does not include the resource type that you specify, the in... */
  readonly ResourceType?: Value<string>;
  /** The tags to apply to the resource. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface LaunchTemplate_TotalLocalStorageGB {
  /** The maximum amount of total local storage, in GB. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum amount of total local storage, in GB. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface LaunchTemplate_VCpuCount {
  /** The maximum number of vCPUs. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum number of vCPUs. To specify no minimum limit, specify `0` . */
  readonly Min?: Value<number>;
}

/** Creates a static route for the specified local gateway route table. You must specify one of the following targets: */
export interface LocalGatewayRouteProps {
  /** The CIDR block used for destination matches. */
  readonly DestinationCidrBlock: Value<string>;
  /** The ID of the local gateway route table. */
  readonly LocalGatewayRouteTableId: Value<string>;
  /** The ID of the virtual interface group. */
  readonly LocalGatewayVirtualInterfaceGroupId?: Value<string>;
  /** The ID of the network interface. */
  readonly NetworkInterfaceId?: Value<string>;
}

/** Describes a local gateway route table. */
export interface LocalGatewayRouteTableProps {
  /** The ID of the local gateway. */
  readonly LocalGatewayId: Value<string>;
  /** The mode of the local gateway route table. */
  readonly Mode?: Value<string>;
  /** The tags assigned to the local gateway route table. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Describes an association between a local gateway route table and a virtual interface group. */
export interface LocalGatewayRouteTableVirtualInterfaceGroupAssociationProps {
  /** The ID of the local gateway route table. */
  readonly LocalGatewayRouteTableId: Value<string>;
  /** The ID of the virtual interface group. */
  readonly LocalGatewayVirtualInterfaceGroupId: Value<string>;
  /** The tags assigned to the association. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Associates the specified VPC with the specified local gateway route table. */
export interface LocalGatewayRouteTableVPCAssociationProps {
  /** The ID of the local gateway route table. */
  readonly LocalGatewayRouteTableId: Value<string>;
  /** The tags assigned to the association. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the VPC. */
  readonly VpcId: Value<string>;
}

/** Describes a local gateway virtual interface. */
export interface LocalGatewayVirtualInterfaceProps {
  /** The local address. */
  readonly LocalAddress: Value<string>;
  /** The ID of the local gateway virtual interface group. */
  readonly LocalGatewayVirtualInterfaceGroupId: Value<string>;
  /** The Outpost LAG ID. */
  readonly OutpostLagId: Value<string>;
  /** The peer address. */
  readonly PeerAddress: Value<string>;
  /** The peer BGP ASN. */
  readonly PeerBgpAsn?: Value<number>;
  /** The extended 32-bit ASN of the BGP peer for use with larger ASN values. */
  readonly PeerBgpAsnExtended?: Value<number>;
  /** The tags assigned to the virtual interface. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the VLAN. */
  readonly Vlan: Value<number>;
}

/** Describes a local gateway virtual interface group. */
export interface LocalGatewayVirtualInterfaceGroupProps {
  /** The Autonomous System Number(ASN) for the local Border Gateway Protocol (BGP). */
  readonly LocalBgpAsn?: Value<number>;
  /** The extended 32-bit ASN for the local BGP configuration. */
  readonly LocalBgpAsnExtended?: Value<number>;
  /** The ID of the local gateway. */
  readonly LocalGatewayId: Value<string>;
  /** The tags assigned to the virtual interface group. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Specifies a network address translation (NAT) gateway in the specified subnet. You can create either a public NAT gateway or a private NAT gateway. The default is a public NAT gateway. If you create a public NAT gateway, you must specify... */
export interface NatGatewayProps {
  /** [Public NAT gateway only] The allocation ID of the Elastic IP address that's associated with the NAT gateway. This property is required for a public NAT gateway and cannot be specified with a private NAT gateway. */
  readonly AllocationId?: Value<string>;
  /** Indicates whether this is a zonal (single-AZ) or regional (multi-AZ) NAT gateway. */
  readonly AvailabilityMode?: Value<string>;
  /** For regional NAT gateways only: Specifies which Availability Zones you want the NAT gateway to support and the Elastic IP addresses (EIPs) to use in each AZ. The regional NAT gateway uses these EIPs to handle outbound NAT traffic from th... */
  readonly AvailabilityZoneAddresses?: ListOf<Value<NatGateway_AvailabilityZoneAddress>>;
  /** Indicates whether the NAT gateway supports public or private connectivity. The default is public connectivity. */
  readonly ConnectivityType?: Value<string>;
  /** The maximum amount of time to wait (in seconds) before forcibly releasing the IP addresses if connections are still in progress. Default value is 350 seconds. */
  readonly MaxDrainDurationSeconds?: Value<number>;
  /** The private IPv4 address to assign to the NAT gateway. If you don't provide an address, a private IPv4 address will be automatically assigned. */
  readonly PrivateIpAddress?: Value<string>;
  /** Secondary EIP allocation IDs. For more information, see [Create a NAT gateway](https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-working-with.html) in the *Amazon VPC User Guide* . */
  readonly SecondaryAllocationIds?: ListOf<Value<string>>;
  /** [Private NAT gateway only] The number of secondary private IPv4 addresses you want to assign to the NAT gateway. For more information about secondary addresses, see [Create a NAT gateway](https://docs.aws.amazon.com/vpc/latest/userguide/... */
  readonly SecondaryPrivateIpAddressCount?: Value<number>;
  /** Secondary private IPv4 addresses. For more information about secondary addresses, see [Create a NAT gateway](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html#nat-gateway-creating) in the *Amazon Virtual Private Cloud... */
  readonly SecondaryPrivateIpAddresses?: ListOf<Value<string>>;
  /** The ID of the subnet in which the NAT gateway is located. */
  readonly SubnetId?: Value<string>;
  /** The tags for the NAT gateway. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the VPC in which the NAT gateway is located. */
  readonly VpcId?: Value<string>;
}

export interface NatGateway_AvailabilityZoneAddress {
  /** The allocation IDs of the Elastic IP addresses (EIPs) to be used for handling outbound NAT traffic in this specific Availability Zone. */
  readonly AllocationIds: ListOf<Value<string>>;
  /** For regional NAT gateways only: The Availability Zone where this specific NAT gateway configuration will be active. Each AZ in a regional NAT gateway has its own configuration to handle outbound NAT traffic from that AZ. */
  readonly AvailabilityZone?: Value<string>;
  /** For regional NAT gateways only: The ID of the Availability Zone where this specific NAT gateway configuration will be active. Each AZ in a regional NAT gateway has its own configuration to handle outbound NAT traffic from that AZ. Use th... */
  readonly AvailabilityZoneId?: Value<string>;
}

/** Specifies a network ACL for your VPC. */
export interface NetworkAclProps {
  /** The tags for the network ACL. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the VPC for the network ACL. */
  readonly VpcId: Value<string>;
}

/** Specifies an entry, known as a rule, in a network ACL with a rule number you specify. Each network ACL has a set of numbered ingress rules and a separate set of numbered egress rules. */
export interface NetworkAclEntryProps {
  /** The IPv4 CIDR range to allow or deny, in CIDR notation (for example, 172.16.0.0/24). You must specify an IPv4 CIDR block or an IPv6 CIDR block. */
  readonly CidrBlock?: Value<string>;
  /** Whether this rule applies to egress traffic from the subnet ( `true` ) or ingress traffic to the subnet ( `false` ). By default, AWS CloudFormation specifies `false` . */
  readonly Egress?: Value<boolean>;
  /** The Internet Control Message Protocol (ICMP) code and type. Required if specifying 1 (ICMP) for the protocol parameter. */
  readonly Icmp?: Value<NetworkAclEntry_Icmp>;
  /** The IPv6 network range to allow or deny, in CIDR notation. You must specify an IPv4 CIDR block or an IPv6 CIDR block. */
  readonly Ipv6CidrBlock?: Value<string>;
  /** The ID of the ACL for the entry. */
  readonly NetworkAclId: Value<string>;
  /** The range of port numbers for the UDP/TCP protocol. Required if specifying 6 (TCP) or 17 (UDP) for the protocol parameter. */
  readonly PortRange?: Value<NetworkAclEntry_PortRange>;
  /** The IP protocol that the rule applies to. You must specify -1 or a protocol number. You can specify -1 for all protocols. */
  readonly Protocol: Value<number>;
  /** Whether to allow or deny traffic that matches the rule; valid values are "allow" or "deny". */
  readonly RuleAction: Value<string>;
  /** Rule number to assign to the entry, such as 100. ACL entries are processed in ascending order by rule number. Entries can't use the same rule number unless one is an egress rule and the other is an ingress rule. */
  readonly RuleNumber: Value<number>;
}

export interface NetworkAclEntry_Icmp {
  /** The Internet Control Message Protocol (ICMP) code. You can use -1 to specify all ICMP codes for the given ICMP type. Required if you specify 1 (ICMP) for the protocol parameter. */
  readonly Code?: Value<number>;
  /** The Internet Control Message Protocol (ICMP) type. You can use -1 to specify all ICMP types. Conditional requirement: Required if you specify 1 (ICMP) for the `CreateNetworkAclEntry` protocol parameter. */
  readonly Type?: Value<number>;
}

export interface NetworkAclEntry_PortRange {
  /** The first port in the range. Required if you specify 6 (TCP) or 17 (UDP) for the protocol parameter. */
  readonly From?: Value<number>;
  /** The last port in the range. Required if you specify 6 (TCP) or 17 (UDP) for the protocol parameter. */
  readonly To?: Value<number>;
}

/** Describes a Network Access Scope. A Network Access Scope defines outbound (egress) and inbound (ingress) traffic patterns, including sources, destinations, paths, and traffic types. */
export interface NetworkInsightsAccessScopeProps {
  /** The paths to exclude. */
  readonly ExcludePaths?: ListOf<Value<NetworkInsightsAccessScope_AccessScopePathRequest>>;
  /** The paths to match. */
  readonly MatchPaths?: ListOf<Value<NetworkInsightsAccessScope_AccessScopePathRequest>>;
  /** The tags. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface NetworkInsightsAccessScope_AccessScopePathRequest {
  /** The destination. */
  readonly Destination?: Value<NetworkInsightsAccessScope_PathStatementRequest>;
  /** The source. */
  readonly Source?: Value<NetworkInsightsAccessScope_PathStatementRequest>;
  /** The through resources. */
  readonly ThroughResources?: ListOf<Value<NetworkInsightsAccessScope_ThroughResourcesStatementRequest>>;
}

export interface NetworkInsightsAccessScope_PacketHeaderStatementRequest {
  /** The destination addresses. */
  readonly DestinationAddresses?: ListOf<Value<string>>;
  /** The destination ports. */
  readonly DestinationPorts?: ListOf<Value<string>>;
  /** The destination prefix lists. */
  readonly DestinationPrefixLists?: ListOf<Value<string>>;
  /** The protocols. */
  readonly Protocols?: ListOf<Value<string>>;
  /** The source addresses. */
  readonly SourceAddresses?: ListOf<Value<string>>;
  /** The source ports. */
  readonly SourcePorts?: ListOf<Value<string>>;
  /** The source prefix lists. */
  readonly SourcePrefixLists?: ListOf<Value<string>>;
}

export interface NetworkInsightsAccessScope_PathStatementRequest {
  /** The packet header statement. */
  readonly PacketHeaderStatement?: Value<NetworkInsightsAccessScope_PacketHeaderStatementRequest>;
  /** The resource statement. */
  readonly ResourceStatement?: Value<NetworkInsightsAccessScope_ResourceStatementRequest>;
}

export interface NetworkInsightsAccessScope_ResourceStatementRequest {
  /** The resources. */
  readonly Resources?: ListOf<Value<string>>;
  /** The resource types. */
  readonly ResourceTypes?: ListOf<Value<string>>;
}

export interface NetworkInsightsAccessScope_ThroughResourcesStatementRequest {
  /** The resource statement. */
  readonly ResourceStatement?: Value<NetworkInsightsAccessScope_ResourceStatementRequest>;
}

/** Describes a Network Access Scope analysis. */
export interface NetworkInsightsAccessScopeAnalysisProps {
  /** The ID of the Network Access Scope. */
  readonly NetworkInsightsAccessScopeId: Value<string>;
  /** The tags. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Specifies a network insights analysis. */
export interface NetworkInsightsAnalysisProps {
  /** The member accounts that contain resources that the path can traverse. */
  readonly AdditionalAccounts?: ListOf<Value<string>>;
  /** The Amazon Resource Names (ARN) of the resources that the path must traverse. */
  readonly FilterInArns?: ListOf<Value<string>>;
  /** The Amazon Resource Names (ARN) of the resources that the path must ignore. */
  readonly FilterOutArns?: ListOf<Value<string>>;
  /** The ID of the path. */
  readonly NetworkInsightsPathId: Value<string>;
  /** The tags to apply. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface NetworkInsightsAnalysis_AdditionalDetail {
  /** The additional detail code. */
  readonly AdditionalDetailType?: Value<string>;
  /** The path component. */
  readonly Component?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The load balancers. */
  readonly LoadBalancers?: ListOf<Value<NetworkInsightsAnalysis_AnalysisComponent>>;
  /** The name of the VPC endpoint service. */
  readonly ServiceName?: Value<string>;
}

export interface NetworkInsightsAnalysis_AlternatePathHint {
  /** The Amazon Resource Name (ARN) of the component. */
  readonly ComponentArn?: Value<string>;
  /** The ID of the component. */
  readonly ComponentId?: Value<string>;
}

export interface NetworkInsightsAnalysis_AnalysisAclRule {
  /** The IPv4 address range, in CIDR notation. */
  readonly Cidr?: Value<string>;
  /** Indicates whether the rule is an outbound rule. */
  readonly Egress?: Value<boolean>;
  /** The range of ports. */
  readonly PortRange?: Value<NetworkInsightsAnalysis_PortRange>;
  /** The protocol. */
  readonly Protocol?: Value<string>;
  /** Indicates whether to allow or deny traffic that matches the rule. */
  readonly RuleAction?: Value<string>;
  /** The rule number. */
  readonly RuleNumber?: Value<number>;
}

export interface NetworkInsightsAnalysis_AnalysisComponent {
  /** The Amazon Resource Name (ARN) of the component. */
  readonly Arn?: Value<string>;
  /** The ID of the component. */
  readonly Id?: Value<string>;
}

export interface NetworkInsightsAnalysis_AnalysisLoadBalancerListener {
  /** [Classic Load Balancers] The back-end port for the listener. */
  readonly InstancePort?: Value<number>;
  /** The port on which the load balancer is listening. */
  readonly LoadBalancerPort?: Value<number>;
}

export interface NetworkInsightsAnalysis_AnalysisLoadBalancerTarget {
  /** The IP address. */
  readonly Address?: Value<string>;
  /** The Availability Zone. */
  readonly AvailabilityZone?: Value<string>;
  /** Information about the instance. */
  readonly Instance?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The port on which the target is listening. */
  readonly Port?: Value<number>;
}

export interface NetworkInsightsAnalysis_AnalysisPacketHeader {
  /** The destination addresses. */
  readonly DestinationAddresses?: ListOf<Value<string>>;
  /** The destination port ranges. */
  readonly DestinationPortRanges?: ListOf<Value<NetworkInsightsAnalysis_PortRange>>;
  /** The protocol. */
  readonly Protocol?: Value<string>;
  /** The source addresses. */
  readonly SourceAddresses?: ListOf<Value<string>>;
  /** The source port ranges. */
  readonly SourcePortRanges?: ListOf<Value<NetworkInsightsAnalysis_PortRange>>;
}

export interface NetworkInsightsAnalysis_AnalysisRouteTableRoute {
  /** The destination IPv4 address, in CIDR notation. */
  readonly destinationCidr?: Value<string>;
  /** The prefix of the AWS service. */
  readonly destinationPrefixListId?: Value<string>;
  /** The ID of an egress-only internet gateway. */
  readonly egressOnlyInternetGatewayId?: Value<string>;
  /** The ID of the gateway, such as an internet gateway or virtual private gateway. */
  readonly gatewayId?: Value<string>;
  /** The ID of the instance, such as a NAT instance. */
  readonly instanceId?: Value<string>;
  /** The ID of a NAT gateway. */
  readonly NatGatewayId?: Value<string>;
  /** The ID of a network interface. */
  readonly NetworkInterfaceId?: Value<string>;
  /** Describes how the route was created. The following are the possible values: */
  readonly Origin?: Value<string>;
  /** The state. The following are the possible values: */
  readonly State?: Value<string>;
  /** The ID of a transit gateway. */
  readonly TransitGatewayId?: Value<string>;
  /** The ID of a VPC peering connection. */
  readonly VpcPeeringConnectionId?: Value<string>;
}

export interface NetworkInsightsAnalysis_AnalysisSecurityGroupRule {
  /** The IPv4 address range, in CIDR notation. */
  readonly Cidr?: Value<string>;
  /** The direction. The following are the possible values: */
  readonly Direction?: Value<string>;
  /** The port range. */
  readonly PortRange?: Value<NetworkInsightsAnalysis_PortRange>;
  /** The prefix list ID. */
  readonly PrefixListId?: Value<string>;
  /** The protocol name. */
  readonly Protocol?: Value<string>;
  /** The security group ID. */
  readonly SecurityGroupId?: Value<string>;
}

export interface NetworkInsightsAnalysis_Explanation {
  /** The network ACL. */
  readonly Acl?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The network ACL rule. */
  readonly AclRule?: Value<NetworkInsightsAnalysis_AnalysisAclRule>;
  /** The IPv4 address, in CIDR notation. */
  readonly Address?: Value<string>;
  /** The IPv4 addresses, in CIDR notation. */
  readonly Addresses?: ListOf<Value<string>>;
  /** The resource to which the component is attached. */
  readonly AttachedTo?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The Availability Zones. */
  readonly AvailabilityZones?: ListOf<Value<string>>;
  /** The CIDR ranges. */
  readonly Cidrs?: ListOf<Value<string>>;
  /** The listener for a Classic Load Balancer. */
  readonly ClassicLoadBalancerListener?: Value<NetworkInsightsAnalysis_AnalysisLoadBalancerListener>;
  /** The component. */
  readonly Component?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The AWS account for the component. */
  readonly ComponentAccount?: Value<string>;
  /** The Region for the component. */
  readonly ComponentRegion?: Value<string>;
  /** The customer gateway. */
  readonly CustomerGateway?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The destination. */
  readonly Destination?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The destination VPC. */
  readonly DestinationVpc?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The direction. The following are the possible values: */
  readonly Direction?: Value<string>;
  /** The load balancer listener. */
  readonly ElasticLoadBalancerListener?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The explanation code. */
  readonly ExplanationCode?: Value<string>;
  /** The route table. */
  readonly IngressRouteTable?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The internet gateway. */
  readonly InternetGateway?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The Amazon Resource Name (ARN) of the load balancer. */
  readonly LoadBalancerArn?: Value<string>;
  /** The listener port of the load balancer. */
  readonly LoadBalancerListenerPort?: Value<number>;
  /** The target. */
  readonly LoadBalancerTarget?: Value<NetworkInsightsAnalysis_AnalysisLoadBalancerTarget>;
  /** The target group. */
  readonly LoadBalancerTargetGroup?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The target groups. */
  readonly LoadBalancerTargetGroups?: ListOf<Value<NetworkInsightsAnalysis_AnalysisComponent>>;
  /** The target port. */
  readonly LoadBalancerTargetPort?: Value<number>;
  /** The missing component. */
  readonly MissingComponent?: Value<string>;
  /** The NAT gateway. */
  readonly NatGateway?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The network interface. */
  readonly NetworkInterface?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The packet field. */
  readonly PacketField?: Value<string>;
  /** The port. */
  readonly Port?: Value<number>;
  /** The port ranges. */
  readonly PortRanges?: ListOf<Value<NetworkInsightsAnalysis_PortRange>>;
  /** The prefix list. */
  readonly PrefixList?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The protocols. */
  readonly Protocols?: ListOf<Value<string>>;
  /** The route table. */
  readonly RouteTable?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The route table route. */
  readonly RouteTableRoute?: Value<NetworkInsightsAnalysis_AnalysisRouteTableRoute>;
  /** The security group. */
  readonly SecurityGroup?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The security group rule. */
  readonly SecurityGroupRule?: Value<NetworkInsightsAnalysis_AnalysisSecurityGroupRule>;
  /** The security groups. */
  readonly SecurityGroups?: ListOf<Value<NetworkInsightsAnalysis_AnalysisComponent>>;
  /** The source VPC. */
  readonly SourceVpc?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The state. */
  readonly State?: Value<string>;
  /** The subnet. */
  readonly Subnet?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The route table for the subnet. */
  readonly SubnetRouteTable?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The transit gateway. */
  readonly TransitGateway?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The transit gateway attachment. */
  readonly TransitGatewayAttachment?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The transit gateway route table. */
  readonly TransitGatewayRouteTable?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The transit gateway route table route. */
  readonly TransitGatewayRouteTableRoute?: Value<NetworkInsightsAnalysis_TransitGatewayRouteTableRoute>;
  /** The component VPC. */
  readonly Vpc?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The VPC endpoint. */
  readonly vpcEndpoint?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The VPC peering connection. */
  readonly VpcPeeringConnection?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The VPN connection. */
  readonly VpnConnection?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The VPN gateway. */
  readonly VpnGateway?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
}

export interface NetworkInsightsAnalysis_PathComponent {
  /** The network ACL rule. */
  readonly AclRule?: Value<NetworkInsightsAnalysis_AnalysisAclRule>;
  /** The additional details. */
  readonly AdditionalDetails?: ListOf<Value<NetworkInsightsAnalysis_AdditionalDetail>>;
  /** The component. */
  readonly Component?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The destination VPC. */
  readonly DestinationVpc?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The load balancer listener. */
  readonly ElasticLoadBalancerListener?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The explanation codes. */
  readonly Explanations?: ListOf<Value<NetworkInsightsAnalysis_Explanation>>;
  /** The inbound header. */
  readonly InboundHeader?: Value<NetworkInsightsAnalysis_AnalysisPacketHeader>;
  /** The outbound header. */
  readonly OutboundHeader?: Value<NetworkInsightsAnalysis_AnalysisPacketHeader>;
  /** The route table route. */
  readonly RouteTableRoute?: Value<NetworkInsightsAnalysis_AnalysisRouteTableRoute>;
  /** The security group rule. */
  readonly SecurityGroupRule?: Value<NetworkInsightsAnalysis_AnalysisSecurityGroupRule>;
  /** The sequence number. */
  readonly SequenceNumber?: Value<number>;
  /** The name of the VPC endpoint service. */
  readonly ServiceName?: Value<string>;
  /** The source VPC. */
  readonly SourceVpc?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The subnet. */
  readonly Subnet?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The transit gateway. */
  readonly TransitGateway?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
  /** The route in a transit gateway route table. */
  readonly TransitGatewayRouteTableRoute?: Value<NetworkInsightsAnalysis_TransitGatewayRouteTableRoute>;
  /** The component VPC. */
  readonly Vpc?: Value<NetworkInsightsAnalysis_AnalysisComponent>;
}

export interface NetworkInsightsAnalysis_PortRange {
  /** The first port in the range. */
  readonly From?: Value<number>;
  /** The last port in the range. */
  readonly To?: Value<number>;
}

export interface NetworkInsightsAnalysis_TransitGatewayRouteTableRoute {
  /** The ID of the route attachment. */
  readonly AttachmentId?: Value<string>;
  /** The CIDR block used for destination matches. */
  readonly DestinationCidr?: Value<string>;
  /** The ID of the prefix list. */
  readonly PrefixListId?: Value<string>;
  /** The ID of the resource for the route attachment. */
  readonly ResourceId?: Value<string>;
  /** The resource type for the route attachment. */
  readonly ResourceType?: Value<string>;
  /** The route origin. The following are the possible values: */
  readonly RouteOrigin?: Value<string>;
  /** The state of the route. */
  readonly State?: Value<string>;
}

/** Specifies a path to analyze for reachability. */
export interface NetworkInsightsPathProps {
  /** The ID or ARN of the destination. If the resource is in another account, you must specify an ARN. */
  readonly Destination?: Value<string>;
  /** The IP address of the destination. */
  readonly DestinationIp?: Value<string>;
  /** The destination port. */
  readonly DestinationPort?: Value<number>;
  /** Scopes the analysis to network paths that match specific filters at the destination. If you specify this parameter, you can't specify the parameter for the destination IP address. */
  readonly FilterAtDestination?: Value<NetworkInsightsPath_PathFilter>;
  /** Scopes the analysis to network paths that match specific filters at the source. If you specify this parameter, you can't specify the parameters for the source IP address or the destination port. */
  readonly FilterAtSource?: Value<NetworkInsightsPath_PathFilter>;
  /** The protocol. */
  readonly Protocol: Value<string>;
  /** The ID or ARN of the source. If the resource is in another account, you must specify an ARN. */
  readonly Source: Value<string>;
  /** The IP address of the source. */
  readonly SourceIp?: Value<string>;
  /** The tags to add to the path. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface NetworkInsightsPath_FilterPortRange {
  /** The first port in the range. */
  readonly FromPort?: Value<number>;
  /** The last port in the range. */
  readonly ToPort?: Value<number>;
}

export interface NetworkInsightsPath_PathFilter {
  /** The destination IPv4 address. */
  readonly DestinationAddress?: Value<string>;
  /** The destination port range. */
  readonly DestinationPortRange?: Value<NetworkInsightsPath_FilterPortRange>;
  /** The source IPv4 address. */
  readonly SourceAddress?: Value<string>;
  /** The source port range. */
  readonly SourcePortRange?: Value<NetworkInsightsPath_FilterPortRange>;
}

/** Describes a network interface in an Amazon EC2 instance for AWS CloudFormation . */
export interface NetworkInterfaceProps {
  /** A connection tracking specification for the network interface. */
  readonly ConnectionTrackingSpecification?: Value<NetworkInterface_ConnectionTrackingSpecification>;
  /** A description for the network interface. */
  readonly Description?: Value<string>;
  /** If you’re modifying a network interface in a dual-stack or IPv6-only subnet, you have the option to assign a primary IPv6 IP address. A primary IPv6 address is an IPv6 GUA address associated with an ENI that you have enabled to use a pri... */
  readonly EnablePrimaryIpv6?: Value<boolean>;
  /** The IDs of the security groups associated with this network interface. */
  readonly GroupSet?: ListOf<Value<string>>;
  /** The type of network interface. The default is `interface` . The supported values are `efa` and `trunk` . */
  readonly InterfaceType?: Value<string>;
  /** The number of IPv4 prefixes to be automatically assigned to the network interface. */
  readonly Ipv4PrefixCount?: Value<number>;
  /** The IPv4 delegated prefixes that are assigned to the network interface. */
  readonly Ipv4Prefixes?: ListOf<Value<NetworkInterface_Ipv4PrefixSpecification>>;
  /** The number of IPv6 addresses to assign to the network interface. Amazon EC2 automatically selects the IPv6 addresses from the subnet range. To specify specific IPv6 addresses, use the `Ipv6Addresses` property and don't specify this prope... */
  readonly Ipv6AddressCount?: Value<number>;
  /** The IPv6 addresses from the IPv6 CIDR block range of your subnet to assign to the network interface. If you're specifying a number of IPv6 addresses, use the `Ipv6AddressCount` property and don't specify this property. */
  readonly Ipv6Addresses?: ListOf<Value<NetworkInterface_InstanceIpv6Address>>;
  /** The number of IPv6 prefixes to be automatically assigned to the network interface. */
  readonly Ipv6PrefixCount?: Value<number>;
  /** The IPv6 delegated prefixes that are assigned to the network interface. */
  readonly Ipv6Prefixes?: ListOf<Value<NetworkInterface_Ipv6PrefixSpecification>>;
  /** The private IPv4 address to assign to the network interface as the primary private IP address. If you want to specify multiple private IP addresses, use the `PrivateIpAddresses` property. */
  readonly PrivateIpAddress?: Value<string>;
  /** The private IPv4 addresses to assign to the network interface. You can specify a primary private IP address by setting the value of the `Primary` property to `true` in the `PrivateIpAddressSpecification` property. If you want EC2 to auto... */
  readonly PrivateIpAddresses?: ListOf<Value<NetworkInterface_PrivateIpAddressSpecification>>;
  /** Public IP DNS hostname type */
  readonly PublicIpDnsHostnameTypeSpecification?: Value<string>;
  /** The number of secondary private IPv4 addresses to assign to a network interface. When you specify a number of secondary IPv4 addresses, Amazon EC2 selects these IP addresses within the subnet's IPv4 CIDR range. You can't specify this opt... */
  readonly SecondaryPrivateIpAddressCount?: Value<number>;
  /** Enable or disable source/destination checks, which ensure that the instance is either the source or the destination of any traffic that it receives. If the value is `true` , source/destination checks are enabled; otherwise, they are disa... */
  readonly SourceDestCheck?: Value<boolean>;
  /** The ID of the subnet to associate with the network interface. */
  readonly SubnetId: Value<string>;
  /** The tags to apply to the network interface. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface NetworkInterface_ConnectionTrackingSpecification {
  /** Timeout (in seconds) for idle TCP connections in an established state. Min: 60 seconds. Max: 432000 seconds (5 days). Default: 432000 seconds. Recommended: Less than 432000 seconds. */
  readonly TcpEstablishedTimeout?: Value<number>;
  /** Timeout (in seconds) for idle UDP flows classified as streams which have seen more than one request-response transaction. Min: 60 seconds. Max: 180 seconds (3 minutes). Default: 180 seconds. */
  readonly UdpStreamTimeout?: Value<number>;
  /** Timeout (in seconds) for idle UDP flows that have seen traffic only in a single direction or a single request-response transaction. Min: 30 seconds. Max: 60 seconds. Default: 30 seconds. */
  readonly UdpTimeout?: Value<number>;
}

export interface NetworkInterface_InstanceIpv6Address {
  /** An IPv6 address to associate with the network interface. */
  readonly Ipv6Address: Value<string>;
}

export interface NetworkInterface_Ipv4PrefixSpecification {
  /** The IPv4 prefix. For information, see [Assigning prefixes to network interfaces](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-prefix-eni.html) in the *Amazon EC2 User Guide* . */
  readonly Ipv4Prefix: Value<string>;
}

export interface NetworkInterface_Ipv6PrefixSpecification {
  /** The IPv6 prefix. For information, see [Assigning prefixes to Amazon EC2 network interfaces](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-prefix-eni.html) in the *Amazon Elastic Compute Cloud User Guide* . */
  readonly Ipv6Prefix: Value<string>;
}

export interface NetworkInterface_PrivateIpAddressSpecification {
  /** Sets the private IP address as the primary private address. You can set only one primary private IP address. If you don't specify a primary private IP address, Amazon EC2 automatically assigns a primary private IP address. */
  readonly Primary: Value<boolean>;
  /** The private IP address of the network interface. */
  readonly PrivateIpAddress: Value<string>;
}

export interface NetworkInterface_PublicIpDnsNameOptions {
  /** The public hostname type. For more information, see [EC2 instance hostnames, DNS names, and domains](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html) in the *Amazon EC2 User Guide* . */
  readonly DnsHostnameType?: Value<string>;
  /** A dual-stack public hostname for a network interface. Requests from within the VPC resolve to both the private IPv4 address and the IPv6 Global Unicast Address of the network interface. Requests from the internet resolve to both the publ... */
  readonly PublicDualStackDnsName?: Value<string>;
  /** An IPv4-enabled public hostname for a network interface. Requests from within the VPC resolve to the private primary IPv4 address of the network interface. Requests from the internet resolve to the public IPv4 address of the network inte... */
  readonly PublicIpv4DnsName?: Value<string>;
  /** An IPv6-enabled public hostname for a network interface. Requests from within the VPC or from the internet resolve to the IPv6 GUA of the network interface. */
  readonly PublicIpv6DnsName?: Value<string>;
}

/** Attaches an elastic network interface (ENI) to an Amazon EC2 instance. You can use this resource type to attach additional network interfaces to an instance without interruption. */
export interface NetworkInterfaceAttachmentProps {
  /** Whether to delete the network interface when the instance terminates. By default, this value is set to `true` . */
  readonly DeleteOnTermination?: Value<boolean>;
  /** The network interface's position in the attachment order. For example, the first attached network interface has a `DeviceIndex` of 0. */
  readonly DeviceIndex: Value<string>;
  /** The number of ENA queues created with the instance. */
  readonly EnaQueueCount?: Value<number>;
  /** Configures ENA Express for the network interface that this action attaches to the instance. */
  readonly EnaSrdSpecification?: Value<NetworkInterfaceAttachment_EnaSrdSpecification>;
  /** The ID of the instance to which you will attach the ENI. */
  readonly InstanceId: Value<string>;
  /** The ID of the ENI that you want to attach. */
  readonly NetworkInterfaceId: Value<string>;
}

export interface NetworkInterfaceAttachment_EnaSrdSpecification {
  /** Indicates whether ENA Express is enabled for the network interface. */
  readonly EnaSrdEnabled?: Value<boolean>;
  /** Configures ENA Express for UDP network traffic. */
  readonly EnaSrdUdpSpecification?: Value<NetworkInterfaceAttachment_EnaSrdUdpSpecification>;
}

export interface NetworkInterfaceAttachment_EnaSrdUdpSpecification {
  /** Indicates whether UDP traffic to and from the instance uses ENA Express. To specify this setting, you must first enable ENA Express. */
  readonly EnaSrdUdpEnabled?: Value<boolean>;
}

/** Specifies a permission for the network interface, For example, you can grant an AWS -authorized account permission to attach the network interface to an instance in their account. */
export interface NetworkInterfacePermissionProps {
  /** The AWS account ID. */
  readonly AwsAccountId: Value<string>;
  /** The ID of the network interface. */
  readonly NetworkInterfaceId: Value<string>;
  /** The type of permission to grant: `INSTANCE-ATTACH` or `EIP-ASSOCIATE` . */
  readonly Permission: Value<string>;
}

/** Describes Infrastructure Performance subscriptions. */
export interface NetworkPerformanceMetricSubscriptionProps {
  /** The Region or Availability Zone that's the target for the subscription. For example, `eu-west-1` . */
  readonly Destination: Value<string>;
  /** The metric used for the subscription. */
  readonly Metric: Value<string>;
  /** The Region or Availability Zone that's the source for the subscription. For example, `us-east-1` . */
  readonly Source: Value<string>;
  /** The statistic used for the subscription. */
  readonly Statistic: Value<string>;
}

/** Specifies a placement group in which to launch instances. The strategy of the placement group determines how the instances are organized within the group. */
export interface PlacementGroupProps {
  /** The ID of a parent placement group. Valid for strategies that support parent group linking. */
  readonly ParentGroupId?: Value<string>;
  /** The number of partitions. Valid only when *Strategy* is set to `partition` . */
  readonly PartitionCount?: Value<number>;
  /** Determines how placement groups spread instances. */
  readonly SpreadLevel?: Value<string>;
  /** The placement strategy. */
  readonly Strategy?: Value<string>;
  /** The tags to apply to the new placement group. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Specifies a managed prefix list. You can add one or more entries to the prefix list. Each entry consists of a CIDR block and an optional description. */
export interface PrefixListProps {
  /** The IP address type. */
  readonly AddressFamily: Value<string>;
  /** The entries for the prefix list. */
  readonly Entries?: ListOf<Value<PrefixList_Entry>>;
  /** The maximum number of entries for the prefix list. You can't modify the entries and the size of a prefix list at the same time. */
  readonly MaxEntries?: Value<number>;
  /** A name for the prefix list. */
  readonly PrefixListName: Value<string>;
  /** The tags for the prefix list. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface PrefixList_Entry {
  /** The CIDR block. */
  readonly Cidr: Value<string>;
  /** A description for the entry. */
  readonly Description?: Value<string>;
}

/** Specifies a route in a route table. For more information, see [Routes](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html#route-table-routes) in the *Amazon VPC User Guide* . */
export interface RouteProps {
  /** The ID of the carrier gateway. */
  readonly CarrierGatewayId?: Value<string>;
  /** The Amazon Resource Name (ARN) of the core network. */
  readonly CoreNetworkArn?: Value<string>;
  /** The IPv4 CIDR address block used for the destination match. Routing decisions are based on the most specific match. We modify the specified CIDR block to its canonical form; for example, if you specify `100.68.0.18/18` , we modify it to... */
  readonly DestinationCidrBlock?: Value<string>;
  /** The IPv6 CIDR block used for the destination match. Routing decisions are based on the most specific match. */
  readonly DestinationIpv6CidrBlock?: Value<string>;
  /** The ID of a prefix list used for the destination match. */
  readonly DestinationPrefixListId?: Value<string>;
  /** [IPv6 traffic only] The ID of an egress-only internet gateway. */
  readonly EgressOnlyInternetGatewayId?: Value<string>;
  /** The ID of an internet gateway or virtual private gateway attached to your VPC. */
  readonly GatewayId?: Value<string>;
  /** The ID of a NAT instance in your VPC. The operation fails if you specify an instance ID unless exactly one network interface is attached. */
  readonly InstanceId?: Value<string>;
  /** The ID of the local gateway. */
  readonly LocalGatewayId?: Value<string>;
  /** [IPv4 traffic only] The ID of a NAT gateway. */
  readonly NatGatewayId?: Value<string>;
  /** The ID of a network interface. */
  readonly NetworkInterfaceId?: Value<string>;
  /** The Amazon Resource Name (ARN) of the ODB network. */
  readonly OdbNetworkArn?: Value<string>;
  /** The ID of the route table for the route. */
  readonly RouteTableId: Value<string>;
  /** The ID of a transit gateway. */
  readonly TransitGatewayId?: Value<string>;
  /** The ID of a VPC endpoint. Supported for Gateway Load Balancer endpoints only. */
  readonly VpcEndpointId?: Value<string>;
  /** The ID of a VPC peering connection. */
  readonly VpcPeeringConnectionId?: Value<string>;
}

/** Specifies a route server to manage dynamic routing in a VPC. */
export interface RouteServerProps {
  /** The Border Gateway Protocol (BGP) Autonomous System Number (ASN) for the appliance. Valid values are from 1 to 4294967295. We recommend using a private ASN in the 64512–65534 (16-bit ASN) or 4200000000–4294967294 (32-bit ASN) range. */
  readonly AmazonSideAsn: Value<number>;
  /** Indicates whether routes should be persisted after all BGP sessions are terminated. */
  readonly PersistRoutes?: Value<string>;
  /** The number of minutes a route server will wait after BGP is re-established to unpersist the routes in the FIB and RIB. Value must be in the range of 1-5. The default value is 1. Only valid if `persistRoutesState` is 'enabled'. */
  readonly PersistRoutesDuration?: Value<number>;
  /** Indicates whether SNS notifications are enabled for the route server. Enabling SNS notifications persists BGP status changes to an SNS topic provisioned by AWS . */
  readonly SnsNotificationsEnabled?: Value<boolean>;
  /** Any tags assigned to the route server. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Specifies the association between a route server and a VPC. */
export interface RouteServerAssociationProps {
  /** The ID of the associated route server. */
  readonly RouteServerId: Value<string>;
  /** The ID of the associated VPC. */
  readonly VpcId: Value<string>;
}

/** Creates a new endpoint for a route server in a specified subnet. */
export interface RouteServerEndpointProps {
  /** The ID of the route server associated with this endpoint. */
  readonly RouteServerId: Value<string>;
  /** The ID of the subnet to place the route server endpoint into. */
  readonly SubnetId: Value<string>;
  /** Any tags assigned to the route server endpoint. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Specifies a BGP peer configuration for a route server endpoint. */
export interface RouteServerPeerProps {
  /** The BGP configuration options for this peer, including ASN (Autonomous System Number) and BFD (Bidrectional Forwarding Detection) settings. */
  readonly BgpOptions: Value<RouteServerPeer_BgpOptions>;
  /** The IPv4 address of the peer device. */
  readonly PeerAddress: Value<string>;
  /** The ID of the route server endpoint associated with this peer. */
  readonly RouteServerEndpointId: Value<string>;
  /** Any tags assigned to the route server peer. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface RouteServerPeer_BgpOptions {
  /** The Border Gateway Protocol (BGP) Autonomous System Number (ASN) for the appliance. Valid values are from 1 to 4294967295. We recommend using a private ASN in the 64512–65534 (16-bit ASN) or 4200000000–4294967294 (32-bit ASN) range. */
  readonly PeerAsn?: Value<number>;
  /** The liveness detection protocol used for the BGP peer. */
  readonly PeerLivenessDetection?: Value<string>;
}

/** Specifies route propagation from a route server to a route table. */
export interface RouteServerPropagationProps {
  /** The ID of the route server configured for route propagation. */
  readonly RouteServerId: Value<string>;
  /** The ID of the route table configured for route server propagation. */
  readonly RouteTableId: Value<string>;
}

/** Specifies a route table for the specified VPC. After you create a route table, you can add routes and associate the table with a subnet. */
export interface RouteTableProps {
  /** Any tags assigned to the route table. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the VPC. */
  readonly VpcId: Value<string>;
}

/** Specifies a security group. */
export interface SecurityGroupProps {
  /** A description for the security group. */
  readonly GroupDescription: Value<string>;
  /** The name of the security group. Names are case-insensitive and must be unique within the VPC. */
  readonly GroupName?: Value<string>;
  /** The outbound rules associated with the security group. */
  readonly SecurityGroupEgress?: ListOf<Value<SecurityGroup_Egress>>;
  /** The inbound rules associated with the security group. */
  readonly SecurityGroupIngress?: ListOf<Value<SecurityGroup_Ingress>>;
  /** Any tags assigned to the security group. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the VPC for the security group. If you do not specify a VPC, the default is to use the default VPC for the Region. If there's no specified VPC and no default VPC, security group creation fails. */
  readonly VpcId?: Value<string>;
}

export interface SecurityGroup_Egress {
  /** The IPv4 address range, in CIDR format. */
  readonly CidrIp?: Value<string>;
  /** The IPv6 address range, in CIDR format. */
  readonly CidrIpv6?: Value<string>;
  /** A description for the security group rule. */
  readonly Description?: Value<string>;
  /** The prefix list IDs for the destination AWS service. This is the AWS service that you want to access through a VPC endpoint from instances associated with the security group. */
  readonly DestinationPrefixListId?: Value<string>;
  /** The ID of the destination VPC security group. */
  readonly DestinationSecurityGroupId?: Value<string>;
  /** If the protocol is TCP or UDP, this is the start of the port range. If the protocol is ICMP or ICMPv6, this is the ICMP type or -1 (all ICMP types). */
  readonly FromPort?: Value<number>;
  /** The IP protocol name ( `tcp` , `udp` , `icmp` , `icmpv6` ) or number (see [Protocol Numbers](https://docs.aws.amazon.com/http://www.iana.org/assignments/protocol-numbers/protocol-numbers.xhtml) ). */
  readonly IpProtocol: Value<string>;
  /** If the protocol is TCP or UDP, this is the end of the port range. If the protocol is ICMP or ICMPv6, this is the ICMP code or -1 (all ICMP codes). If the start port is -1 (all ICMP types), then the end port must be -1 (all ICMP codes). */
  readonly ToPort?: Value<number>;
}

export interface SecurityGroup_Ingress {
  /** The IPv4 address range, in CIDR format. */
  readonly CidrIp?: Value<string>;
  /** The IPv6 address range, in CIDR format. */
  readonly CidrIpv6?: Value<string>;
  /** Updates the description of an ingress (inbound) security group rule. You can replace an existing description, or add a description to a rule that did not have one previously. */
  readonly Description?: Value<string>;
  /** If the protocol is TCP or UDP, this is the start of the port range. If the protocol is ICMP or ICMPv6, this is the ICMP type or -1 (all ICMP types). */
  readonly FromPort?: Value<number>;
  /** The IP protocol name ( `tcp` , `udp` , `icmp` , `icmpv6` ) or number (see [Protocol Numbers](https://docs.aws.amazon.com/http://www.iana.org/assignments/protocol-numbers/protocol-numbers.xhtml) ). */
  readonly IpProtocol: Value<string>;
  /** The ID of a prefix list. */
  readonly SourcePrefixListId?: Value<string>;
  /** The ID of the security group. */
  readonly SourceSecurityGroupId?: Value<string>;
  /** [Default VPC] The name of the source security group. You must specify either the security group ID or the security group name. You can't specify the group name in combination with an IP address range. Creates rules that grant full ICMP,... */
  readonly SourceSecurityGroupName?: Value<string>;
  /** [nondefault VPC] The AWS account ID for the source security group, if the source security group is in a different account. You can't specify this property with an IP address range. Creates rules that grant full ICMP, UDP, and TCP access. */
  readonly SourceSecurityGroupOwnerId?: Value<string>;
  /** If the protocol is TCP or UDP, this is the end of the port range. If the protocol is ICMP or ICMPv6, this is the ICMP code or -1 (all ICMP codes). If the start port is -1 (all ICMP types), then the end port must be -1 (all ICMP codes). */
  readonly ToPort?: Value<number>;
}

/** Adds the specified outbound (egress) rule to a security group. */
export interface SecurityGroupEgressProps {
  /** The IPv4 address range, in CIDR format. */
  readonly CidrIp?: Value<string>;
  /** The IPv6 address range, in CIDR format. */
  readonly CidrIpv6?: Value<string>;
  /** The description of an egress (outbound) security group rule. */
  readonly Description?: Value<string>;
  /** The prefix list IDs for an AWS service. This is the AWS service to access through a VPC endpoint from instances associated with the security group. */
  readonly DestinationPrefixListId?: Value<string>;
  /** The ID of the security group. */
  readonly DestinationSecurityGroupId?: Value<string>;
  /** If the protocol is TCP or UDP, this is the start of the port range. If the protocol is ICMP or ICMPv6, this is the ICMP type or -1 (all ICMP types). */
  readonly FromPort?: Value<number>;
  /** The ID of the security group. You must specify either the security group ID or the security group name in the request. For security groups in a nondefault VPC, you must specify the security group ID. */
  readonly GroupId: Value<string>;
  /** The IP protocol name ( `tcp` , `udp` , `icmp` , `icmpv6` ) or number (see [Protocol Numbers](https://docs.aws.amazon.com/http://www.iana.org/assignments/protocol-numbers/protocol-numbers.xhtml) ). */
  readonly IpProtocol: Value<string>;
  /** If the protocol is TCP or UDP, this is the end of the port range. If the protocol is ICMP or ICMPv6, this is the ICMP code or -1 (all ICMP codes). If the start port is -1 (all ICMP types), then the end port must be -1 (all ICMP codes). */
  readonly ToPort?: Value<number>;
}

/** Adds an inbound (ingress) rule to a security group. */
export interface SecurityGroupIngressProps {
  /** The IPv4 address range, in CIDR format. */
  readonly CidrIp?: Value<string>;
  /** The IPv6 address range, in CIDR format. */
  readonly CidrIpv6?: Value<string>;
  /** Updates the description of an ingress (inbound) security group rule. You can replace an existing description, or add a description to a rule that did not have one previously. */
  readonly Description?: Value<string>;
  /** The start of port range for the TCP and UDP protocols, or an ICMP/ICMPv6 type number. A value of `-1` indicates all ICMP/ICMPv6 types. If you specify all ICMP/ICMPv6 types, you must specify all codes. */
  readonly FromPort?: Value<number>;
  /** The ID of the security group. */
  readonly GroupId?: Value<string>;
  /** [Default VPC] The name of the security group. For security groups for a default VPC you can specify either the ID or the name of the security group. For security groups for a nondefault VPC, you must specify the ID of the security group. */
  readonly GroupName?: Value<string>;
  /** The IP protocol name ( `tcp` , `udp` , `icmp` , `icmpv6` ) or number (see [Protocol Numbers](https://docs.aws.amazon.com/http://www.iana.org/assignments/protocol-numbers/protocol-numbers.xhtml) ). */
  readonly IpProtocol: Value<string>;
  /** The ID of a prefix list. */
  readonly SourcePrefixListId?: Value<string>;
  /** The ID of the security group. You must specify either the security group ID or the security group name. For security groups in a nondefault VPC, you must specify the security group ID. */
  readonly SourceSecurityGroupId?: Value<string>;
  /** [Default VPC] The name of the source security group. You must specify either the security group ID or the security group name. You can't specify the group name in combination with an IP address range. Creates rules that grant full ICMP,... */
  readonly SourceSecurityGroupName?: Value<string>;
  /** [nondefault VPC] The AWS account ID for the source security group, if the source security group is in a different account. You can't specify this property with an IP address range. Creates rules that grant full ICMP, UDP, and TCP access. */
  readonly SourceSecurityGroupOwnerId?: Value<string>;
  /** The end of port range for the TCP and UDP protocols, or an ICMP/ICMPv6 code. A value of `-1` indicates all ICMP/ICMPv6 codes for the specified ICMP type. If you specify all ICMP/ICMPv6 types, you must specify all codes. */
  readonly ToPort?: Value<number>;
}

/** A security group association with a VPC. */
export interface SecurityGroupVpcAssociationProps {
  /** The association's security group ID. */
  readonly GroupId: Value<string>;
  /** The association's VPC ID. */
  readonly VpcId: Value<string>;
}

/** Specifies the state of the *block public access for snapshots* setting for the Region. For more information, see [Block public access for snapshots](https://docs.aws.amazon.com/ebs/latest/userguide/block-public-access-snapshots.html) . */
export interface SnapshotBlockPublicAccessProps {
  /** The mode in which to enable block public access for snapshots for the Region. Specify one of the following values: */
  readonly State: Value<string>;
}

/** Specifies a Spot Fleet request. */
export interface SpotFleetProps {
  /** Describes the configuration of a Spot Fleet request. */
  readonly SpotFleetRequestConfigData: Value<SpotFleet_SpotFleetRequestConfigData>;
  /** The tags for a Spot Fleet resource. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface SpotFleet_AcceleratorCountRequest {
  /** The maximum number of accelerators. To specify no maximum limit, omit this parameter. To exclude accelerator-enabled instance types, set `Max` to `0` . */
  readonly Max?: Value<number>;
  /** The minimum number of accelerators. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface SpotFleet_AcceleratorTotalMemoryMiBRequest {
  /** The maximum amount of accelerator memory, in MiB. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum amount of accelerator memory, in MiB. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface SpotFleet_BaselineEbsBandwidthMbpsRequest {
  /** The maximum baseline bandwidth, in Mbps. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum baseline bandwidth, in Mbps. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface SpotFleet_BaselinePerformanceFactorsRequest {
  /** The CPU performance to consider, using an instance family as the baseline reference. */
  readonly Cpu?: Value<SpotFleet_CpuPerformanceFactorRequest>;
}

export interface SpotFleet_BlockDeviceMapping {
  /** The device name. For available device names, see [Device names for volumes](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/device_naming.html) . */
  readonly DeviceName: Value<string>;
  /** Parameters used to automatically set up EBS volumes when the instance is launched. */
  readonly Ebs?: Value<SpotFleet_EbsBlockDevice>;
  /** To omit the device from the block device mapping, specify an empty string. When this property is specified, the device is removed from the block device mapping regardless of the assigned value. */
  readonly NoDevice?: Value<string>;
  /** The virtual device name ( `ephemeral` N). Instance store volumes are numbered starting from 0. An instance type with 2 available instance store volumes can specify mappings for `ephemeral0` and `ephemeral1` . The number of available inst... */
  readonly VirtualName?: Value<string>;
}

export interface SpotFleet_ClassicLoadBalancer {
  /** The name of the load balancer. */
  readonly Name: Value<string>;
}

export interface SpotFleet_ClassicLoadBalancersConfig {
  /** One or more Classic Load Balancers. */
  readonly ClassicLoadBalancers: ListOf<Value<SpotFleet_ClassicLoadBalancer>>;
}

export interface SpotFleet_CpuPerformanceFactorRequest {
  /** Specify an instance family to use as the baseline reference for CPU performance. All instance types that match your specified attributes will be compared against the CPU performance of the referenced instance family, regardless of CPU ma... */
  readonly References?: ListOf<Value<SpotFleet_PerformanceFactorReferenceRequest>>;
}

export interface SpotFleet_EbsBlockDevice {
  /** Indicates whether the EBS volume is deleted on instance termination. For more information, see [Preserving Amazon EBS volumes on instance termination](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html#preserv... */
  readonly DeleteOnTermination?: Value<boolean>;
  /** Indicates whether the encryption state of an EBS volume is changed while being restored from a backing snapshot. The effect of setting the encryption state to `true` depends on the volume origin (new or from a snapshot), starting encrypt... */
  readonly Encrypted?: Value<boolean>;
  /** The number of I/O operations per second (IOPS). For `gp3` , `io1` , and `io2` volumes, this represents the number of IOPS that are provisioned for the volume. For `gp2` volumes, this represents the baseline performance of the volume and... */
  readonly Iops?: Value<number>;
  /** The ID of the snapshot. */
  readonly SnapshotId?: Value<string>;
  /** The size of the volume, in GiBs. You must specify either a snapshot ID or a volume size. If you specify a snapshot, the default is the snapshot size. You can specify a volume size that is equal to or larger than the snapshot size. */
  readonly VolumeSize?: Value<number>;
  /** The volume type. For more information, see [Amazon EBS volume types](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html) in the *Amazon EBS User Guide* . */
  readonly VolumeType?: Value<string>;
}

export interface SpotFleet_FleetLaunchTemplateSpecification {
  /** The ID of the launch template. */
  readonly LaunchTemplateId?: Value<string>;
  /** The name of the launch template. */
  readonly LaunchTemplateName?: Value<string>;
  /** The version number of the launch template. */
  readonly Version: Value<string>;
}

export interface SpotFleet_GroupIdentifier {
  /** The ID of the security group. */
  readonly GroupId: Value<string>;
}

export interface SpotFleet_IamInstanceProfileSpecification {
  /** The Amazon Resource Name (ARN) of the instance profile. */
  readonly Arn?: Value<string>;
}

export interface SpotFleet_InstanceIpv6Address {
  /** The IPv6 address. */
  readonly Ipv6Address: Value<string>;
}

export interface SpotFleet_InstanceNetworkInterfaceSpecification {
  /** Indicates whether to assign a public IPv4 address to an instance you launch in a VPC. The public IP address can only be assigned to a network interface for eth0, and can only be assigned to a new network interface, not an existing one. Y... */
  readonly AssociatePublicIpAddress?: Value<boolean>;
  /** Indicates whether the network interface is deleted when the instance is terminated. */
  readonly DeleteOnTermination?: Value<boolean>;
  /** The description of the network interface. Applies only if creating a network interface when launching an instance. */
  readonly Description?: Value<string>;
  /** The position of the network interface in the attachment order. A primary network interface has a device index of 0. */
  readonly DeviceIndex?: Value<number>;
  /** The IDs of the security groups for the network interface. Applies only if creating a network interface when launching an instance. */
  readonly Groups?: ListOf<Value<string>>;
  /** A number of IPv6 addresses to assign to the network interface. Amazon EC2 chooses the IPv6 addresses from the range of the subnet. You cannot specify this option and the option to assign specific IPv6 addresses in the same request. You c... */
  readonly Ipv6AddressCount?: Value<number>;
  /** The IPv6 addresses to assign to the network interface. You cannot specify this option and the option to assign a number of IPv6 addresses in the same request. You cannot specify this option if you've specified a minimum number of instanc... */
  readonly Ipv6Addresses?: ListOf<Value<SpotFleet_InstanceIpv6Address>>;
  /** The ID of the network interface. */
  readonly NetworkInterfaceId?: Value<string>;
  /** The private IPv4 addresses to assign to the network interface. Only one private IPv4 address can be designated as primary. You cannot specify this option if you're launching more than one instance in a [RunInstances](https://docs.aws.ama... */
  readonly PrivateIpAddresses?: ListOf<Value<SpotFleet_PrivateIpAddressSpecification>>;
  /** The number of secondary private IPv4 addresses. You can’t specify this parameter and also specify a secondary private IP address using the `PrivateIpAddress` parameter. */
  readonly SecondaryPrivateIpAddressCount?: Value<number>;
  /** The ID of the subnet associated with the network interface. */
  readonly SubnetId?: Value<string>;
}

export interface SpotFleet_InstanceRequirementsRequest {
  /** The minimum and maximum number of accelerators (GPUs, FPGAs, or AWS Inferentia chips) on an instance. */
  readonly AcceleratorCount?: Value<SpotFleet_AcceleratorCountRequest>;
  /** Indicates whether instance types must have accelerators by specific manufacturers. */
  readonly AcceleratorManufacturers?: ListOf<Value<string>>;
  /** The accelerators that must be on the instance type. */
  readonly AcceleratorNames?: ListOf<Value<string>>;
  /** The minimum and maximum amount of total accelerator memory, in MiB. */
  readonly AcceleratorTotalMemoryMiB?: Value<SpotFleet_AcceleratorTotalMemoryMiBRequest>;
  /** The accelerator types that must be on the instance type. */
  readonly AcceleratorTypes?: ListOf<Value<string>>;
  /** The instance types to apply your specified attributes against. All other instance types are ignored, even if they match your specified attributes. */
  readonly AllowedInstanceTypes?: ListOf<Value<string>>;
  /** Indicates whether bare metal instance types must be included, excluded, or required. */
  readonly BareMetal?: Value<string>;
  /** The minimum and maximum baseline bandwidth to Amazon EBS, in Mbps. For more information, see [Amazon EBS–optimized instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html) in the *Amazon EC2 User Guide* . */
  readonly BaselineEbsBandwidthMbps?: Value<SpotFleet_BaselineEbsBandwidthMbpsRequest>;
  /** The baseline performance to consider, using an instance family as a baseline reference. The instance family establishes the lowest acceptable level of performance. Amazon EC2 uses this baseline to guide instance type selection, but there... */
  readonly BaselinePerformanceFactors?: Value<SpotFleet_BaselinePerformanceFactorsRequest>;
  /** Indicates whether burstable performance T instance types are included, excluded, or required. For more information, see [Burstable performance instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances... */
  readonly BurstablePerformance?: Value<string>;
  /** The CPU manufacturers to include. */
  readonly CpuManufacturers?: ListOf<Value<string>>;
  /** The instance types to exclude. */
  readonly ExcludedInstanceTypes?: ListOf<Value<string>>;
  /** Indicates whether current or previous generation instance types are included. The current generation instance types are recommended for use. Current generation instance types are typically the latest two to three generations in each inst... */
  readonly InstanceGenerations?: ListOf<Value<string>>;
  /** Indicates whether instance types with instance store volumes are included, excluded, or required. For more information, [Amazon EC2 instance store](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html) in the *Amazon... */
  readonly LocalStorage?: Value<string>;
  /** The type of local storage that is required. */
  readonly LocalStorageTypes?: ListOf<Value<string>>;
  /** [Price protection] The price protection threshold for Spot Instances, as a percentage of an identified On-Demand price. The identified On-Demand price is the price of the lowest priced current generation C, M, or R instance type with you... */
  readonly MaxSpotPriceAsPercentageOfOptimalOnDemandPrice?: Value<number>;
  /** The minimum and maximum amount of memory per vCPU, in GiB. */
  readonly MemoryGiBPerVCpu?: Value<SpotFleet_MemoryGiBPerVCpuRequest>;
  /** The minimum and maximum amount of memory, in MiB. */
  readonly MemoryMiB?: Value<SpotFleet_MemoryMiBRequest>;
  /** The minimum and maximum amount of baseline network bandwidth, in gigabits per second (Gbps). For more information, see [Amazon EC2 instance network bandwidth](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-network-bandw... */
  readonly NetworkBandwidthGbps?: Value<SpotFleet_NetworkBandwidthGbpsRequest>;
  /** The minimum and maximum number of network interfaces. */
  readonly NetworkInterfaceCount?: Value<SpotFleet_NetworkInterfaceCountRequest>;
  /** [Price protection] The price protection threshold for On-Demand Instances, as a percentage higher than an identified On-Demand price. The identified On-Demand price is the price of the lowest priced current generation C, M, or R instance... */
  readonly OnDemandMaxPricePercentageOverLowestPrice?: Value<number>;
  /** Specifies whether instance types must support encrypting in-transit traffic between instances. For more information, including the supported instance types, see [Encryption in transit](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/... */
  readonly RequireEncryptionInTransit?: Value<boolean>;
  /** Indicates whether instance types must support hibernation for On-Demand Instances. */
  readonly RequireHibernateSupport?: Value<boolean>;
  /** [Price protection] The price protection threshold for Spot Instances, as a percentage higher than an identified Spot price. The identified Spot price is the Spot price of the lowest priced current generation C, M, or R instance type with... */
  readonly SpotMaxPricePercentageOverLowestPrice?: Value<number>;
  /** The minimum and maximum amount of total local storage, in GB. */
  readonly TotalLocalStorageGB?: Value<SpotFleet_TotalLocalStorageGBRequest>;
  /** The minimum and maximum number of vCPUs. */
  readonly VCpuCount?: Value<SpotFleet_VCpuCountRangeRequest>;
}

export interface SpotFleet_LaunchTemplateConfig {
  /** The launch template to use. Make sure that the launch template does not contain the `NetworkInterfaceId` parameter because you can't specify a network interface ID in a Spot Fleet. */
  readonly LaunchTemplateSpecification?: Value<SpotFleet_FleetLaunchTemplateSpecification>;
  /** Any parameters that you specify override the same parameters in the launch template. */
  readonly Overrides?: ListOf<Value<SpotFleet_LaunchTemplateOverrides>>;
}

export interface SpotFleet_LaunchTemplateOverrides {
  /** The Availability Zone in which to launch the instances. For example, `us-east-2a` . */
  readonly AvailabilityZone?: Value<string>;
  /** The ID of the Availability Zone in which to launch the instances. For example, `use2-az1` . */
  readonly AvailabilityZoneId?: Value<string>;
  /** The instance requirements. When you specify instance requirements, Amazon EC2 will identify instance types with the provided requirements, and then use your On-Demand and Spot allocation strategies to launch instances from these instance... */
  readonly InstanceRequirements?: Value<SpotFleet_InstanceRequirementsRequest>;
  /** The instance type. */
  readonly InstanceType?: Value<string>;
  /** The priority for the launch template override. The highest priority is launched first. */
  readonly Priority?: Value<number>;
  /** The maximum price per unit hour that you are willing to pay for a Spot Instance. We do not recommend using this parameter because it can lead to increased interruptions. If you do not specify this parameter, you will pay the current Spot... */
  readonly SpotPrice?: Value<string>;
  /** The ID of the subnet in which to launch the instances. */
  readonly SubnetId?: Value<string>;
  /** The number of units provided by the specified instance type. These are the same units that you chose to set the target capacity in terms of instances, or a performance characteristic such as vCPUs, memory, or I/O. */
  readonly WeightedCapacity?: Value<number>;
}

export interface SpotFleet_LoadBalancersConfig {
  /** The Classic Load Balancers. */
  readonly ClassicLoadBalancersConfig?: Value<SpotFleet_ClassicLoadBalancersConfig>;
  /** The target groups. */
  readonly TargetGroupsConfig?: Value<SpotFleet_TargetGroupsConfig>;
}

export interface SpotFleet_MemoryGiBPerVCpuRequest {
  /** The maximum amount of memory per vCPU, in GiB. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum amount of memory per vCPU, in GiB. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface SpotFleet_MemoryMiBRequest {
  /** The maximum amount of memory, in MiB. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum amount of memory, in MiB. To specify no minimum limit, specify `0` . */
  readonly Min?: Value<number>;
}

export interface SpotFleet_NetworkBandwidthGbpsRequest {
  /** The maximum amount of network bandwidth, in Gbps. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum amount of network bandwidth, in Gbps. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface SpotFleet_NetworkInterfaceCountRequest {
  /** The maximum number of network interfaces. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum number of network interfaces. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface SpotFleet_PerformanceFactorReferenceRequest {
  /** The instance family to use as a baseline reference. */
  readonly InstanceFamily?: Value<string>;
}

export interface SpotFleet_PrivateIpAddressSpecification {
  /** Indicates whether the private IPv4 address is the primary private IPv4 address. Only one IPv4 address can be designated as primary. */
  readonly Primary?: Value<boolean>;
  /** The private IPv4 address. */
  readonly PrivateIpAddress: Value<string>;
}

export interface SpotFleet_SpotCapacityRebalance {
  /** The replacement strategy to use. Only available for fleets of type `maintain` . */
  readonly ReplacementStrategy?: Value<string>;
  /** The amount of time (in seconds) that Amazon EC2 waits before terminating the old Spot Instance after launching a new replacement Spot Instance. */
  readonly TerminationDelay?: Value<number>;
}

export interface SpotFleet_SpotFleetLaunchSpecification {
  /** One or more block devices that are mapped to the Spot Instances. You can't specify both a snapshot ID and an encryption value. This is because only blank volumes can be encrypted on creation. If a snapshot is the basis for a volume, it i... */
  readonly BlockDeviceMappings?: ListOf<Value<SpotFleet_BlockDeviceMapping>>;
  /** Indicates whether the instances are optimized for EBS I/O. This optimization provides dedicated throughput to Amazon EBS and an optimized configuration stack to provide optimal EBS I/O performance. This optimization isn't available with... */
  readonly EbsOptimized?: Value<boolean>;
  /** The IAM instance profile. */
  readonly IamInstanceProfile?: Value<SpotFleet_IamInstanceProfileSpecification>;
  /** The ID of the AMI. */
  readonly ImageId: Value<string>;
  /** The attributes for the instance types. When you specify instance attributes, Amazon EC2 will identify instance types with those attributes. */
  readonly InstanceRequirements?: Value<SpotFleet_InstanceRequirementsRequest>;
  /** The instance type. */
  readonly InstanceType?: Value<string>;
  /** The ID of the kernel. */
  readonly KernelId?: Value<string>;
  /** The name of the key pair. */
  readonly KeyName?: Value<string>;
  /** Enable or disable monitoring for the instances. */
  readonly Monitoring?: Value<SpotFleet_SpotFleetMonitoring>;
  /** The network interfaces. */
  readonly NetworkInterfaces?: ListOf<Value<SpotFleet_InstanceNetworkInterfaceSpecification>>;
  /** The placement information. */
  readonly Placement?: Value<SpotFleet_SpotPlacement>;
  /** The ID of the RAM disk. Some kernels require additional drivers at launch. Check the kernel requirements for information about whether you need to specify a RAM disk. To find kernel requirements, refer to the AWS Resource Center and sear... */
  readonly RamdiskId?: Value<string>;
  /** The security groups. */
  readonly SecurityGroups?: ListOf<Value<SpotFleet_GroupIdentifier>>;
  /** The maximum price per unit hour that you are willing to pay for a Spot Instance. We do not recommend using this parameter because it can lead to increased interruptions. If you do not specify this parameter, you will pay the current Spot... */
  readonly SpotPrice?: Value<string>;
  /** The IDs of the subnets in which to launch the instances. To specify multiple subnets, separate them using commas; for example, "subnet-1234abcdeexample1, subnet-0987cdef6example2". */
  readonly SubnetId?: Value<string>;
  /** The tags to apply during creation. */
  readonly TagSpecifications?: ListOf<Value<SpotFleet_SpotFleetTagSpecification>>;
  /** The base64-encoded user data that instances use when starting up. User data is limited to 16 KB. */
  readonly UserData?: Value<string>;
  /** The number of units provided by the specified instance type. These are the same units that you chose to set the target capacity in terms of instances, or a performance characteristic such as vCPUs, memory, or I/O. */
  readonly WeightedCapacity?: Value<number>;
}

export interface SpotFleet_SpotFleetMonitoring {
  /** Enables monitoring for the instance. */
  readonly Enabled?: Value<boolean>;
}

export interface SpotFleet_SpotFleetRequestConfigData {
  /** The strategy that determines how to allocate the target Spot Instance capacity across the Spot Instance pools specified by the Spot Fleet launch configuration. For more information, see [Allocation strategies for Spot Instances](https://... */
  readonly AllocationStrategy?: Value<string>;
  /** Reserved. */
  readonly Context?: Value<string>;
  /** Indicates whether running Spot Instances should be terminated if you decrease the target capacity of the Spot Fleet request below the current size of the Spot Fleet. */
  readonly ExcessCapacityTerminationPolicy?: Value<string>;
  /** The Amazon Resource Name (ARN) of an AWS Identity and Access Management (IAM) role that grants the Spot Fleet the permission to request, launch, terminate, and tag instances on your behalf. For more information, see [Spot Fleet Prerequis... */
  readonly IamFleetRole: Value<string>;
  /** The behavior when a Spot Instance is interrupted. The default is `terminate` . */
  readonly InstanceInterruptionBehavior?: Value<string>;
  /** The number of Spot pools across which to allocate your target Spot capacity. Valid only when Spot *AllocationStrategy* is set to `lowest-price` . Spot Fleet selects the cheapest Spot pools and evenly allocates your target Spot capacity a... */
  readonly InstancePoolsToUseCount?: Value<number>;
  /** The launch specifications for the Spot Fleet request. If you specify `LaunchSpecifications` , you can't specify `LaunchTemplateConfigs` . */
  readonly LaunchSpecifications?: ListOf<Value<SpotFleet_SpotFleetLaunchSpecification>>;
  /** The launch template and overrides. If you specify `LaunchTemplateConfigs` , you can't specify `LaunchSpecifications` . */
  readonly LaunchTemplateConfigs?: ListOf<Value<SpotFleet_LaunchTemplateConfig>>;
  /** One or more Classic Load Balancers and target groups to attach to the Spot Fleet request. Spot Fleet registers the running Spot Instances with the specified Classic Load Balancers and target groups. */
  readonly LoadBalancersConfig?: Value<SpotFleet_LoadBalancersConfig>;
  /** The order of the launch template overrides to use in fulfilling On-Demand capacity. If you specify `lowestPrice` , Spot Fleet uses price to determine the order, launching the lowest price first. If you specify `prioritized` , Spot Fleet... */
  readonly OnDemandAllocationStrategy?: Value<string>;
  /** The maximum amount per hour for On-Demand Instances that you're willing to pay. You can use the `onDemandMaxTotalPrice` parameter, the `spotMaxTotalPrice` parameter, or both parameters to ensure that your fleet cost does not exceed your... */
  readonly OnDemandMaxTotalPrice?: Value<string>;
  /** The number of On-Demand units to request. You can choose to set the target capacity in terms of instances or a performance characteristic that is important to your application workload, such as vCPUs, memory, or I/O. If the request type... */
  readonly OnDemandTargetCapacity?: Value<number>;
  /** Indicates whether Spot Fleet should replace unhealthy instances. */
  readonly ReplaceUnhealthyInstances?: Value<boolean>;
  /** The strategies for managing your Spot Instances that are at an elevated risk of being interrupted. */
  readonly SpotMaintenanceStrategies?: Value<SpotFleet_SpotMaintenanceStrategies>;
  /** The maximum amount per hour for Spot Instances that you're willing to pay. You can use the `spotMaxTotalPrice` parameter, the `onDemandMaxTotalPrice` parameter, or both parameters to ensure that your fleet cost does not exceed your budge... */
  readonly SpotMaxTotalPrice?: Value<string>;
  /** The maximum price per unit hour that you are willing to pay for a Spot Instance. We do not recommend using this parameter because it can lead to increased interruptions. If you do not specify this parameter, you will pay the current Spot... */
  readonly SpotPrice?: Value<string>;
  /** The key-value pair for tagging the Spot Fleet request on creation. The value for `ResourceType` must be `spot-fleet-request` , otherwise the Spot Fleet request fails. To tag instances at launch, specify the tags in the [launch template](... */
  readonly TagSpecifications?: ListOf<Value<SpotFleet_SpotFleetTagSpecification>>;
  /** The number of units to request for the Spot Fleet. You can choose to set the target capacity in terms of instances or a performance characteristic that is important to your application workload, such as vCPUs, memory, or I/O. If the requ... */
  readonly TargetCapacity: Value<number>;
  /** The unit for the target capacity. You can specify this parameter only when using attribute-based instance type selection. */
  readonly TargetCapacityUnitType?: Value<string>;
  /** Indicates whether running Spot Instances are terminated when the Spot Fleet request expires. */
  readonly TerminateInstancesWithExpiration?: Value<boolean>;
  /** The type of request. Indicates whether the Spot Fleet only requests the target capacity or also attempts to maintain it. When this value is `request` , the Spot Fleet only places the required requests. It does not attempt to replenish Sp... */
  readonly Type?: Value<string>;
  /** The start date and time of the request, in UTC format ( *YYYY* - *MM* - *DD* T *HH* : *MM* : *SS* Z). By default, Amazon EC2 starts fulfilling the request immediately. */
  readonly ValidFrom?: Value<string>;
  /** The end date and time of the request, in UTC format ( *YYYY* - *MM* - *DD* T *HH* : *MM* : *SS* Z). After the end date and time, no new Spot Instance requests are placed or able to fulfill the request. If no value is specified, the Spot... */
  readonly ValidUntil?: Value<string>;
}

export interface SpotFleet_SpotFleetTagSpecification {
  /** The type of resource. Currently, the only resource type that is supported is `instance` . To tag the Spot Fleet request on creation, use the `TagSpecifications` parameter in `[SpotFleetRequestConfigData](https://docs.aws.amazon.com/AWSEC... */
  readonly ResourceType?: Value<string>;
  /** The tags. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface SpotFleet_SpotMaintenanceStrategies {
  /** The Spot Instance replacement strategy to use when Amazon EC2 emits a signal that your Spot Instance is at an elevated risk of being interrupted. For more information, see [Capacity rebalancing](https://docs.aws.amazon.com/AWSEC2/latest/... */
  readonly CapacityRebalance?: Value<SpotFleet_SpotCapacityRebalance>;
}

export interface SpotFleet_SpotPlacement {
  /** The Availability Zone. */
  readonly AvailabilityZone?: Value<string>;
  /** The ID of the Availability Zone. For example, `use2-az1` . */
  readonly AvailabilityZoneId?: Value<string>;
  /** The name of the placement group. */
  readonly GroupName?: Value<string>;
  /** The tenancy of the instance (if the instance is running in a VPC). An instance with a tenancy of `dedicated` runs on single-tenant hardware. The `host` tenancy is not supported for Spot Instances. */
  readonly Tenancy?: Value<string>;
}

export interface SpotFleet_TargetGroup {
  /** The Amazon Resource Name (ARN) of the target group. */
  readonly Arn: Value<string>;
}

export interface SpotFleet_TargetGroupsConfig {
  /** One or more target groups. */
  readonly TargetGroups: ListOf<Value<SpotFleet_TargetGroup>>;
}

export interface SpotFleet_TotalLocalStorageGBRequest {
  /** The maximum amount of total local storage, in GB. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum amount of total local storage, in GB. To specify no minimum limit, omit this parameter. */
  readonly Min?: Value<number>;
}

export interface SpotFleet_VCpuCountRangeRequest {
  /** The maximum number of vCPUs. To specify no maximum limit, omit this parameter. */
  readonly Max?: Value<number>;
  /** The minimum number of vCPUs. To specify no minimum limit, specify `0` . */
  readonly Min?: Value<number>;
}

/** Resource Type definition for AWS::EC2::SqlHaStandbyDetectedInstance */
export interface SqlHaStandbyDetectedInstanceProps {
  /** The ID of the EC2 instance to enable for SQL Server high availability standby detection. */
  readonly InstanceId: Value<string>;
  /** The ARN of the AWS Secrets Manager secret containing SQL Server access credentials to the EC2 instance. If not specified, AWS Systems Manager agent will use default local user credentials. */
  readonly SqlServerCredentials?: Value<string>;
}

/** Specifies a subnet for the specified VPC. */
export interface SubnetProps {
  /** Indicates whether a network interface created in this subnet receives an IPv6 address. The default value is `false` . */
  readonly AssignIpv6AddressOnCreation?: Value<boolean>;
  /** The Availability Zone of the subnet. */
  readonly AvailabilityZone?: Value<string>;
  /** The AZ ID of the subnet. */
  readonly AvailabilityZoneId?: Value<string>;
  /** The IPv4 CIDR block assigned to the subnet. */
  readonly CidrBlock?: Value<string>;
  /** Indicates whether DNS queries made to the Amazon-provided DNS Resolver in this subnet should return synthetic IPv6 addresses for IPv4-only destinations. */
  readonly EnableDns64?: Value<boolean>;
  /** Indicates the device position for local network interfaces in this subnet. For example, `1` indicates local network interfaces in this subnet are the secondary network interface (eth1). */
  readonly EnableLniAtDeviceIndex?: Value<number>;
  /** An IPv4 IPAM pool ID for the subnet. */
  readonly Ipv4IpamPoolId?: Value<string>;
  /** An IPv4 netmask length for the subnet. */
  readonly Ipv4NetmaskLength?: Value<number>;
  /** The IPv6 CIDR block. */
  readonly Ipv6CidrBlock?: Value<string>;
  /** An IPv6 IPAM pool ID for the subnet. */
  readonly Ipv6IpamPoolId?: Value<string>;
  /** Indicates whether this is an IPv6 only subnet. For more information, see [Subnet basics](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Subnets.html#subnet-basics) in the *Amazon Virtual Private Cloud User Guide* . */
  readonly Ipv6Native?: Value<boolean>;
  /** An IPv6 netmask length for the subnet. */
  readonly Ipv6NetmaskLength?: Value<number>;
  /** Indicates whether instances launched in this subnet receive a public IPv4 address. The default value is `false` . */
  readonly MapPublicIpOnLaunch?: Value<boolean>;
  /** The Amazon Resource Name (ARN) of the Outpost. */
  readonly OutpostArn?: Value<string>;
  /** The hostname type for EC2 instances launched into this subnet and how DNS A and AAAA record queries to the instances should be handled. For more information, see [Amazon EC2 instance hostname types](https://docs.aws.amazon.com/AWSEC2/lat... */
  readonly PrivateDnsNameOptionsOnLaunch?: Value<Subnet_PrivateDnsNameOptionsOnLaunch>;
  /** Any tags assigned to the subnet. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the VPC the subnet is in. */
  readonly VpcId: Value<string>;
}

export interface Subnet_BlockPublicAccessStates {
  /** The mode of VPC BPA. */
  readonly InternetGatewayBlockMode?: Value<string>;
}

export interface Subnet_PrivateDnsNameOptionsOnLaunch {
  /** Indicates whether to respond to DNS queries for instance hostname with DNS AAAA records. */
  readonly EnableResourceNameDnsAAAARecord?: Value<boolean>;
  /** Indicates whether to respond to DNS queries for instance hostnames with DNS A records. */
  readonly EnableResourceNameDnsARecord?: Value<boolean>;
  /** The type of hostname for EC2 instances. For IPv4 only subnets, an instance DNS name must be based on the instance IPv4 address. For IPv6 only subnets, an instance DNS name must be based on the instance ID. For dual-stack subnets, you can... */
  readonly HostnameType?: Value<string>;
}

/** Associates a CIDR block with your subnet. You can associate a single IPv6 CIDR block with your subnet. */
export interface SubnetCidrBlockProps {
  /** The IPv6 network range for the subnet, in CIDR notation. */
  readonly Ipv6CidrBlock?: Value<string>;
  /** An IPv6 IPAM pool ID for the subnet. */
  readonly Ipv6IpamPoolId?: Value<string>;
  /** An IPv6 netmask length for the subnet. */
  readonly Ipv6NetmaskLength?: Value<number>;
  /** The ID of the subnet. */
  readonly SubnetId: Value<string>;
}

/** Resource Type definition for a CIDR range reserved inside an Amazon EC2 subnet. */
export interface SubnetCidrReservationProps {
  /** The IPv4 or IPv6 CIDR range to reserve. Must lie inside the subnet's CIDR block and must not overlap an existing reservation. Supply an IPv6 range exactly as the service returns it: Amazon EC2 stores an IPv6 CIDR in RFC 5952 compressed f... */
  readonly Cidr: Value<string>;
  /** The description of the subnet CIDR reservation. */
  readonly Description?: Value<string>;
  /** The type of reservation. A prefix reservation is used for an IPv6 prefix delegated to a network interface; an explicit reservation is used for a range that Amazon EC2 must not assign automatically. */
  readonly ReservationType: Value<string>;
  /** The identifier of the subnet the CIDR range is reserved in. */
  readonly SubnetId: Value<string>;
  /** The tags assigned to the subnet CIDR reservation. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Associates a subnet with a network ACL. For more information, see [ReplaceNetworkAclAssociation](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/ApiReference-query-ReplaceNetworkAclAssociation.html) in the *Amazon EC2 API Referenc... */
export interface SubnetNetworkAclAssociationProps {
  /** The ID of the network ACL. */
  readonly NetworkAclId: Value<string>;
  /** The ID of the subnet. */
  readonly SubnetId: Value<string>;
}

/** Associates a subnet with a route table. The subnet and route table must be in the same VPC. This association causes traffic originating from the subnet to be routed according to the routes in the route table. A route table can be associa... */
export interface SubnetRouteTableAssociationProps {
  /** The ID of the route table. */
  readonly RouteTableId: Value<string>;
  /** The ID of the subnet. */
  readonly SubnetId: Value<string>;
}

/** Specifies a Traffic Mirror filter. */
export interface TrafficMirrorFilterProps {
  /** The description of the Traffic Mirror filter. */
  readonly Description?: Value<string>;
  /** The network service traffic that is associated with the Traffic Mirror filter. */
  readonly NetworkServices?: ListOf<Value<string>>;
  /** The tags to assign to a Traffic Mirror filter. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Creates a Traffic Mirror filter rule. */
export interface TrafficMirrorFilterRuleProps {
  /** The description of the Traffic Mirror rule. */
  readonly Description?: Value<string>;
  /** The destination CIDR block to assign to the Traffic Mirror rule. */
  readonly DestinationCidrBlock: Value<string>;
  /** The destination port range. */
  readonly DestinationPortRange?: Value<TrafficMirrorFilterRule_TrafficMirrorPortRange>;
  /** The protocol, for example UDP, to assign to the Traffic Mirror rule. */
  readonly Protocol?: Value<number>;
  /** The action to take on the filtered traffic. */
  readonly RuleAction: Value<string>;
  /** The number of the Traffic Mirror rule. This number must be unique for each Traffic Mirror rule in a given direction. The rules are processed in ascending order by rule number. */
  readonly RuleNumber: Value<number>;
  /** The source CIDR block to assign to the Traffic Mirror rule. */
  readonly SourceCidrBlock: Value<string>;
  /** The source port range. */
  readonly SourcePortRange?: Value<TrafficMirrorFilterRule_TrafficMirrorPortRange>;
  /** Tags on Traffic Mirroring filter rules. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The type of traffic. */
  readonly TrafficDirection: Value<string>;
  /** The ID of the filter that this rule is associated with. */
  readonly TrafficMirrorFilterId: Value<string>;
}

export interface TrafficMirrorFilterRule_TrafficMirrorPortRange {
  /** The start of the Traffic Mirror port range. This applies to the TCP and UDP protocols. */
  readonly FromPort: Value<number>;
  /** The end of the Traffic Mirror port range. This applies to the TCP and UDP protocols. */
  readonly ToPort: Value<number>;
}

/** Creates a Traffic Mirror session. */
export interface TrafficMirrorSessionProps {
  /** The description of the Traffic Mirror session. */
  readonly Description?: Value<string>;
  /** The ID of the source network interface. */
  readonly NetworkInterfaceId: Value<string>;
  /** The ID of the account that owns the Traffic Mirror session. */
  readonly OwnerId?: Value<string>;
  /** The number of bytes in each packet to mirror. These are bytes after the VXLAN header. Do not specify this parameter when you want to mirror the entire packet. To mirror a subset of the packet, set this to the length (in bytes) that you w... */
  readonly PacketLength?: Value<number>;
  /** The session number determines the order in which sessions are evaluated when an interface is used by multiple sessions. The first session with a matching filter is the one that mirrors the packets. */
  readonly SessionNumber: Value<number>;
  /** The tags to assign to a Traffic Mirror session. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the Traffic Mirror filter. */
  readonly TrafficMirrorFilterId: Value<string>;
  /** The ID of the Traffic Mirror target. */
  readonly TrafficMirrorTargetId: Value<string>;
  /** The VXLAN ID for the Traffic Mirror session. For more information about the VXLAN protocol, see [RFC 7348](https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc7348) . If you do not specify a `VirtualNetworkId` , an accou... */
  readonly VirtualNetworkId?: Value<number>;
}

/** Specifies a target for your Traffic Mirror session. */
export interface TrafficMirrorTargetProps {
  /** The description of the Traffic Mirror target. */
  readonly Description?: Value<string>;
  /** The ID of the Gateway Load Balancer endpoint. */
  readonly GatewayLoadBalancerEndpointId?: Value<string>;
  /** The network interface ID that is associated with the target. */
  readonly NetworkInterfaceId?: Value<string>;
  /** The Amazon Resource Name (ARN) of the Network Load Balancer that is associated with the target. */
  readonly NetworkLoadBalancerArn?: Value<string>;
  /** The tags to assign to the Traffic Mirror target. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** Specifies a transit gateway. */
export interface TransitGatewayProps {
  /** A private Autonomous System Number (ASN) for the Amazon side of a BGP session. The range is 64512 to 65534 for 16-bit ASNs. The default is 64512. */
  readonly AmazonSideAsn?: Value<number>;
  /** The ID of the default association route table. */
  readonly AssociationDefaultRouteTableId?: Value<string>;
  /** Enable or disable automatic acceptance of attachment requests. Disabled by default. */
  readonly AutoAcceptSharedAttachments?: Value<string>;
  /** Enable or disable automatic association with the default association route table. Enabled by default. If `DefaultRouteTableAssociation` is set to enable, AWS Transit Gateway will create the default transit gateway route table. */
  readonly DefaultRouteTableAssociation?: Value<string>;
  /** Enable or disable automatic propagation of routes to the default propagation route table. Enabled by default. If `DefaultRouteTablePropagation` is set to enable, AWS Transit Gateway will create the default transit gateway route table. */
  readonly DefaultRouteTablePropagation?: Value<string>;
  /** The description of the transit gateway. */
  readonly Description?: Value<string>;
  /** Enable or disable DNS support. Enabled by default. */
  readonly DnsSupport?: Value<string>;
  /** Enable or disable encryption support. Disabled by default. */
  readonly EncryptionSupport?: Value<string>;
  /** Indicates whether multicast is enabled on the transit gateway */
  readonly MulticastSupport?: Value<string>;
  /** The ID of the default propagation route table. */
  readonly PropagationDefaultRouteTableId?: Value<string>;
  /** Enables you to reference a security group across VPCs attached to a transit gateway (TGW). Use this option to simplify security group management and control of instance-to-instance traffic across VPCs that are connected by transit gatewa... */
  readonly SecurityGroupReferencingSupport?: Value<string>;
  /** The tags for the transit gateway. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The transit gateway CIDR blocks. */
  readonly TransitGatewayCidrBlocks?: ListOf<Value<string>>;
  /** Enable or disable Equal Cost Multipath Protocol support. Enabled by default. */
  readonly VpnEcmpSupport?: Value<string>;
}

/** Attaches a VPC to a transit gateway. */
export interface TransitGatewayAttachmentProps {
  /** The VPC attachment options. */
  readonly Options?: Value<TransitGatewayAttachment_Options>;
  /** The IDs of one or more subnets. You can specify only one subnet per Availability Zone. You must specify at least one subnet, but we recommend that you specify two subnets for better availability. The transit gateway uses one IP address f... */
  readonly SubnetIds: ListOf<Value<string>>;
  /** The tags for the attachment. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the transit gateway. */
  readonly TransitGatewayId: Value<string>;
  /** The ID of the VPC. */
  readonly VpcId: Value<string>;
}

export interface TransitGatewayAttachment_Options {
  /** Enable or disable appliance mode support. The default is `disable` . */
  readonly ApplianceModeSupport?: Value<string>;
  /** Enable or disable DNS support. The default is `disable` . */
  readonly DnsSupport?: Value<string>;
  /** Enable or disable IPv6 support. The default is `disable` . */
  readonly Ipv6Support?: Value<string>;
  /** Enables you to reference a security group across VPCs attached to a transit gateway (TGW). Use this option to simplify security group management and control of instance-to-instance traffic across VPCs that are connected by transit gatewa... */
  readonly SecurityGroupReferencingSupport?: Value<string>;
}

/** Creates a Connect attachment from a specified transit gateway attachment. A Connect attachment is a GRE-based tunnel attachment that you can use to establish a connection between a transit gateway and an appliance. */
export interface TransitGatewayConnectProps {
  /** The Connect attachment options. */
  readonly Options: Value<TransitGatewayConnect_TransitGatewayConnectOptions>;
  /** The tags for the attachment. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the attachment from which the Connect attachment was created. */
  readonly TransportTransitGatewayAttachmentId: Value<string>;
}

export interface TransitGatewayConnect_TransitGatewayConnectOptions {
  /** The tunnel protocol. */
  readonly Protocol?: Value<string>;
}

/** Describes a transit gateway Connect peer. */
export interface TransitGatewayConnectPeerProps {
  /** The Connect peer details. */
  readonly ConnectPeerConfiguration: Value<TransitGatewayConnectPeer_TransitGatewayConnectPeerConfiguration>;
  /** The tags for the Connect peer. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the Connect attachment. */
  readonly TransitGatewayAttachmentId: Value<string>;
}

export interface TransitGatewayConnectPeer_TransitGatewayAttachmentBgpConfiguration {
  /** The BGP status. */
  readonly BgpStatus?: Value<string>;
  /** The interior BGP peer IP address for the appliance. */
  readonly PeerAddress?: Value<string>;
  /** The peer Autonomous System Number (ASN). */
  readonly PeerAsn?: Value<number>;
  /** The interior BGP peer IP address for the transit gateway. */
  readonly TransitGatewayAddress?: Value<string>;
  /** The transit gateway Autonomous System Number (ASN). */
  readonly TransitGatewayAsn?: Value<number>;
}

export interface TransitGatewayConnectPeer_TransitGatewayConnectPeerConfiguration {
  /** The BGP configuration details. */
  readonly BgpConfigurations?: ListOf<Value<TransitGatewayConnectPeer_TransitGatewayAttachmentBgpConfiguration>>;
  /** The range of interior BGP peer IP addresses. */
  readonly InsideCidrBlocks: ListOf<Value<string>>;
  /** The Connect peer IP address on the appliance side of the tunnel. */
  readonly PeerAddress: Value<string>;
  /** The tunnel protocol. */
  readonly Protocol?: Value<string>;
  /** The Connect peer IP address on the transit gateway side of the tunnel. */
  readonly TransitGatewayAddress?: Value<string>;
}

/** Describes a transit gateway metering policy. */
export interface TransitGatewayMeteringPolicyProps {
  /** The IDs of the middlebox attachments associated with the metering policy. */
  readonly MiddleboxAttachmentIds?: ListOf<Value<string>>;
  /** The tags assigned to the transit gateway metering policy. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the transit gateway associated with the metering policy. */
  readonly TransitGatewayId: Value<string>;
}

/** Creates an entry in a transit gateway metering policy to define traffic measurement rules. */
export interface TransitGatewayMeteringPolicyEntryProps {
  /** Describes an IPv4 CIDR block. */
  readonly DestinationCidrBlock?: Value<string>;
  /** Describes a range of ports. */
  readonly DestinationPortRange?: Value<string>;
  /** The ID of the source attachment through which traffic leaves a transit gateway */
  readonly DestinationTransitGatewayAttachmentId?: Value<string>;
  readonly DestinationTransitGatewayAttachmentType?: Value<string>;
  /** The AWS account ID to which the metered traffic is attributed. */
  readonly MeteredAccount: Value<string>;
  /** The rule number of the metering policy entry. */
  readonly PolicyRuleNumber: Value<number>;
  /** The protocol of the traffic */
  readonly Protocol?: Value<string>;
  /** Describes an IPv4 CIDR block. */
  readonly SourceCidrBlock?: Value<string>;
  /** Describes a range of ports. */
  readonly SourcePortRange?: Value<string>;
  /** The ID of the source attachment through which traffic enters a transit gateway */
  readonly SourceTransitGatewayAttachmentId?: Value<string>;
  readonly SourceTransitGatewayAttachmentType?: Value<string>;
  /** The ID of the transit gateway metering policy for which the entry is being created */
  readonly TransitGatewayMeteringPolicyId: Value<string>;
}

/** Creates a multicast domain using the specified transit gateway. */
export interface TransitGatewayMulticastDomainProps {
  /** The options for the transit gateway multicast domain. */
  readonly Options?: Value<TransitGatewayMulticastDomain_Options>;
  /** The tags for the transit gateway multicast domain. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the transit gateway. */
  readonly TransitGatewayId: Value<string>;
}

export interface TransitGatewayMulticastDomain_Options {
  /** Indicates whether to automatically accept cross-account subnet associations that are associated with the transit gateway multicast domain. */
  readonly AutoAcceptSharedAssociations?: Value<string>;
  /** Specify whether to enable Internet Group Management Protocol (IGMP) version 2 for the transit gateway multicast domain. */
  readonly Igmpv2Support?: Value<string>;
  /** Specify whether to enable support for statically configuring multicast group sources for a domain. */
  readonly StaticSourcesSupport?: Value<string>;
}

/** Associates the specified subnets and transit gateway attachments with the specified transit gateway multicast domain. */
export interface TransitGatewayMulticastDomainAssociationProps {
  /** The IDs of the subnets to associate with the transit gateway multicast domain. */
  readonly SubnetId: Value<string>;
  /** The ID of the transit gateway attachment. */
  readonly TransitGatewayAttachmentId: Value<string>;
  /** The ID of the transit gateway multicast domain. */
  readonly TransitGatewayMulticastDomainId: Value<string>;
}

/** Registers members (network interfaces) with the transit gateway multicast group. A member is a network interface associated with a supported EC2 instance that receives multicast traffic. For information about supported instances, see [Mu... */
export interface TransitGatewayMulticastGroupMemberProps {
  /** The IP address assigned to the transit gateway multicast group. */
  readonly GroupIpAddress: Value<string>;
  /** The group members' network interface IDs to register with the transit gateway multicast group. */
  readonly NetworkInterfaceId: Value<string>;
  /** The ID of the transit gateway multicast domain. */
  readonly TransitGatewayMulticastDomainId: Value<string>;
}

/** Registers sources (network interfaces) with the specified transit gateway multicast domain. */
export interface TransitGatewayMulticastGroupSourceProps {
  /** The IP address assigned to the transit gateway multicast group. */
  readonly GroupIpAddress: Value<string>;
  /** The group sources' network interface IDs to register with the transit gateway multicast group. */
  readonly NetworkInterfaceId: Value<string>;
  /** The ID of the transit gateway multicast domain. */
  readonly TransitGatewayMulticastDomainId: Value<string>;
}

/** Requests a transit gateway peering attachment between the specified transit gateway (requester) and a peer transit gateway (accepter). The peer transit gateway can be in your account or a different AWS account . */
export interface TransitGatewayPeeringAttachmentProps {
  /** The ID of the AWS account that owns the transit gateway. */
  readonly PeerAccountId: Value<string>;
  /** The Region where the transit gateway that you want to create the peer for is located. */
  readonly PeerRegion: Value<string>;
  /** The ID of the transit gateway in the PeerRegion. */
  readonly PeerTransitGatewayId: Value<string>;
  /** The tags for the transit gateway peering attachment. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the transit gateway peering attachment. */
  readonly TransitGatewayId: Value<string>;
}

export interface TransitGatewayPeeringAttachment_PeeringAttachmentStatus {
  /** The status code. */
  readonly Code?: Value<string>;
  /** The status message, if applicable. */
  readonly Message?: Value<string>;
}

/** AWS::EC2::TransitGatewayPolicyTable Resource Definition */
export interface TransitGatewayPolicyTableProps {
  readonly Tags?: ListOf<Value<Tag>>;
  /** The Id of transit gateway */
  readonly TransitGatewayId: Value<string>;
}

/** AWS::EC2::TransitGatewayPolicyTableAssociation Resource Definition */
export interface TransitGatewayPolicyTableAssociationProps {
  /** The ID of transit gateway attachment. */
  readonly TransitGatewayAttachmentId: Value<string>;
  /** The ID of transit gateway policy table. */
  readonly TransitGatewayPolicyTableId: Value<string>;
}

/** AWS::EC2::TransitGatewayPolicyTableEntry Resource Definition */
export interface TransitGatewayPolicyTableEntryProps {
  readonly PolicyRule: Value<TransitGatewayPolicyTableEntry_TransitGatewayPolicyRule>;
  /** The rule number for the policy table entry. */
  readonly PolicyRuleNumber: Value<string>;
  /** The ID of the target route table. */
  readonly TargetRouteTableId: Value<string>;
  /** The ID of the transit gateway policy table. */
  readonly TransitGatewayPolicyTableId: Value<string>;
}

export interface TransitGatewayPolicyTableEntry_TransitGatewayPolicyRule {
  /** The destination CIDR block for the transit gateway policy rule. */
  readonly DestinationCidrBlock?: Value<string>;
  /** The destination port range for the transit gateway policy rule. */
  readonly DestinationPortRange?: Value<string>;
  /** The protocol for the transit gateway policy rule. */
  readonly Protocol?: Value<string>;
  /** The source CIDR block for the transit gateway policy rule. */
  readonly SourceCidrBlock?: Value<string>;
  /** The source port range for the transit gateway policy rule. */
  readonly SourcePortRange?: Value<string>;
}

/** Specifies a static route for a transit gateway route table. */
export interface TransitGatewayRouteProps {
  /** Indicates whether to drop traffic that matches this route. */
  readonly Blackhole?: Value<boolean>;
  /** The CIDR block used for destination matches. */
  readonly DestinationCidrBlock: Value<string>;
  /** The ID of the attachment. */
  readonly TransitGatewayAttachmentId?: Value<string>;
  /** The ID of the transit gateway route table. */
  readonly TransitGatewayRouteTableId: Value<string>;
}

/** Specifies a route table for a transit gateway. */
export interface TransitGatewayRouteTableProps {
  /** Any tags assigned to the route table. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the transit gateway. */
  readonly TransitGatewayId: Value<string>;
}

/** Associates the specified attachment with the specified transit gateway route table. You can associate one route table with an attachment. */
export interface TransitGatewayRouteTableAssociationProps {
  /** The ID of the attachment. */
  readonly TransitGatewayAttachmentId: Value<string>;
  /** The ID of the route table for the transit gateway. */
  readonly TransitGatewayRouteTableId: Value<string>;
}

/** Enables the specified attachment to propagate routes to the specified propagation route table. */
export interface TransitGatewayRouteTablePropagationProps {
  /** The ID of the attachment. */
  readonly TransitGatewayAttachmentId: Value<string>;
  /** The ID of the propagation route table. */
  readonly TransitGatewayRouteTableId: Value<string>;
}

/** Specifies a VPC attachment. */
export interface TransitGatewayVpcAttachmentProps {
  /** The IDs of one or more subnets to add. You can specify at most one subnet per Availability Zone. */
  readonly AddSubnetIds?: ListOf<Value<string>>;
  /** The VPC attachment options. */
  readonly Options?: Value<TransitGatewayVpcAttachment_Options>;
  /** The IDs of one or more subnets to remove. */
  readonly RemoveSubnetIds?: ListOf<Value<string>>;
  /** The IDs of the subnets. */
  readonly SubnetIds: ListOf<Value<string>>;
  /** The tags for the VPC attachment. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the transit gateway. */
  readonly TransitGatewayId: Value<string>;
  /** The ID of the VPC. */
  readonly VpcId: Value<string>;
}

export interface TransitGatewayVpcAttachment_Options {
  /** Enable or disable appliance mode support. The default is `disable` . */
  readonly ApplianceModeSupport?: Value<string>;
  /** Enable or disable DNS support. The default is `disable` . */
  readonly DnsSupport?: Value<string>;
  /** Enable or disable IPv6 support. The default is `disable` . */
  readonly Ipv6Support?: Value<string>;
  /** Enables you to reference a security group across VPCs attached to a transit gateway (TGW). Use this option to simplify security group management and control of instance-to-instance traffic across VPCs that are connected by transit gatewa... */
  readonly SecurityGroupReferencingSupport?: Value<string>;
}

/** An AWS Verified Access endpoint specifies the application that AWS Verified Access provides access to. It must be attached to an AWS Verified Access group. An AWS Verified Access endpoint must also have an attached access policy before y... */
export interface VerifiedAccessEndpointProps {
  /** The DNS name for users to reach your application. */
  readonly ApplicationDomain?: Value<string>;
  /** The type of attachment used to provide connectivity between the AWS Verified Access endpoint and the application. */
  readonly AttachmentType: Value<string>;
  /** The options for a CIDR endpoint. */
  readonly CidrOptions?: Value<VerifiedAccessEndpoint_CidrOptions>;
  /** A description for the AWS Verified Access endpoint. */
  readonly Description?: Value<string>;
  /** The ARN of a public TLS/SSL certificate imported into or created with ACM. */
  readonly DomainCertificateArn?: Value<string>;
  /** A custom identifier that is prepended to the DNS name that is generated for the endpoint. */
  readonly EndpointDomainPrefix?: Value<string>;
  /** The type of AWS Verified Access endpoint. Incoming application requests will be sent to an IP address, load balancer or a network interface depending on the endpoint type specified. */
  readonly EndpointType: Value<string>;
  /** The load balancer details if creating the AWS Verified Access endpoint as `load-balancer` type. */
  readonly LoadBalancerOptions?: Value<VerifiedAccessEndpoint_LoadBalancerOptions>;
  /** The options for network-interface type endpoint. */
  readonly NetworkInterfaceOptions?: Value<VerifiedAccessEndpoint_NetworkInterfaceOptions>;
  /** The Verified Access policy document. */
  readonly PolicyDocument?: Value<string>;
  /** The status of the Verified Access policy. */
  readonly PolicyEnabled?: Value<boolean>;
  /** The options for an RDS endpoint. */
  readonly RdsOptions?: Value<VerifiedAccessEndpoint_RdsOptions>;
  /** The IDs of the security groups for the endpoint. */
  readonly SecurityGroupIds?: ListOf<Value<string>>;
  /** The options for additional server side encryption. */
  readonly SseSpecification?: Value<VerifiedAccessEndpoint_SseSpecification>;
  /** The tags. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the AWS Verified Access group. */
  readonly VerifiedAccessGroupId: Value<string>;
}

export interface VerifiedAccessEndpoint_CidrOptions {
  /** The CIDR. */
  readonly Cidr?: Value<string>;
  /** The port ranges. */
  readonly PortRanges?: ListOf<Value<VerifiedAccessEndpoint_PortRange>>;
  /** The protocol. */
  readonly Protocol?: Value<string>;
  /** The IDs of the subnets. */
  readonly SubnetIds?: ListOf<Value<string>>;
}

export interface VerifiedAccessEndpoint_LoadBalancerOptions {
  /** The ARN of the load balancer. */
  readonly LoadBalancerArn?: Value<string>;
  /** The IP port number. */
  readonly Port?: Value<number>;
  /** The port ranges. */
  readonly PortRanges?: ListOf<Value<VerifiedAccessEndpoint_PortRange>>;
  /** The IP protocol. */
  readonly Protocol?: Value<string>;
  /** The IDs of the subnets. You can specify only one subnet per Availability Zone. */
  readonly SubnetIds?: ListOf<Value<string>>;
}

export interface VerifiedAccessEndpoint_NetworkInterfaceOptions {
  /** The ID of the network interface. */
  readonly NetworkInterfaceId?: Value<string>;
  /** The IP port number. */
  readonly Port?: Value<number>;
  /** The port ranges. */
  readonly PortRanges?: ListOf<Value<VerifiedAccessEndpoint_PortRange>>;
  /** The IP protocol. */
  readonly Protocol?: Value<string>;
}

export interface VerifiedAccessEndpoint_PortRange {
  /** The start of the port range. */
  readonly FromPort?: Value<number>;
  /** The end of the port range. */
  readonly ToPort?: Value<number>;
}

export interface VerifiedAccessEndpoint_RdsOptions {
  /** The port. */
  readonly Port?: Value<number>;
  /** The protocol. */
  readonly Protocol?: Value<string>;
  /** The ARN of the DB cluster. */
  readonly RdsDbClusterArn?: Value<string>;
  /** The ARN of the RDS instance. */
  readonly RdsDbInstanceArn?: Value<string>;
  /** The ARN of the RDS proxy. */
  readonly RdsDbProxyArn?: Value<string>;
  /** The RDS endpoint. */
  readonly RdsEndpoint?: Value<string>;
  /** The IDs of the subnets. You can specify only one subnet per Availability Zone. */
  readonly SubnetIds?: ListOf<Value<string>>;
}

export interface VerifiedAccessEndpoint_SseSpecification {
  /** Enable or disable the use of customer managed KMS keys for server side encryption. */
  readonly CustomerManagedKeyEnabled?: Value<boolean>;
  /** The ARN of the KMS key. */
  readonly KmsKeyArn?: Value<string>;
}

/** An AWS Verified Access group is a collection of AWS Verified Access endpoints who's associated applications have similar security requirements. Each instance within a Verified Access group shares an Verified Access policy. For example, y... */
export interface VerifiedAccessGroupProps {
  /** A description for the AWS Verified Access group. */
  readonly Description?: Value<string>;
  /** The Verified Access policy document. */
  readonly PolicyDocument?: Value<string>;
  /** The status of the Verified Access policy. */
  readonly PolicyEnabled?: Value<boolean>;
  /** The options for additional server side encryption. */
  readonly SseSpecification?: Value<VerifiedAccessGroup_SseSpecification>;
  /** The tags. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the AWS Verified Access instance. */
  readonly VerifiedAccessInstanceId: Value<string>;
}

export interface VerifiedAccessGroup_SseSpecification {
  /** Enable or disable the use of customer managed KMS keys for server side encryption. */
  readonly CustomerManagedKeyEnabled?: Value<boolean>;
  /** The ARN of the KMS key. */
  readonly KmsKeyArn?: Value<string>;
}

/** An AWS Verified Access instance is a regional entity that evaluates application requests and grants access only when your security requirements are met. */
export interface VerifiedAccessInstanceProps {
  /** The custom subdomain. */
  readonly CidrEndpointsCustomSubDomain?: Value<string>;
  /** A description for the AWS Verified Access instance. */
  readonly Description?: Value<string>;
  /** Indicates whether support for Federal Information Processing Standards (FIPS) is enabled on the instance. */
  readonly FipsEnabled?: Value<boolean>;
  /** The logging configuration for the Verified Access instances. */
  readonly LoggingConfigurations?: Value<VerifiedAccessInstance_VerifiedAccessLogs>;
  /** The tags. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The IDs of the AWS Verified Access trust providers. */
  readonly VerifiedAccessTrustProviderIds?: ListOf<Value<string>>;
  /** The IDs of the AWS Verified Access trust providers. */
  readonly VerifiedAccessTrustProviders?: ListOf<Value<VerifiedAccessInstance_VerifiedAccessTrustProvider>>;
}

export interface VerifiedAccessInstance_CloudWatchLogs {
  /** Indicates whether logging is enabled. */
  readonly Enabled?: Value<boolean>;
  /** The ID of the CloudWatch Logs log group. */
  readonly LogGroup?: Value<string>;
}

export interface VerifiedAccessInstance_KinesisDataFirehose {
  /** The ID of the delivery stream. */
  readonly DeliveryStream?: Value<string>;
  /** Indicates whether logging is enabled. */
  readonly Enabled?: Value<boolean>;
}

export interface VerifiedAccessInstance_S3 {
  /** The bucket name. */
  readonly BucketName?: Value<string>;
  /** The AWS account number that owns the bucket. */
  readonly BucketOwner?: Value<string>;
  /** Indicates whether logging is enabled. */
  readonly Enabled?: Value<boolean>;
  /** The bucket prefix. */
  readonly Prefix?: Value<string>;
}

export interface VerifiedAccessInstance_VerifiedAccessLogs {
  /** CloudWatch Logs logging destination. */
  readonly CloudWatchLogs?: Value<VerifiedAccessInstance_CloudWatchLogs>;
  /** Indicates whether to include trust data sent by trust providers in the logs. */
  readonly IncludeTrustContext?: Value<boolean>;
  /** Kinesis logging destination. */
  readonly KinesisDataFirehose?: Value<VerifiedAccessInstance_KinesisDataFirehose>;
  /** The logging version. */
  readonly LogVersion?: Value<string>;
  /** Amazon S3 logging options. */
  readonly S3?: Value<VerifiedAccessInstance_S3>;
}

export interface VerifiedAccessInstance_VerifiedAccessTrustProvider {
  /** A description for the AWS Verified Access trust provider. */
  readonly Description?: Value<string>;
  /** The type of device-based trust provider. */
  readonly DeviceTrustProviderType?: Value<string>;
  /** The type of Verified Access trust provider. */
  readonly TrustProviderType?: Value<string>;
  /** The type of user-based trust provider. */
  readonly UserTrustProviderType?: Value<string>;
  /** The ID of the AWS Verified Access trust provider. */
  readonly VerifiedAccessTrustProviderId?: Value<string>;
}

/** A trust provider is a third-party entity that creates, maintains, and manages identity information for users and devices. When an application request is made, the identity information sent by the trust provider is evaluated by Verified A... */
export interface VerifiedAccessTrustProviderProps {
  /** A description for the AWS Verified Access trust provider. */
  readonly Description?: Value<string>;
  /** The options for device-identity trust provider. */
  readonly DeviceOptions?: Value<VerifiedAccessTrustProvider_DeviceOptions>;
  /** The type of device-based trust provider. */
  readonly DeviceTrustProviderType?: Value<string>;
  /** The OpenID Connect (OIDC) options. */
  readonly NativeApplicationOidcOptions?: Value<VerifiedAccessTrustProvider_NativeApplicationOidcOptions>;
  /** The options for an OpenID Connect-compatible user-identity trust provider. */
  readonly OidcOptions?: Value<VerifiedAccessTrustProvider_OidcOptions>;
  /** The identifier to be used when working with policy rules. */
  readonly PolicyReferenceName: Value<string>;
  /** The options for additional server side encryption. */
  readonly SseSpecification?: Value<VerifiedAccessTrustProvider_SseSpecification>;
  /** The tags. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The type of Verified Access trust provider. */
  readonly TrustProviderType: Value<string>;
  /** The type of user-based trust provider. */
  readonly UserTrustProviderType?: Value<string>;
}

export interface VerifiedAccessTrustProvider_DeviceOptions {
  /** The URL AWS Verified Access will use to verify the authenticity of the device tokens. */
  readonly PublicSigningKeyUrl?: Value<string>;
  /** The ID of the tenant application with the device-identity provider. */
  readonly TenantId?: Value<string>;
}

export interface VerifiedAccessTrustProvider_NativeApplicationOidcOptions {
  /** The authorization endpoint of the IdP. */
  readonly AuthorizationEndpoint?: Value<string>;
  /** The OAuth 2.0 client identifier. */
  readonly ClientId?: Value<string>;
  /** The OAuth 2.0 client secret. */
  readonly ClientSecret?: Value<string>;
  /** The OIDC issuer identifier of the IdP. */
  readonly Issuer?: Value<string>;
  /** The public signing key endpoint. */
  readonly PublicSigningKeyEndpoint?: Value<string>;
  /** The set of user claims to be requested from the IdP. */
  readonly Scope?: Value<string>;
  /** The token endpoint of the IdP. */
  readonly TokenEndpoint?: Value<string>;
  /** The user info endpoint of the IdP. */
  readonly UserInfoEndpoint?: Value<string>;
}

export interface VerifiedAccessTrustProvider_OidcOptions {
  /** The OIDC authorization endpoint. */
  readonly AuthorizationEndpoint?: Value<string>;
  /** The client identifier. */
  readonly ClientId?: Value<string>;
  /** The client secret. */
  readonly ClientSecret?: Value<string>;
  /** The OIDC issuer. */
  readonly Issuer?: Value<string>;
  /** The OpenID Connect (OIDC) scope specified. */
  readonly Scope?: Value<string>;
  /** The OIDC token endpoint. */
  readonly TokenEndpoint?: Value<string>;
  /** The OIDC user info endpoint. */
  readonly UserInfoEndpoint?: Value<string>;
}

export interface VerifiedAccessTrustProvider_SseSpecification {
  /** Enable or disable the use of customer managed KMS keys for server side encryption. */
  readonly CustomerManagedKeyEnabled?: Value<boolean>;
  /** The ARN of the KMS key. */
  readonly KmsKeyArn?: Value<string>;
}

/** Specifies an Amazon Elastic Block Store (Amazon EBS) volume. You can create an empty volume, a volume from a snapshot, or a volume copy from an existing source volume. */
export interface VolumeProps {
  /** Indicates whether the volume is auto-enabled for I/O operations. By default, Amazon EBS disables I/O to the volume from attached EC2 instances when it determines that a volume's data is potentially inconsistent. If the consistency of the... */
  readonly AutoEnableIO?: Value<boolean>;
  /** The ID of the Availability Zone in which to create the volume. For example, `us-east-1a` . */
  readonly AvailabilityZone?: Value<string>;
  /** The ID of the Availability Zone in which to create the volume. For example, `use1-az1` . */
  readonly AvailabilityZoneId?: Value<string>;
  /** Indicates whether the volume should be encrypted. The effect of setting the encryption state to `true` depends on the volume origin (new, from a snapshot, or from an existing volume), starting encryption state, ownership, and whether enc... */
  readonly Encrypted?: Value<boolean>;
  /** The number of I/O operations per second (IOPS) to provision for the volume. Required for `io1` and `io2` volumes. Optional for `gp3` volumes. Omit for all other volume types. */
  readonly Iops?: Value<number>;
  /** The identifier of the AWS KMS key to use for Amazon EBS encryption. If `KmsKeyId` is specified, the encrypted state must be `true` . */
  readonly KmsKeyId?: Value<string>;
  /** Indicates whether Amazon EBS Multi-Attach is enabled. */
  readonly MultiAttachEnabled?: Value<boolean>;
  /** The Amazon Resource Name (ARN) of the Outpost on which to create the volume. */
  readonly OutpostArn?: Value<string>;
  /** The size of the volume, in GiBs. */
  readonly Size?: Value<number>;
  /** The snapshot from which to create the volume. Only specify to create a volume from a snapshot. To create a new empty volume, omit this parameter and specify a value for `Size` instead. To create a volume copy, omit this parameter and spe... */
  readonly SnapshotId?: Value<string>;
  /** The ID of the source EBS volume to copy. When specified, the volume is created as an exact copy of the specified volume. Only specify to create a volume copy. To create a new empty volume or to create a volume from a snapshot, omit this... */
  readonly SourceVolumeId?: Value<string>;
  /** The tags to apply to the volume during creation. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The throughput to provision for a volume, with a maximum of 1,000 MiB/s. */
  readonly Throughput?: Value<number>;
  /** Specifies the Amazon EBS Provisioned Rate for Volume Initialization (volume initialization rate), in MiB/s, at which to download the snapshot blocks from Amazon S3 to the volume. This is also known as *volume initialization* . Specifying... */
  readonly VolumeInitializationRate?: Value<number>;
  /** The volume type. This parameter can be one of the following values: */
  readonly VolumeType?: Value<string>;
}

/** Attaches an Amazon EBS volume to a running instance and exposes it to the instance with the specified device name. */
export interface VolumeAttachmentProps {
  /** The device name (for example, `/dev/sdh` or `xvdh` ). */
  readonly Device?: Value<string>;
  /** The index of the EBS card. Some instance types support multiple EBS cards. The default EBS card index is 0. */
  readonly EbsCardIndex?: Value<number>;
  /** The ID of the instance to which the volume attaches. This value can be a reference to an [`AWS::EC2::Instance`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance.html) resource, or it can be the p... */
  readonly InstanceId: Value<string>;
  /** The ID of the Amazon EBS volume. The volume and instance must be within the same Availability Zone. This value can be a reference to an [`AWS::EC2::Volume`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec... */
  readonly VolumeId: Value<string>;
}

/** Specifies a virtual private cloud (VPC). */
export interface VPCProps {
  /** The IPv4 network range for the VPC, in CIDR notation. For example, `10.0.0.0/16` . We modify the specified CIDR block to its canonical form; for example, if you specify `100.68.0.18/18` , we modify it to `100.68.0.0/18` . */
  readonly CidrBlock?: Value<string>;
  /** Indicates whether the instances launched in the VPC get DNS hostnames. If enabled, instances in the VPC get DNS hostnames; otherwise, they do not. Disabled by default for nondefault VPCs. For more information, see [DNS attributes in your... */
  readonly EnableDnsHostnames?: Value<boolean>;
  /** Indicates whether the DNS resolution is supported for the VPC. If enabled, queries to the Amazon provided DNS server at the 169.254.169.253 IP address, or the reserved IP address at the base of the VPC network range "plus two" succeed. I... */
  readonly EnableDnsSupport?: Value<boolean>;
  /** The allowed tenancy of instances launched into the VPC. */
  readonly InstanceTenancy?: Value<string>;
  /** The ID of an IPv4 IPAM pool you want to use for allocating this VPC's CIDR. For more information, see [What is IPAM?](https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.html) in the *Amazon VPC IPAM User Guide* . */
  readonly Ipv4IpamPoolId?: Value<string>;
  /** The netmask length of the IPv4 CIDR you want to allocate to this VPC from an Amazon VPC IP Address Manager (IPAM) pool. For more information about IPAM, see [What is IPAM?](https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.htm... */
  readonly Ipv4NetmaskLength?: Value<number>;
  /** The tags for the VPC. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** Describes the configuration and state of VPC encryption controls. For more information, see [Enforce VPC encryption in transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the *Amazon VPC User Guide*. */
  readonly VpcEncryptionControl?: Value<VPC_VpcEncryptionControl>;
}

export interface VPC_VpcEncryptionControl {
  readonly EgressOnlyInternetGatewayExclusion?: Value<string>;
  readonly ElasticFileSystemExclusion?: Value<string>;
  readonly InternetGatewayExclusion?: Value<string>;
  readonly LambdaExclusion?: Value<string>;
  /** The encryption mode for the VPC Encryption Control configuration. */
  readonly Mode?: Value<string>;
  readonly NatGatewayExclusion?: Value<string>;
  /** Describes the exclusion configurations for various resource types in VPC Encryption Control. For more information, see [Enforce VPC encryption in transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in... */
  readonly ResourceExclusions?: Value<VPC_VpcEncryptionControlExclusions>;
  /** The current state of the VPC Encryption Control configuration. */
  readonly State?: Value<string>;
  /** A message providing additional information about the encryption control state. */
  readonly StateMessage?: Value<string>;
  readonly VirtualPrivateGatewayExclusion?: Value<string>;
  /** The ID of the VPC Encryption Control configuration. */
  readonly VpcEncryptionControlId?: Value<string>;
  /** The ID of the VPC associated with the encryption control configuration. */
  readonly VpcId?: Value<string>;
  readonly VpcLatticeExclusion?: Value<string>;
  readonly VpcPeeringExclusion?: Value<string>;
}

export interface VPC_VpcEncryptionControlExclusion {
  /** The current state of the exclusion configuration. */
  readonly State?: Value<string>;
  /** A message providing additional information about the exclusion state. */
  readonly StateMessage?: Value<string>;
}

export interface VPC_VpcEncryptionControlExclusions {
  /** Describes an exclusion configuration for VPC Encryption Control. For more information, see [Enforce VPC encryption in transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the *Amazon VPC User Guide*. */
  readonly EgressOnlyInternetGateway?: Value<VPC_VpcEncryptionControlExclusion>;
  /** Describes an exclusion configuration for VPC Encryption Control. For more information, see [Enforce VPC encryption in transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the *Amazon VPC User Guide*. */
  readonly ElasticFileSystem?: Value<VPC_VpcEncryptionControlExclusion>;
  /** Describes an exclusion configuration for VPC Encryption Control. For more information, see [Enforce VPC encryption in transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the *Amazon VPC User Guide*. */
  readonly InternetGateway?: Value<VPC_VpcEncryptionControlExclusion>;
  /** Describes an exclusion configuration for VPC Encryption Control. For more information, see [Enforce VPC encryption in transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the *Amazon VPC User Guide*. */
  readonly Lambda?: Value<VPC_VpcEncryptionControlExclusion>;
  /** Describes an exclusion configuration for VPC Encryption Control. For more information, see [Enforce VPC encryption in transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the *Amazon VPC User Guide*. */
  readonly NatGateway?: Value<VPC_VpcEncryptionControlExclusion>;
  /** Describes an exclusion configuration for VPC Encryption Control. For more information, see [Enforce VPC encryption in transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the *Amazon VPC User Guide*. */
  readonly VirtualPrivateGateway?: Value<VPC_VpcEncryptionControlExclusion>;
  /** Describes an exclusion configuration for VPC Encryption Control. For more information, see [Enforce VPC encryption in transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the *Amazon VPC User Guide*. */
  readonly VpcLattice?: Value<VPC_VpcEncryptionControlExclusion>;
  /** Describes an exclusion configuration for VPC Encryption Control. For more information, see [Enforce VPC encryption in transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the *Amazon VPC User Guide*. */
  readonly VpcPeering?: Value<VPC_VpcEncryptionControlExclusion>;
}

/** Create a VPC Block Public Access (BPA) exclusion. A VPC BPA exclusion is a mode that can be applied to a single VPC or subnet that exempts it from the account’s BPA mode and will allow bidirectional or egress-only access. You can create... */
export interface VPCBlockPublicAccessExclusionProps {
  /** The desired VPC Block Public Access mode for a specific VPC or subnet exclusion. */
  readonly InternetGatewayExclusionMode: Value<string>;
  /** The ID of the subnet you want to exclude. Required only if you don't specify VpcId. */
  readonly SubnetId?: Value<string>;
  /** An array of key-value pairs to apply to this resource. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the VPC you want to exclude. Required only if you don't specify SubnetId. */
  readonly VpcId?: Value<string>;
}

/** VPC Block Public Access (BPA) enables you to block resources in VPCs and subnets that you own in a Region from reaching or being reached from the internet through internet gateways and egress-only internet gateways. To learn more about V... */
export interface VPCBlockPublicAccessOptionsProps {
  /** The desired VPC Block Public Access mode for internet gateways in your account. We do not allow you to create this resource type in an "off" mode since off is the default value. */
  readonly InternetGatewayBlockMode: Value<string>;
}

/** Associates a CIDR block with your VPC. */
export interface VPCCidrBlockProps {
  /** Requests an Amazon-provided IPv6 CIDR block with a /56 prefix length for the VPC. You cannot specify the range of IPv6 addresses or the size of the CIDR block. */
  readonly AmazonProvidedIpv6CidrBlock?: Value<boolean>;
  /** An IPv4 CIDR block to associate with the VPC. */
  readonly CidrBlock?: Value<string>;
  /** Associate a CIDR allocated from an IPv4 IPAM pool to a VPC. For more information about Amazon VPC IP Address Manager (IPAM), see [What is IPAM?](https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.html) in the *Amazon VPC IPAM U... */
  readonly Ipv4IpamPoolId?: Value<string>;
  /** The netmask length of the IPv4 CIDR you would like to associate from an Amazon VPC IP Address Manager (IPAM) pool. For more information about IPAM, see [What is IPAM?](https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.html) in... */
  readonly Ipv4NetmaskLength?: Value<number>;
  /** An IPv6 CIDR block from the IPv6 address pool. You must also specify `Ipv6Pool` in the request. */
  readonly Ipv6CidrBlock?: Value<string>;
  /** The name of the location from which we advertise the IPV6 CIDR block. Use this parameter to limit the CIDR block to this location. */
  readonly Ipv6CidrBlockNetworkBorderGroup?: Value<string>;
  /** Associates a CIDR allocated from an IPv6 IPAM pool to a VPC. For more information about Amazon VPC IP Address Manager (IPAM), see [What is IPAM?](https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.html) in the *Amazon VPC IPAM... */
  readonly Ipv6IpamPoolId?: Value<string>;
  /** The netmask length of the IPv6 CIDR you would like to associate from an Amazon VPC IP Address Manager (IPAM) pool. For more information about IPAM, see [What is IPAM?](https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.html) in... */
  readonly Ipv6NetmaskLength?: Value<number>;
  /** The ID of an IPv6 address pool from which to allocate the IPv6 CIDR block. */
  readonly Ipv6Pool?: Value<string>;
  /** The ID of the VPC. */
  readonly VpcId: Value<string>;
}

/** Associates a set of DHCP options with a VPC, or associates no DHCP options with the VPC. */
export interface VPCDHCPOptionsAssociationProps {
  /** The ID of the DHCP options set, or `default` to associate no DHCP options with the VPC. */
  readonly DhcpOptionsId: Value<string>;
  /** The ID of the VPC. */
  readonly VpcId: Value<string>;
}

/** Describes the configuration and state of VPC encryption controls. */
export interface VPCEncryptionControlProps {
  /** Specifies whether to exclude egress-only internet gateway traffic from encryption enforcement. */
  readonly EgressOnlyInternetGatewayExclusionInput?: Value<string>;
  /** Specifies whether to exclude Elastic File System traffic from encryption enforcement. */
  readonly ElasticFileSystemExclusionInput?: Value<string>;
  /** Specifies whether to exclude internet gateway traffic from encryption enforcement. */
  readonly InternetGatewayExclusionInput?: Value<string>;
  /** Specifies whether to exclude Lambda function traffic from encryption enforcement. */
  readonly LambdaExclusionInput?: Value<string>;
  /** The encryption mode for the VPC Encryption Control configuration. */
  readonly Mode?: Value<string>;
  /** Specifies whether to exclude NAT gateway traffic from encryption enforcement. */
  readonly NatGatewayExclusionInput?: Value<string>;
  /** The tags assigned to the VPC Encryption Control configuration. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** Specifies whether to exclude virtual private gateway traffic from encryption enforcement. */
  readonly VirtualPrivateGatewayExclusionInput?: Value<string>;
  /** The ID of the VPC for which to create the encryption control configuration. */
  readonly VpcId?: Value<string>;
  /** Specifies whether to exclude VPC Lattice traffic from encryption enforcement. */
  readonly VpcLatticeExclusionInput?: Value<string>;
  /** Specifies whether to exclude VPC peering connection traffic from encryption enforcement. */
  readonly VpcPeeringExclusionInput?: Value<string>;
}

export interface VPCEncryptionControl_ResourceExclusions {
  /** Specifies whether to exclude egress-only internet gateway traffic from encryption enforcement. */
  readonly EgressOnlyInternetGateway?: Value<VPCEncryptionControl_VpcEncryptionControlExclusion>;
  /** Specifies whether to exclude Elastic File System traffic from encryption enforcement. */
  readonly ElasticFileSystem?: Value<VPCEncryptionControl_VpcEncryptionControlExclusion>;
  /** Specifies whether to exclude internet gateway traffic from encryption enforcement. */
  readonly InternetGateway?: Value<VPCEncryptionControl_VpcEncryptionControlExclusion>;
  /** Specifies whether to exclude Lambda function traffic from encryption enforcement. */
  readonly Lambda?: Value<VPCEncryptionControl_VpcEncryptionControlExclusion>;
  /** Specifies whether to exclude NAT gateway traffic from encryption enforcement. */
  readonly NatGateway?: Value<VPCEncryptionControl_VpcEncryptionControlExclusion>;
  /** Specifies whether to exclude virtual private gateway traffic from encryption enforcement. */
  readonly VirtualPrivateGateway?: Value<VPCEncryptionControl_VpcEncryptionControlExclusion>;
  /** Specifies whether to exclude VPC Lattice traffic from encryption enforcement. */
  readonly VpcLattice?: Value<VPCEncryptionControl_VpcEncryptionControlExclusion>;
  /** Specifies whether to exclude VPC peering connection traffic from encryption enforcement. */
  readonly VpcPeering?: Value<VPCEncryptionControl_VpcEncryptionControlExclusion>;
}

export interface VPCEncryptionControl_VpcEncryptionControlExclusion {
  /** The current state of the exclusion configuration. */
  readonly State?: Value<string>;
  /** A message providing additional information about the exclusion state. */
  readonly StateMessage?: Value<string>;
}

/** Specifies a VPC endpoint. A VPC endpoint provides a private connection between your VPC and an endpoint service. You can use an endpoint service provided by AWS , an AWS Marketplace Partner, or another AWS accounts in your organization.... */
export interface VPCEndpointProps {
  /** Describes the DNS options for an endpoint. */
  readonly DnsOptions?: Value<VPCEndpoint_DnsOptionsSpecification>;
  /** The supported IP address types. */
  readonly IpAddressType?: Value<string>;
  /** An endpoint policy, which controls access to the service from the VPC. The default endpoint policy allows full access to the service. Endpoint policies are supported only for gateway and interface endpoints. */
  readonly PolicyDocument?: Value<string> | Value<Json>;
  /** Indicate whether to associate a private hosted zone with the specified VPC. The private hosted zone contains a record set for the default public DNS name for the service for the Region (for example, `kinesis.us-east-1.amazonaws.com` ), w... */
  readonly PrivateDnsEnabled?: Value<boolean>;
  /** The Amazon Resource Name (ARN) of the resource configuration. */
  readonly ResourceConfigurationArn?: Value<string>;
  /** The IDs of the route tables. Routing is supported only for gateway endpoints. */
  readonly RouteTableIds?: ListOf<Value<string>>;
  /** The IDs of the security groups to associate with the endpoint network interfaces. If this parameter is not specified, we use the default security group for the VPC. Security groups are supported only for interface endpoints. */
  readonly SecurityGroupIds?: ListOf<Value<string>>;
  /** The name of the endpoint service. */
  readonly ServiceName?: Value<string>;
  /** The Amazon Resource Name (ARN) of the service network. */
  readonly ServiceNetworkArn?: Value<string>;
  /** Describes a Region. */
  readonly ServiceRegion?: Value<string>;
  /** The IDs of the subnets in which to create endpoint network interfaces. You must specify this property for an interface endpoint or a Gateway Load Balancer endpoint. You can't specify this property for a gateway endpoint. For a Gateway Lo... */
  readonly SubnetIds?: ListOf<Value<string>>;
  /** The tags to associate with the endpoint. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The type of endpoint. */
  readonly VpcEndpointType?: Value<string>;
  /** The ID of the VPC. */
  readonly VpcId: Value<string>;
}

export interface VPCEndpoint_DnsOptionsSpecification {
  /** The DNS records created for the endpoint. */
  readonly DnsRecordIpType?: Value<string>;
  /** Indicates whether to enable private DNS only for inbound endpoints. This option is available only for services that support both gateway and interface endpoints. It routes traffic that originates from the VPC to the gateway endpoint and... */
  readonly PrivateDnsOnlyForInboundResolverEndpoint?: Value<string>;
  /** The preference for which private domains have a private hosted zone created for and associated with the specified VPC. Only supported when private DNS is enabled and when the VPC endpoint type is ServiceNetwork or Resource. */
  readonly PrivateDnsPreference?: Value<string>;
  /** Indicates which of the private domains to create private hosted zones for and associate with the specified VPC. Only supported when private DNS is enabled and the private DNS preference is `VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS` or `SPE... */
  readonly PrivateDnsSpecifiedDomains?: ListOf<Value<string>>;
}

/** Specifies a connection notification for a VPC endpoint or VPC endpoint service. A connection notification notifies you of specific endpoint events. You must create an SNS topic to receive notifications. For more information, see [Create... */
export interface VPCEndpointConnectionNotificationProps {
  /** The endpoint events for which to receive notifications. Valid values are `Accept` , `Connect` , `Delete` , and `Reject` . */
  readonly ConnectionEvents: ListOf<Value<string>>;
  /** The ARN of the SNS topic for the notifications. */
  readonly ConnectionNotificationArn: Value<string>;
  /** The ID of the endpoint service. */
  readonly ServiceId?: Value<string>;
  /** The ID of the endpoint. */
  readonly VPCEndpointId?: Value<string>;
}

/** Creates a VPC endpoint service configuration to which service consumers ( AWS accounts, users, and IAM roles) can connect. */
export interface VPCEndpointServiceProps {
  /** Indicates whether requests from service consumers to create an endpoint to your service must be accepted. */
  readonly AcceptanceRequired?: Value<boolean>;
  /** Indicates whether to enable the built-in Contributor Insights rules provided by AWS PrivateLink . */
  readonly ContributorInsightsEnabled?: Value<boolean>;
  /** The Amazon Resource Names (ARNs) of the Gateway Load Balancers. */
  readonly GatewayLoadBalancerArns?: ListOf<Value<string>>;
  /** The Amazon Resource Names (ARNs) of the Network Load Balancers. */
  readonly NetworkLoadBalancerArns?: ListOf<Value<string>>;
  /** The entity that is responsible for the endpoint costs. The default is the endpoint owner. If you set the payer responsibility to the service owner, you cannot set it back to the endpoint owner. */
  readonly PayerResponsibility?: Value<string>;
  readonly PrivateDnsName?: Value<string>;
  readonly PrivateDnsNameConfiguration?: Value<VPCEndpointService_PrivateDnsNameConfiguration>;
  /** The supported IP address types. The possible values are `ipv4` and `ipv6` . */
  readonly SupportedIpAddressTypes?: ListOf<Value<string>>;
  /** The Regions from which service consumers can access the service. */
  readonly SupportedRegions?: ListOf<Value<string>>;
  /** The tags to associate with the service. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface VPCEndpointService_PrivateDnsNameConfiguration {
  readonly Name?: Value<string>;
  readonly State?: Value<string>;
  readonly Type?: Value<string>;
  readonly Value?: Value<string>;
}

/** Grant or revoke permissions for service consumers (users, IAM roles, and AWS accounts) to connect to a VPC endpoint service. */
export interface VPCEndpointServicePermissionsProps {
  /** The Amazon Resource Names (ARN) of one or more principals (for example, users, IAM roles, and AWS accounts ). Permissions are granted to the principals in this list. To grant permissions to all principals, specify an asterisk (*). Permis... */
  readonly AllowedPrincipals?: ListOf<Value<string>>;
  /** The ID of the service. */
  readonly ServiceId: Value<string>;
}

/** Attaches an internet gateway, or a virtual private gateway to a VPC, enabling connectivity between the internet and the VPC. */
export interface VPCGatewayAttachmentProps {
  /** The ID of the internet gateway. */
  readonly InternetGatewayId?: Value<string>;
  /** The ID of the VPC. */
  readonly VpcId: Value<string>;
  /** The ID of the virtual private gateway. */
  readonly VpnGatewayId?: Value<string>;
}

/** Requests a VPC peering connection between two VPCs: a requester VPC that you own and an accepter VPC with which to create the connection. The accepter VPC can belong to a different AWS account and can be in a different Region than the re... */
export interface VPCPeeringConnectionProps {
  /** The Region code to use when calling Security Token Service (STS) to assume the PeerRoleArn, if provided. */
  readonly AssumeRoleRegion?: Value<string>;
  /** The AWS account ID of the owner of the accepter VPC. */
  readonly PeerOwnerId?: Value<string>;
  /** The Region code for the accepter VPC, if the accepter VPC is located in a Region other than the Region in which you make the request. */
  readonly PeerRegion?: Value<string>;
  /** The Amazon Resource Name (ARN) of the VPC peer role for the peering connection in another AWS account. */
  readonly PeerRoleArn?: Value<string>;
  /** The ID of the VPC with which you are creating the VPC peering connection. You must specify this parameter in the request. */
  readonly PeerVpcId: Value<string>;
  /** Any tags assigned to the resource. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the VPC. */
  readonly VpcId: Value<string>;
}

/** Describes a VPN concentrator. */
export interface VPNConcentratorProps {
  /** Any tags assigned to the VPN concentrator. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the transit gateway associated with the VPN concentrator. */
  readonly TransitGatewayId: Value<string>;
  /** The type of VPN concentrator. */
  readonly Type: Value<string>;
}

/** Specifies a VPN connection between a virtual private gateway and a VPN customer gateway or a transit gateway and a VPN customer gateway. */
export interface VPNConnectionProps {
  /** The ID of the customer gateway at your end of the VPN connection. */
  readonly CustomerGatewayId: Value<string>;
  /** Indicate whether to enable acceleration for the VPN connection. */
  readonly EnableAcceleration?: Value<boolean>;
  /** The IPv4 CIDR on the customer gateway (on-premises) side of the VPN connection. */
  readonly LocalIpv4NetworkCidr?: Value<string>;
  /** The IPv6 CIDR on the customer gateway (on-premises) side of the VPN connection. */
  readonly LocalIpv6NetworkCidr?: Value<string>;
  /** The type of IP address assigned to the outside interface of the customer gateway device. */
  readonly OutsideIpAddressType?: Value<string>;
  /** Describes the storage location for an instance store-backed AMI. */
  readonly PreSharedKeyStorage?: Value<string>;
  /** The IPv4 CIDR on the AWS side of the VPN connection. */
  readonly RemoteIpv4NetworkCidr?: Value<string>;
  /** The IPv6 CIDR on the AWS side of the VPN connection. */
  readonly RemoteIpv6NetworkCidr?: Value<string>;
  /** Indicates whether the VPN connection uses static routes only. Static routes must be used for devices that don't support BGP. */
  readonly StaticRoutesOnly?: Value<boolean>;
  /** Any tags assigned to the VPN connection. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The ID of the transit gateway associated with the VPN connection. */
  readonly TransitGatewayId?: Value<string>;
  /** The transit gateway attachment ID to use for the VPN tunnel. */
  readonly TransportTransitGatewayAttachmentId?: Value<string>;
  /** The desired bandwidth specification for the VPN tunnel, used when creating or modifying VPN connection options to set the tunnel's throughput capacity. `standard` supports up to 1.25 Gbps per tunnel, while `large` supports up to 5 Gbps p... */
  readonly TunnelBandwidth?: Value<string>;
  /** Indicate whether the VPN tunnels process IPv4 or IPv6 traffic. */
  readonly TunnelInsideIpVersion?: Value<string>;
  /** The type of VPN connection. */
  readonly Type: Value<string>;
  /** The ID of the VPN concentrator to associate with the VPN connection. */
  readonly VpnConcentratorId?: Value<string>;
  /** The ID of the virtual private gateway at the AWS side of the VPN connection. */
  readonly VpnGatewayId?: Value<string>;
  /** The tunnel options for the VPN connection. */
  readonly VpnTunnelOptionsSpecifications?: ListOf<Value<VPNConnection_VpnTunnelOptionsSpecification>>;
}

export interface VPNConnection_CloudwatchLogOptionsSpecification {
  /** Specifies whether to enable BGP logging for the VPN connection. Default value is `False` . */
  readonly BgpLogEnabled?: Value<boolean>;
  /** The Amazon Resource Name (ARN) of the CloudWatch log group where BGP logs will be sent. */
  readonly BgpLogGroupArn?: Value<string>;
  /** The desired output format for BGP logs to be sent to CloudWatch. Default format is `json` . */
  readonly BgpLogOutputFormat?: Value<string>;
  /** Enable or disable VPN tunnel logging feature. Default value is `False` . */
  readonly LogEnabled?: Value<boolean>;
  /** The Amazon Resource Name (ARN) of the CloudWatch log group to send logs to. */
  readonly LogGroupArn?: Value<string>;
  /** Set log format. Default format is `json` . */
  readonly LogOutputFormat?: Value<string>;
}

export interface VPNConnection_IKEVersionsRequestListValue {
  /** The IKE version. */
  readonly Value?: Value<string>;
}

export interface VPNConnection_Phase1DHGroupNumbersRequestListValue {
  /** The Diffie-Hellmann group number. */
  readonly Value?: Value<number>;
}

export interface VPNConnection_Phase1EncryptionAlgorithmsRequestListValue {
  /** The value for the encryption algorithm. */
  readonly Value?: Value<string>;
}

export interface VPNConnection_Phase1IntegrityAlgorithmsRequestListValue {
  /** The value for the integrity algorithm. */
  readonly Value?: Value<string>;
}

export interface VPNConnection_Phase2DHGroupNumbersRequestListValue {
  /** The Diffie-Hellmann group number. */
  readonly Value?: Value<number>;
}

export interface VPNConnection_Phase2EncryptionAlgorithmsRequestListValue {
  /** The encryption algorithm. */
  readonly Value?: Value<string>;
}

export interface VPNConnection_Phase2IntegrityAlgorithmsRequestListValue {
  /** The integrity algorithm. */
  readonly Value?: Value<string>;
}

export interface VPNConnection_VpnTunnelLogOptionsSpecification {
  /** Options for sending VPN tunnel logs to CloudWatch. */
  readonly CloudwatchLogOptions?: Value<VPNConnection_CloudwatchLogOptionsSpecification>;
}

export interface VPNConnection_VpnTunnelOptionsSpecification {
  /** The action to take after DPD timeout occurs. Specify `restart` to restart the IKE initiation. Specify `clear` to end the IKE session. */
  readonly DPDTimeoutAction?: Value<string>;
  /** The number of seconds after which a DPD timeout occurs. */
  readonly DPDTimeoutSeconds?: Value<number>;
  /** Turn on or off tunnel endpoint lifecycle control feature. */
  readonly EnableTunnelLifecycleControl?: Value<boolean>;
  /** The IKE versions that are permitted for the VPN tunnel. */
  readonly IKEVersions?: ListOf<Value<VPNConnection_IKEVersionsRequestListValue>>;
  /** Options for logging VPN tunnel activity. */
  readonly LogOptions?: Value<VPNConnection_VpnTunnelLogOptionsSpecification>;
  /** One or more Diffie-Hellman group numbers that are permitted for the VPN tunnel for phase 1 IKE negotiations. */
  readonly Phase1DHGroupNumbers?: ListOf<Value<VPNConnection_Phase1DHGroupNumbersRequestListValue>>;
  /** One or more encryption algorithms that are permitted for the VPN tunnel for phase 1 IKE negotiations. */
  readonly Phase1EncryptionAlgorithms?: ListOf<Value<VPNConnection_Phase1EncryptionAlgorithmsRequestListValue>>;
  /** One or more integrity algorithms that are permitted for the VPN tunnel for phase 1 IKE negotiations. */
  readonly Phase1IntegrityAlgorithms?: ListOf<Value<VPNConnection_Phase1IntegrityAlgorithmsRequestListValue>>;
  /** The lifetime for phase 1 of the IKE negotiation, in seconds. */
  readonly Phase1LifetimeSeconds?: Value<number>;
  /** One or more Diffie-Hellman group numbers that are permitted for the VPN tunnel for phase 2 IKE negotiations. */
  readonly Phase2DHGroupNumbers?: ListOf<Value<VPNConnection_Phase2DHGroupNumbersRequestListValue>>;
  /** One or more encryption algorithms that are permitted for the VPN tunnel for phase 2 IKE negotiations. */
  readonly Phase2EncryptionAlgorithms?: ListOf<Value<VPNConnection_Phase2EncryptionAlgorithmsRequestListValue>>;
  /** One or more integrity algorithms that are permitted for the VPN tunnel for phase 2 IKE negotiations. */
  readonly Phase2IntegrityAlgorithms?: ListOf<Value<VPNConnection_Phase2IntegrityAlgorithmsRequestListValue>>;
  /** The lifetime for phase 2 of the IKE negotiation, in seconds. */
  readonly Phase2LifetimeSeconds?: Value<number>;
  /** The pre-shared key (PSK) to establish initial authentication between the virtual private gateway and customer gateway. */
  readonly PreSharedKey?: Value<string>;
  /** The percentage of the rekey window (determined by `RekeyMarginTimeSeconds` ) during which the rekey time is randomly selected. */
  readonly RekeyFuzzPercentage?: Value<number>;
  /** The margin time, in seconds, before the phase 2 lifetime expires, during which the AWS side of the VPN connection performs an IKE rekey. The exact time of the rekey is randomly selected based on the value for `RekeyFuzzPercentage` . */
  readonly RekeyMarginTimeSeconds?: Value<number>;
  /** The number of packets in an IKE replay window. */
  readonly ReplayWindowSize?: Value<number>;
  /** The action to take when the establishing the tunnel for the VPN connection. By default, your customer gateway device must initiate the IKE negotiation and bring up the tunnel. Specify `start` for AWS to initiate the IKE negotiation. */
  readonly StartupAction?: Value<string>;
  /** The range of inside IP addresses for the tunnel. Any specified CIDR blocks must be unique across all VPN connections that use the same virtual private gateway. */
  readonly TunnelInsideCidr?: Value<string>;
  /** The range of inside IPv6 addresses for the tunnel. Any specified CIDR blocks must be unique across all VPN connections that use the same transit gateway. */
  readonly TunnelInsideIpv6Cidr?: Value<string>;
}

/** Specifies a static route for a VPN connection between an existing virtual private gateway and a VPN customer gateway. The static route allows traffic to be routed from the virtual private gateway to the VPN customer gateway. */
export interface VPNConnectionRouteProps {
  /** The CIDR block associated with the local subnet of the customer network. */
  readonly DestinationCidrBlock: Value<string>;
  /** The ID of the VPN connection. */
  readonly VpnConnectionId: Value<string>;
}

/** Specifies a virtual private gateway. A virtual private gateway is the endpoint on the VPC side of your VPN connection. You can create a virtual private gateway before creating the VPC itself. */
export interface VPNGatewayProps {
  /** The private Autonomous System Number (ASN) for the Amazon side of a BGP session. */
  readonly AmazonSideAsn?: Value<number>;
  /** Any tags assigned to the virtual private gateway. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The type of VPN connection the virtual private gateway supports. */
  readonly Type: Value<string>;
}

/** Enables a virtual private gateway (VGW) to propagate routes to the specified route table of a VPC. */
export interface VPNGatewayRoutePropagationProps {
  /** The ID of the route table. The routing table must be associated with the same VPC that the virtual private gateway is attached to. */
  readonly RouteTableIds: ListOf<Value<string>>;
  /** The ID of the virtual private gateway that is attached to a VPC. The virtual private gateway must be attached to the same VPC that the routing tables are associated with. */
  readonly VpnGatewayId: Value<string>;
}
