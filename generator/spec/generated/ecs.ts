// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::ECS::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, MapOf, Json, Tag } from '../values.js';

/** Creates a capacity provider. Capacity providers are associated with a cluster and are used in capacity provider strategies to facilitate cluster auto scaling. You can create capacity providers for Amazon ECS Managed Instances and EC2 ins... */
export interface CapacityProviderProps {
  /** The Auto Scaling group settings for the capacity provider. */
  readonly AutoScalingGroupProvider?: Value<CapacityProvider_AutoScalingGroupProvider>;
  /** The cluster that this capacity provider is associated with. Managed instances capacity providers are cluster-scoped, meaning they can only be used within their associated cluster. */
  readonly ClusterName?: Value<string>;
  /** The configuration for the Amazon ECS Managed Instances provider. This includes the infrastructure role, the launch template configuration, and tag propagation settings. */
  readonly ManagedInstancesProvider?: Value<CapacityProvider_ManagedInstancesProvider>;
  /** The name of the capacity provider. If a name is specified, it cannot start with `aws` , `ecs` , or `fargate` . If no name is specified, a default name in the `CFNStackName-CFNResourceName-RandomString` format is used. */
  readonly Name?: Value<string>;
  /** The metadata that you apply to the capacity provider to help you categorize and organize it. Each tag consists of a key and an optional value. You define both. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface CapacityProvider_AcceleratorCountRequest {
  /** The maximum number of accelerators. Instance types with more accelerators are excluded from selection. */
  readonly Max?: Value<number>;
  /** The minimum number of accelerators. Instance types with fewer accelerators are excluded from selection. */
  readonly Min?: Value<number>;
}

export interface CapacityProvider_AcceleratorTotalMemoryMiBRequest {
  /** The maximum total accelerator memory in MiB. Instance types with more accelerator memory are excluded from selection. */
  readonly Max?: Value<number>;
  /** The minimum total accelerator memory in MiB. Instance types with less accelerator memory are excluded from selection. */
  readonly Min?: Value<number>;
}

export interface CapacityProvider_AutoRepairConfiguration {
  readonly ActionsStatus?: Value<string>;
}

export interface CapacityProvider_AutoScalingGroupProvider {
  /** The Amazon Resource Name (ARN) that identifies the Auto Scaling group, or the Auto Scaling group name. */
  readonly AutoScalingGroupArn: Value<string>;
  /** The managed draining option for the Auto Scaling group capacity provider. When you enable this, Amazon ECS manages and gracefully drains the EC2 container instances that are in the Auto Scaling group capacity provider. */
  readonly ManagedDraining?: Value<string>;
  /** The managed scaling settings for the Auto Scaling group capacity provider. */
  readonly ManagedScaling?: Value<CapacityProvider_ManagedScaling>;
  /** The managed termination protection setting to use for the Auto Scaling group capacity provider. This determines whether the Auto Scaling group has managed termination protection. The default is off. */
  readonly ManagedTerminationProtection?: Value<string>;
}

export interface CapacityProvider_BaselineEbsBandwidthMbpsRequest {
  /** The maximum baseline Amazon EBS bandwidth in Mbps. Instance types with higher Amazon EBS bandwidth are excluded from selection. */
  readonly Max?: Value<number>;
  /** The minimum baseline Amazon EBS bandwidth in Mbps. Instance types with lower Amazon EBS bandwidth are excluded from selection. */
  readonly Min?: Value<number>;
}

export interface CapacityProvider_CapacityReservationRequest {
  readonly ReservationGroupArn?: Value<string>;
  readonly ReservationPreference?: Value<string>;
}

export interface CapacityProvider_InfrastructureOptimization {
  /** This parameter defines the number of seconds Amazon ECS Managed Instances waits before optimizing EC2 instances that have become idle or underutilized. A longer delay increases the likelihood of placing new tasks on idle or underutilized... */
  readonly ScaleInAfter?: Value<number>;
}

export interface CapacityProvider_InstanceLaunchTemplate {
  /** The capacity option type. This determines whether Amazon ECS launches On-Demand or Spot Instances for your managed instance capacity provider. */
  readonly CapacityOptionType?: Value<string>;
  readonly CapacityReservations?: Value<CapacityProvider_CapacityReservationRequest>;
  /** The Amazon Resource Name (ARN) of the instance profile that Amazon ECS applies to Amazon ECS Managed Instances. This instance profile must include the necessary permissions for your tasks to access AWS services and resources. */
  readonly Ec2InstanceProfileArn: Value<string>;
  readonly FipsEnabled?: Value<boolean>;
  readonly InstanceMetadataTagsPropagation?: Value<boolean>;
  /** The instance requirements. You can specify: */
  readonly InstanceRequirements?: Value<CapacityProvider_InstanceRequirementsRequest>;
  readonly LocalStorageConfiguration?: Value<CapacityProvider_ManagedInstancesLocalStorageConfiguration>;
  /** CloudWatch provides two categories of monitoring: basic monitoring and detailed monitoring. By default, your managed instance is configured for basic monitoring. You can optionally enable detailed monitoring to help you more quickly iden... */
  readonly Monitoring?: Value<string>;
  /** The network configuration for Amazon ECS Managed Instances. This specifies the subnets and security groups that instances use for network connectivity. */
  readonly NetworkConfiguration: Value<CapacityProvider_ManagedInstancesNetworkConfiguration>;
  /** The storage configuration for Amazon ECS Managed Instances. This defines the root volume size and type for the instances. */
  readonly StorageConfiguration?: Value<CapacityProvider_ManagedInstancesStorageConfiguration>;
}

export interface CapacityProvider_InstanceRequirementsRequest {
  /** The minimum and maximum number of accelerators for the instance types. This is used when you need instances with specific numbers of GPUs or other accelerators. */
  readonly AcceleratorCount?: Value<CapacityProvider_AcceleratorCountRequest>;
  /** The accelerator manufacturers to include. You can specify `nvidia` , `amd` , `amazon-web-services` , or `xilinx` depending on your accelerator requirements. */
  readonly AcceleratorManufacturers?: ListOf<Value<string>>;
  /** The specific accelerator names to include. For example, you can specify `a100` , `v100` , `k80` , or other specific accelerator models. */
  readonly AcceleratorNames?: ListOf<Value<string>>;
  /** The minimum and maximum total accelerator memory in mebibytes (MiB). This is important for GPU workloads that require specific amounts of video memory. */
  readonly AcceleratorTotalMemoryMiB?: Value<CapacityProvider_AcceleratorTotalMemoryMiBRequest>;
  /** The accelerator types to include. You can specify `gpu` for graphics processing units, `fpga` for field programmable gate arrays, or `inference` for machine learning inference accelerators. */
  readonly AcceleratorTypes?: ListOf<Value<string>>;
  /** The instance types to include in the selection. When specified, Amazon ECS only considers these instance types, subject to the other requirements specified. */
  readonly AllowedInstanceTypes?: ListOf<Value<string>>;
  /** Indicates whether to include bare metal instance types. Set to `included` to allow bare metal instances, `excluded` to exclude them, or `required` to use only bare metal instances. */
  readonly BareMetal?: Value<string>;
  /** The minimum and maximum baseline Amazon EBS bandwidth in megabits per second (Mbps). This is important for workloads with high storage I/O requirements. */
  readonly BaselineEbsBandwidthMbps?: Value<CapacityProvider_BaselineEbsBandwidthMbpsRequest>;
  /** Indicates whether to include burstable performance instance types (T2, T3, T3a, T4g). Set to `included` to allow burstable instances, `excluded` to exclude them, or `required` to use only burstable instances. */
  readonly BurstablePerformance?: Value<string>;
  /** The CPU manufacturers to include or exclude. You can specify `intel` , `amd` , or `amazon-web-services` to control which CPU types are used for your workloads. */
  readonly CpuManufacturers?: ListOf<Value<string>>;
  /** The instance types to exclude from selection. Use this to prevent Amazon ECS from selecting specific instance types that may not be suitable for your workloads. */
  readonly ExcludedInstanceTypes?: ListOf<Value<string>>;
  /** The instance generations to include. You can specify `current` to use the latest generation instances, or `previous` to include previous generation instances for cost optimization. */
  readonly InstanceGenerations?: ListOf<Value<string>>;
  /** Indicates whether to include instance types with local storage. Set to `included` to allow local storage, `excluded` to exclude it, or `required` to use only instances with local storage. */
  readonly LocalStorage?: Value<string>;
  /** The local storage types to include. You can specify `hdd` for hard disk drives, `ssd` for solid state drives, or both. */
  readonly LocalStorageTypes?: ListOf<Value<string>>;
  /** The maximum price for Spot instances as a percentage of the optimal On-Demand price. This provides more precise cost control for Spot instance selection. */
  readonly MaxSpotPriceAsPercentageOfOptimalOnDemandPrice?: Value<number>;
  /** The minimum and maximum amount of memory per vCPU in gibibytes (GiB). This helps ensure that instance types have the appropriate memory-to-CPU ratio for your workloads. */
  readonly MemoryGiBPerVCpu?: Value<CapacityProvider_MemoryGiBPerVCpuRequest>;
  /** The minimum and maximum amount of memory in mebibytes (MiB) for the instance types. Amazon ECS selects instance types that have memory within this range. */
  readonly MemoryMiB: Value<CapacityProvider_MemoryMiBRequest>;
  /** The minimum and maximum network bandwidth in gigabits per second (Gbps). This is crucial for network-intensive workloads that require high throughput. */
  readonly NetworkBandwidthGbps?: Value<CapacityProvider_NetworkBandwidthGbpsRequest>;
  /** The minimum and maximum number of network interfaces for the instance types. This is useful for workloads that require multiple network interfaces. */
  readonly NetworkInterfaceCount?: Value<CapacityProvider_NetworkInterfaceCountRequest>;
  /** The price protection threshold for On-Demand Instances, as a percentage higher than an identified On-Demand price. The identified On-Demand price is the price of the lowest priced current generation C, M, or R instance type with your spe... */
  readonly OnDemandMaxPricePercentageOverLowestPrice?: Value<number>;
  /** Indicates whether the instance types must support hibernation. When set to `true` , only instance types that support hibernation are selected. */
  readonly RequireHibernateSupport?: Value<boolean>;
  /** The maximum price for Spot instances as a percentage over the lowest priced On-Demand instance. This helps control Spot instance costs while maintaining access to capacity. */
  readonly SpotMaxPricePercentageOverLowestPrice?: Value<number>;
  /** The minimum and maximum total local storage in gigabytes (GB) for instance types with local storage. */
  readonly TotalLocalStorageGB?: Value<CapacityProvider_TotalLocalStorageGBRequest>;
  /** The minimum and maximum number of vCPUs for the instance types. Amazon ECS selects instance types that have vCPU counts within this range. */
  readonly VCpuCount: Value<CapacityProvider_VCpuCountRangeRequest>;
}

export interface CapacityProvider_ManagedInstancesLocalStorageConfiguration {
  readonly UseLocalStorage?: Value<boolean>;
}

export interface CapacityProvider_ManagedInstancesNetworkConfiguration {
  /** The list of security group IDs to apply to Amazon ECS Managed Instances. These security groups control the network traffic allowed to and from the instances. */
  readonly SecurityGroups: ListOf<Value<string>>;
  /** The list of subnet IDs where Amazon ECS can launch Amazon ECS Managed Instances. Instances are distributed across the specified subnets for high availability. All subnets must be in the same VPC. */
  readonly Subnets: ListOf<Value<string>>;
}

export interface CapacityProvider_ManagedInstancesProvider {
  readonly AutoRepairConfiguration?: Value<CapacityProvider_AutoRepairConfiguration>;
  /** Defines how Amazon ECS Managed Instances optimizes the infrastastructure in your capacity provider. Configure it to turn on or off the infrastructure optimization in your capacity provider, and to control the idle or underutilized EC2 in... */
  readonly InfrastructureOptimization?: Value<CapacityProvider_InfrastructureOptimization>;
  /** The Amazon Resource Name (ARN) of the infrastructure role that Amazon ECS assumes to manage instances. This role must include permissions for Amazon EC2 instance lifecycle management, networking, and any additional AWS services required... */
  readonly InfrastructureRoleArn: Value<string>;
  /** The launch template that defines how Amazon ECS launches Amazon ECS Managed Instances. This includes the instance profile for your tasks, network and storage configuration, and instance requirements that determine which Amazon EC2 instan... */
  readonly InstanceLaunchTemplate: Value<CapacityProvider_InstanceLaunchTemplate>;
  /** Determines whether tags from the capacity provider are automatically applied to Amazon ECS Managed Instances. This helps with cost allocation and resource management by ensuring consistent tagging across your infrastructure. */
  readonly PropagateTags?: Value<string>;
}

export interface CapacityProvider_ManagedInstancesStorageConfiguration {
  /** The size of the tasks volume. */
  readonly StorageSizeGiB: Value<number>;
}

export interface CapacityProvider_ManagedScaling {
  /** The period of time, in seconds, after a newly launched Amazon EC2 instance can contribute to CloudWatch metrics for Auto Scaling group. If this parameter is omitted, the default value of `300` seconds is used. */
  readonly InstanceWarmupPeriod?: Value<number>;
  /** The maximum number of Amazon EC2 instances that Amazon ECS will scale out at one time. If this parameter is omitted, the default value of `10000` is used. */
  readonly MaximumScalingStepSize?: Value<number>;
  /** The minimum number of Amazon EC2 instances that Amazon ECS will scale out at one time. The scale in process is not affected by this parameter If this parameter is omitted, the default value of `1` is used. */
  readonly MinimumScalingStepSize?: Value<number>;
  /** Determines whether to use managed scaling for the capacity provider. */
  readonly Status?: Value<string>;
  /** The target capacity utilization as a percentage for the capacity provider. The specified value must be greater than `0` and less than or equal to `100` . For example, if you want the capacity provider to maintain 10% spare capacity, then... */
  readonly TargetCapacity?: Value<number>;
}

export interface CapacityProvider_MemoryGiBPerVCpuRequest {
  /** The maximum amount of memory per vCPU in GiB. Instance types with a higher memory-to-vCPU ratio are excluded from selection. */
  readonly Max?: Value<number>;
  /** The minimum amount of memory per vCPU in GiB. Instance types with a lower memory-to-vCPU ratio are excluded from selection. */
  readonly Min?: Value<number>;
}

export interface CapacityProvider_MemoryMiBRequest {
  /** The maximum amount of memory in MiB. Instance types with more memory than this value are excluded from selection. */
  readonly Max?: Value<number>;
  /** The minimum amount of memory in MiB. Instance types with less memory than this value are excluded from selection. */
  readonly Min: Value<number>;
}

export interface CapacityProvider_NetworkBandwidthGbpsRequest {
  /** The maximum network bandwidth in Gbps. Instance types with higher network bandwidth are excluded from selection. */
  readonly Max?: Value<number>;
  /** The minimum network bandwidth in Gbps. Instance types with lower network bandwidth are excluded from selection. */
  readonly Min?: Value<number>;
}

export interface CapacityProvider_NetworkInterfaceCountRequest {
  /** The maximum number of network interfaces. Instance types that support more network interfaces are excluded from selection. */
  readonly Max?: Value<number>;
  /** The minimum number of network interfaces. Instance types that support fewer network interfaces are excluded from selection. */
  readonly Min?: Value<number>;
}

export interface CapacityProvider_TotalLocalStorageGBRequest {
  /** The maximum total local storage in GB. Instance types with more local storage are excluded from selection. */
  readonly Max?: Value<number>;
  /** The minimum total local storage in GB. Instance types with less local storage are excluded from selection. */
  readonly Min?: Value<number>;
}

export interface CapacityProvider_VCpuCountRangeRequest {
  /** The maximum number of vCPUs. Instance types with more vCPUs than this value are excluded from selection. */
  readonly Max?: Value<number>;
  /** The minimum number of vCPUs. Instance types with fewer vCPUs than this value are excluded from selection. */
  readonly Min: Value<number>;
}

/** The `AWS::ECS::Cluster` resource creates an Amazon Elastic Container Service (Amazon ECS) cluster. */
export interface ClusterProps {
  /** The short name of one or more capacity providers to associate with the cluster. A capacity provider must be associated with a cluster before it can be included as part of the default capacity provider strategy of the cluster or used in a... */
  readonly CapacityProviders?: ListOf<Value<string>>;
  /** A user-generated string that you use to identify your cluster. If you don't specify a name, AWS CloudFormation generates a unique physical ID for the name. */
  readonly ClusterName?: Value<string>;
  /** The settings to use when creating a cluster. This parameter is used to turn on CloudWatch Container Insights with enhanced observability or CloudWatch Container Insights for a cluster. */
  readonly ClusterSettings?: ListOf<Value<Cluster_ClusterSettings>>;
  /** The execute command and managed storage configuration for the cluster. */
  readonly Configuration?: Value<Cluster_ClusterConfiguration>;
  /** The default capacity provider strategy for the cluster. When services or tasks are run in the cluster with no launch type or capacity provider strategy specified, the default capacity provider strategy is used. */
  readonly DefaultCapacityProviderStrategy?: ListOf<Value<Cluster_CapacityProviderStrategyItem>>;
  /** Use this parameter to set a default Service Connect namespace. After you set a default Service Connect namespace, any new services with Service Connect turned on that are created in the cluster are added as client services in the namespa... */
  readonly ServiceConnectDefaults?: Value<Cluster_ServiceConnectDefaults>;
  /** The metadata that you apply to the cluster to help you categorize and organize them. Each tag consists of a key and an optional value. You define both. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface Cluster_CapacityProviderStrategyItem {
  /** The *base* value designates how many tasks, at a minimum, to run on the specified capacity provider for each service. Only one capacity provider in a capacity provider strategy can have a *base* defined. If no value is specified, the def... */
  readonly Base?: Value<number>;
  /** The short name of the capacity provider. This can be either an AWS managed capacity provider ( `FARGATE` or `FARGATE_SPOT` ) or the name of a custom capacity provider that you created. */
  readonly CapacityProvider?: Value<string>;
  /** The *weight* value designates the relative percentage of the total number of tasks launched that should use the specified capacity provider. The `weight` value is taken into consideration after the `base` value, if defined, is satisfied. */
  readonly Weight?: Value<number>;
}

export interface Cluster_ClusterConfiguration {
  /** The details of the execute command configuration. */
  readonly ExecuteCommandConfiguration?: Value<Cluster_ExecuteCommandConfiguration>;
  /** The details of the managed storage configuration. */
  readonly ManagedStorageConfiguration?: Value<Cluster_ManagedStorageConfiguration>;
}

export interface Cluster_ClusterSettings {
  /** The name of the cluster setting. The value is `containerInsights` . */
  readonly Name?: Value<string>;
  /** The value to set for the cluster setting. The supported values are `enhanced` , `enabled` , and `disabled` . */
  readonly Value?: Value<string>;
}

export interface Cluster_ExecuteCommandConfiguration {
  /** Specify an AWS Key Management Service key ID to encrypt the data between the local client and the container. */
  readonly KmsKeyId?: Value<string>;
  /** The log configuration for the results of the execute command actions. The logs can be sent to CloudWatch Logs or an Amazon S3 bucket. When `logging=OVERRIDE` is specified, a `logConfiguration` must be provided. */
  readonly LogConfiguration?: Value<Cluster_ExecuteCommandLogConfiguration>;
  /** The log setting to use for redirecting logs for your execute command results. The following log settings are available. */
  readonly Logging?: Value<string>;
}

export interface Cluster_ExecuteCommandLogConfiguration {
  /** Determines whether to use encryption on the CloudWatch logs. If not specified, encryption will be off. */
  readonly CloudWatchEncryptionEnabled?: Value<boolean>;
  /** The name of the CloudWatch log group to send logs to. */
  readonly CloudWatchLogGroupName?: Value<string>;
  /** The name of the S3 bucket to send logs to. */
  readonly S3BucketName?: Value<string>;
  /** Determines whether to use encryption on the S3 logs. If not specified, encryption is not used. */
  readonly S3EncryptionEnabled?: Value<boolean>;
  /** An optional folder in the S3 bucket to place logs in. */
  readonly S3KeyPrefix?: Value<string>;
}

export interface Cluster_ManagedStorageConfiguration {
  /** Specify the AWS Key Management Service key ID for Fargate ephemeral storage. */
  readonly FargateEphemeralStorageKmsKeyId?: Value<string>;
  /** Specify a AWS Key Management Service key ID to encrypt Amazon ECS managed storage. */
  readonly KmsKeyId?: Value<string>;
}

export interface Cluster_ServiceConnectDefaults {
  /** The namespace name or full Amazon Resource Name (ARN) of the AWS Cloud Map namespace that's used when you create a service and don't specify a Service Connect configuration. The namespace name can include up to 1024 characters. The name... */
  readonly Namespace?: Value<string>;
}

/** The `AWS::ECS::ClusterCapacityProviderAssociations` resource associates one or more capacity providers and a default capacity provider strategy with a cluster. */
export interface ClusterCapacityProviderAssociationsProps {
  /** The capacity providers to associate with the cluster. */
  readonly CapacityProviders?: ListOf<Value<string>>;
  /** The cluster the capacity provider association is the target of. */
  readonly Cluster: Value<string>;
  /** The default capacity provider strategy to associate with the cluster. */
  readonly DefaultCapacityProviderStrategy: ListOf<Value<ClusterCapacityProviderAssociations_CapacityProviderStrategy>>;
}

export interface ClusterCapacityProviderAssociations_CapacityProviderStrategy {
  /** The *base* value designates how many tasks, at a minimum, to run on the specified capacity provider for each service. Only one capacity provider in a capacity provider strategy can have a *base* defined. If no value is specified, the def... */
  readonly Base?: Value<number>;
  /** The short name of the capacity provider. This can be either an AWS managed capacity provider ( `FARGATE` or `FARGATE_SPOT` ) or the name of a custom capacity provider that you created. */
  readonly CapacityProvider: Value<string>;
  /** The *weight* value designates the relative percentage of the total number of tasks launched that should use the specified capacity provider. The `weight` value is taken into consideration after the `base` value, if defined, is satisfied. */
  readonly Weight?: Value<number>;
}

/** Information about a daemon resource. */
export interface DaemonProps {
  /** The Amazon Resource Names (ARNs) of the capacity providers associated with the daemon. */
  readonly CapacityProviderArns?: ListOf<Value<string>>;
  /** The Amazon Resource Name (ARN) of the cluster that the daemon is running in. */
  readonly ClusterArn?: Value<string>;
  readonly Critical?: Value<boolean>;
  readonly DaemonName?: Value<string>;
  /** The Amazon Resource Name (ARN) of the daemon task definition used by this revision. */
  readonly DaemonTaskDefinitionArn?: Value<string>;
  /** Optional deployment parameters that control how a daemon rolls out updates across container instances. */
  readonly DeploymentConfiguration?: Value<Daemon_DaemonDeploymentConfiguration>;
  /** Specifies whether Amazon ECS managed tags are turned on for the daemon tasks. */
  readonly EnableECSManagedTags?: Value<boolean>;
  /** Specifies whether the execute command functionality is turned on for the daemon tasks. */
  readonly EnableExecuteCommand?: Value<boolean>;
  /** Specifies whether tags are propagated from the daemon to the daemon tasks. */
  readonly PropagateTags?: Value<string>;
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface Daemon_DaemonAlarmConfiguration {
  /** The CloudWatch alarm names to monitor during a daemon deployment. */
  readonly AlarmNames?: ListOf<Value<string>>;
  /** Determines whether to use the CloudWatch alarm option in the daemon deployment process. The default value is ``false``. */
  readonly Enable?: Value<boolean>;
}

export interface Daemon_DaemonDeploymentConfiguration {
  /** The CloudWatch alarm configuration for a daemon. When enabled, CloudWatch alarms determine whether a daemon deployment has failed. */
  readonly Alarms?: Value<Daemon_DaemonAlarmConfiguration>;
  /** The amount of time (in minutes) to wait after a successful deployment step before proceeding. This allows time to monitor for issues before continuing. The default value is 0. */
  readonly BakeTimeInMinutes?: Value<number>;
  /** The percentage of container instances to drain simultaneously during a daemon deployment. Valid values are between 0.0 and 100.0. */
  readonly DrainPercent?: Value<number>;
}

/** The details of a daemon task definition. A daemon task definition is a template that describes the containers that form a daemon. Daemons deploy cross-cutting software agents independently across your Amazon ECS infrastructure. */
export interface DaemonTaskDefinitionProps {
  /** A list of container definitions in JSON format that describe the containers that make up the daemon task. */
  readonly ContainerDefinitions?: ListOf<Value<DaemonTaskDefinition_DaemonContainerDefinition>>;
  /** The number of CPU units used by the daemon task. */
  readonly Cpu?: Value<string>;
  /** The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make Amazon Web Services API calls on your behalf. */
  readonly ExecutionRoleArn?: Value<string>;
  /** The name of a family that this daemon task definition is registered to. */
  readonly Family?: Value<string>;
  /** The IPC namespace mode for the daemon. The valid values are ``none`` and ``shared``. The default is ``none``. If ``none`` is specified or no value is provided, the daemon runs with its own IPC namespace, isolated from other tasks. If ``s... */
  readonly IpcMode?: Value<string>;
  /** The amount of memory (in MiB) used by the daemon task. */
  readonly Memory?: Value<string>;
  /** The PID namespace mode for the daemon. The valid values are ``none`` and ``shared``. The default is ``none``. If ``none`` is specified or no value is provided, the daemon runs with its own PID namespace, isolated from other tasks. If ``s... */
  readonly PidMode?: Value<string>;
  readonly Tags?: ListOf<Value<Tag>>;
  /** The short name or full Amazon Resource Name (ARN) of the IAM role that grants containers in the daemon task permission to call Amazon Web Services APIs on your behalf. */
  readonly TaskRoleArn?: Value<string>;
  /** The list of data volume definitions for the daemon task. */
  readonly Volumes?: ListOf<Value<DaemonTaskDefinition_Volume>>;
}

export interface DaemonTaskDefinition_ContainerDependency {
  /** The dependency condition of the container. The following are the available conditions and their behavior: + ``START`` - This condition emulates the behavior of links and volumes today. It validates that a dependent container is started b... */
  readonly Condition?: Value<string>;
  /** The name of a container. */
  readonly ContainerName?: Value<string>;
}

export interface DaemonTaskDefinition_DaemonContainerDefinition {
  /** The command that's passed to the container. */
  readonly Command?: ListOf<Value<string>>;
  /** The number of ``cpu`` units reserved for the container. */
  readonly Cpu?: Value<number>;
  /** The dependencies defined for container startup and shutdown. A container can contain multiple dependencies on other containers in a task definition. */
  readonly DependsOn?: ListOf<Value<DaemonTaskDefinition_ContainerDependency>>;
  /** The entry point that's passed to the container. */
  readonly EntryPoint?: ListOf<Value<string>>;
  /** The environment variables to pass to a container. */
  readonly Environment?: ListOf<Value<DaemonTaskDefinition_KeyValuePair>>;
  /** A list of files containing the environment variables to pass to a container. */
  readonly EnvironmentFiles?: ListOf<Value<DaemonTaskDefinition_EnvironmentFile>>;
  /** If the ``essential`` parameter of a container is marked as ``true``, and that container fails or stops for any reason, all other containers that are part of the task are stopped. */
  readonly Essential?: Value<boolean>;
  /** The FireLens configuration for the container. This is used to specify and configure a log router for container logs. For more information, see [Custom log routing](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelen... */
  readonly FirelensConfiguration?: Value<DaemonTaskDefinition_FirelensConfiguration>;
  /** An object representing a container health check. Health check parameters that are specified in a container definition override any Docker health checks that exist in the container image (such as those specified in a parent image or from... */
  readonly HealthCheck?: Value<DaemonTaskDefinition_HealthCheck>;
  /** The image used to start the container. This string is passed directly to the Docker daemon. Images in the Docker Hub registry are available by default. Other repositories are specified with either ``repository-url/image:tag`` or ``reposi... */
  readonly Image: Value<string>;
  /** When this parameter is ``true``, you can deploy containerized applications that require ``stdin`` or a ``tty`` to be allocated. */
  readonly Interactive?: Value<boolean>;
  /** The Linux-specific options that are applied to the container, such as Linux [KernelCapabilities](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html). */
  readonly LinuxParameters?: Value<DaemonTaskDefinition_LinuxParameters>;
  /** The log configuration for the container. This parameter maps to ``LogConfig`` in the docker container create command and the ``--log-driver`` option to docker run. By default, containers use the same logging driver that the Docker daemon... */
  readonly LogConfiguration?: Value<DaemonTaskDefinition_LogConfiguration>;
  /** The amount (in MiB) of memory to present to the container. If the container attempts to exceed the memory specified here, the container is killed. */
  readonly Memory?: Value<number>;
  /** The soft limit (in MiB) of memory to reserve for the container. */
  readonly MemoryReservation?: Value<number>;
  /** The mount points for data volumes in your container. */
  readonly MountPoints?: ListOf<Value<DaemonTaskDefinition_MountPoint>>;
  /** The name of the container. Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed. */
  readonly Name: Value<string>;
  /** When this parameter is true, the container is given elevated privileges on the host container instance (similar to the ``root`` user). */
  readonly Privileged?: Value<boolean>;
  /** When this parameter is ``true``, a TTY is allocated. */
  readonly PseudoTerminal?: Value<boolean>;
  /** When this parameter is true, the container is given read-only access to its root file system. */
  readonly ReadonlyRootFilesystem?: Value<boolean>;
  /** The repository credentials for private registry authentication. */
  readonly RepositoryCredentials?: Value<DaemonTaskDefinition_RepositoryCredentials>;
  readonly RestartPolicy?: Value<DaemonTaskDefinition_RestartPolicy>;
  /** The secrets to pass to the container. */
  readonly Secrets?: ListOf<Value<DaemonTaskDefinition_Secret>>;
  /** Time duration (in seconds) to wait before giving up on resolving dependencies for a container. */
  readonly StartTimeout?: Value<number>;
  /** Time duration (in seconds) to wait before the container is forcefully killed if it doesn't exit normally on its own. */
  readonly StopTimeout?: Value<number>;
  /** A list of namespaced kernel parameters to set in the container. */
  readonly SystemControls?: ListOf<Value<DaemonTaskDefinition_SystemControl>>;
  /** A list of ``ulimits`` to set in the container. */
  readonly Ulimits?: ListOf<Value<DaemonTaskDefinition_Ulimit>>;
  /** The user to use inside the container. */
  readonly User?: Value<string>;
  /** The working directory to run commands inside the container in. */
  readonly WorkingDirectory?: Value<string>;
}

export interface DaemonTaskDefinition_Device {
  /** The path inside the container at which to expose the host device. */
  readonly ContainerPath?: Value<string>;
  /** The path for the device on the host container instance. */
  readonly HostPath?: Value<string>;
  /** The explicit permissions to provide to the container for the device. By default, the container has permissions for ``read``, ``write``, and ``mknod`` for the device. */
  readonly Permissions?: ListOf<Value<string>>;
}

export interface DaemonTaskDefinition_EnvironmentFile {
  /** The file type to use. Environment files are objects in Amazon S3. The only supported value is ``s3``. */
  readonly Type?: Value<string>;
  /** The Amazon Resource Name (ARN) of the Amazon S3 object containing the environment variable file. */
  readonly Value?: Value<string>;
}

export interface DaemonTaskDefinition_FirelensConfiguration {
  /** The options to use when configuring the log router. This field is optional and can be used to specify a custom configuration file or to add additional metadata, such as the task, task definition, cluster, and container instance details t... */
  readonly Options?: MapOf<Value<string>>;
  /** The log router to use. The valid values are ``fluentd`` or ``fluentbit``. */
  readonly Type?: Value<string>;
}

export interface DaemonTaskDefinition_HealthCheck {
  /** A string array representing the command that the container runs to determine if it is healthy. The string array must start with ``CMD`` to run the command arguments directly, or ``CMD-SHELL`` to run the command with the container's defau... */
  readonly Command?: ListOf<Value<string>>;
  /** The time period in seconds between each health check execution. You may specify between 5 and 300 seconds. The default value is 30 seconds. This value applies only when you specify a ``command``. */
  readonly Interval?: Value<number>;
  /** The number of times to retry a failed health check before the container is considered unhealthy. You may specify between 1 and 10 retries. The default value is 3. This value applies only when you specify a ``command``. */
  readonly Retries?: Value<number>;
  /** The optional grace period to provide containers time to bootstrap before failed health checks count towards the maximum number of retries. You can specify between 0 and 300 seconds. By default, the ``startPeriod`` is off. This value appl... */
  readonly StartPeriod?: Value<number>;
  /** The time period in seconds to wait for a health check to succeed before it is considered a failure. You may specify between 2 and 60 seconds. The default value is 5. This value applies only when you specify a ``command``. */
  readonly Timeout?: Value<number>;
}

export interface DaemonTaskDefinition_HostVolumeProperties {
  /** When the ``host`` parameter is used, specify a ``sourcePath`` to declare the path on the host container instance that's presented to the container. If this parameter is empty, then the Docker daemon has assigned a host path for you. If t... */
  readonly SourcePath?: Value<string>;
}

export interface DaemonTaskDefinition_KernelCapabilities {
  /** The Linux capabilities for the container that have been added to the default configuration provided by Docker. This parameter maps to ``CapAdd`` in the docker container create command and the ``--cap-add`` option to docker run. Tasks lau... */
  readonly Add?: ListOf<Value<string>>;
  /** The Linux capabilities for the container that have been removed from the default configuration provided by Docker. This parameter maps to ``CapDrop`` in the docker container create command and the ``--cap-drop`` option to docker run. Val... */
  readonly Drop?: ListOf<Value<string>>;
}

export interface DaemonTaskDefinition_KeyValuePair {
  /** The name of the key-value pair. For environment variables, this is the name of the environment variable. */
  readonly Name?: Value<string>;
  /** The value of the key-value pair. For environment variables, this is the value of the environment variable. */
  readonly Value?: Value<string>;
}

export interface DaemonTaskDefinition_LinuxParameters {
  /** The Linux capabilities to add or remove from the default Docker configuration for a container defined in the task definition. For more detailed information about these Linux capabilities, see the [capabilities(7)](https://docs.aws.amazon... */
  readonly Capabilities?: Value<DaemonTaskDefinition_KernelCapabilities>;
  /** Any host devices to expose to the container. This parameter maps to ``Devices`` in the docker container create command and the ``--device`` option to docker run. If you're using tasks that use the Fargate launch type, the ``devices`` par... */
  readonly Devices?: ListOf<Value<DaemonTaskDefinition_Device>>;
  /** Run an ``init`` process inside the container that forwards signals and reaps processes. This parameter maps to the ``--init`` option to docker run. This parameter requires version 1.25 of the Docker Remote API or greater on your containe... */
  readonly InitProcessEnabled?: Value<boolean>;
  /** The container path, mount options, and size (in MiB) of the tmpfs mount. This parameter maps to the ``--tmpfs`` option to docker run. */
  readonly Tmpfs?: ListOf<Value<DaemonTaskDefinition_Tmpfs>>;
}

export interface DaemonTaskDefinition_LogConfiguration {
  /** The log driver to use for the container. For tasks on FARGATElong, the supported log drivers are ``awslogs``, ``splunk``, and ``awsfirelens``. For tasks hosted on Amazon EC2 instances, the supported log drivers are ``awslogs``, ``fluentd... */
  readonly LogDriver: Value<string>;
  /** The configuration options to send to the log driver. The options you can specify depend on the log driver. Some of the options you can specify when you use the ``awslogs`` log driver to route logs to Amazon CloudWatch include the followi... */
  readonly Options?: MapOf<Value<string>>;
  /** The secrets to pass to the log configuration. For more information, see [Specifying sensitive data](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html) in the *Amazon Elastic Container Service Deve... */
  readonly SecretOptions?: ListOf<Value<DaemonTaskDefinition_Secret>>;
}

export interface DaemonTaskDefinition_MountPoint {
  /** The path on the container to mount the host volume at. */
  readonly ContainerPath?: Value<string>;
  /** If this value is ``true``, the container has read-only access to the volume. If this value is ``false``, then the container can write to the volume. The default value is ``false``. */
  readonly ReadOnly?: Value<boolean>;
  /** The name of the volume to mount. Must be a volume name referenced in the ``name`` parameter of task definition ``volume``. */
  readonly SourceVolume?: Value<string>;
}

export interface DaemonTaskDefinition_RepositoryCredentials {
  /** The Amazon Resource Name (ARN) of the secret containing the private repository credentials. When you use the Amazon ECS API, CLI, or AWS SDK, if the secret exists in the same Region as the task that you're launching then you can use eith... */
  readonly CredentialsParameter?: Value<string>;
}

export interface DaemonTaskDefinition_RestartPolicy {
  readonly Enabled?: Value<boolean>;
  readonly IgnoredExitCodes?: ListOf<Value<number>>;
  readonly RestartAttemptPeriod?: Value<number>;
}

export interface DaemonTaskDefinition_Secret {
  /** The name of the secret. */
  readonly Name: Value<string>;
  /** The secret to expose to the container. The supported values are either the full ARN of the ASMlong secret or the full ARN of the parameter in the SSM Parameter Store. For information about the require IAMlong permissions, see [Required I... */
  readonly ValueFrom: Value<string>;
}

export interface DaemonTaskDefinition_SystemControl {
  /** The namespaced kernel parameter to set a ``value`` for. */
  readonly Namespace?: Value<string>;
  /** The namespaced kernel parameter to set a ``value`` for. Valid IPC namespace values: ``"kernel.msgmax" | "kernel.msgmnb" | "kernel.msgmni" | "kernel.sem" | "kernel.shmall" | "kernel.shmmax" | "kernel.shmmni" | "kernel.shm_rmid_forced"``,... */
  readonly Value?: Value<string>;
}

export interface DaemonTaskDefinition_Tmpfs {
  /** The absolute file path where the tmpfs volume is to be mounted. */
  readonly ContainerPath?: Value<string>;
  /** The list of tmpfs volume mount options. Valid values: ``"defaults" | "ro" | "rw" | "suid" | "nosuid" | "dev" | "nodev" | "exec" | "noexec" | "sync" | "async" | "dirsync" | "remount" | "mand" | "nomand" | "atime" | "noatime" | "diratime"... */
  readonly MountOptions?: ListOf<Value<string>>;
  /** The maximum size (in MiB) of the tmpfs volume. */
  readonly Size: Value<number>;
}

export interface DaemonTaskDefinition_Ulimit {
  /** The hard limit for the ``ulimit`` type. The value can be specified in bytes, seconds, or as a count, depending on the ``type`` of the ``ulimit``. */
  readonly HardLimit: Value<number>;
  /** The ``type`` of the ``ulimit``. */
  readonly Name: Value<string>;
  /** The soft limit for the ``ulimit`` type. The value can be specified in bytes, seconds, or as a count, depending on the ``type`` of the ``ulimit``. */
  readonly SoftLimit: Value<number>;
}

export interface DaemonTaskDefinition_Volume {
  /** Details on a container instance bind mount host volume. */
  readonly Host?: Value<DaemonTaskDefinition_HostVolumeProperties>;
  /** The name of the volume. Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed. When using a volume configured at launch, the ``name`` is required and must also be specified as the volume name in the `... */
  readonly Name?: Value<string>;
}

/** Creates an Express service that simplifies deploying containerized web applications on Amazon ECS with managed AWS infrastructure. This operation provisions and configures Application Load Balancers, target groups, security groups, and a... */
export interface ExpressGatewayServiceProps {
  /** The short name or full ARN of the cluster that hosts the Express service. */
  readonly Cluster?: Value<string>;
  /** The CPU allocation for tasks in this service revision. */
  readonly Cpu?: Value<string>;
  /** The ARN of the task execution role for the service revision. */
  readonly ExecutionRoleArn?: Value<string>;
  /** The health check path for this service revision. */
  readonly HealthCheckPath?: Value<string>;
  /** The ARN of the infrastructure role that manages AWS resources for the Express service. */
  readonly InfrastructureRoleArn: Value<string>;
  /** The memory allocation for tasks in this service revision. */
  readonly Memory?: Value<string>;
  /** The network configuration for tasks in this service revision. */
  readonly NetworkConfiguration?: Value<ExpressGatewayService_ExpressGatewayServiceNetworkConfiguration>;
  /** The primary container configuration for this service revision. */
  readonly PrimaryContainer?: Value<ExpressGatewayService_ExpressGatewayContainer>;
  /** The auto-scaling configuration for this service revision. */
  readonly ScalingTarget?: Value<ExpressGatewayService_ExpressGatewayScalingTarget>;
  /** The name of the Express service. */
  readonly ServiceName?: Value<string>;
  /** The metadata applied to the Express service. */
  readonly Tags?: ListOf<Value<Tag>>;
  readonly TaskDefinitionArn?: Value<string>;
  /** The ARN of the task role for the service revision. */
  readonly TaskRoleArn?: Value<string>;
}

export interface ExpressGatewayService_AutoScalingArns {
  /** The list of Auto Scaling policy ARNs associated with the express service. */
  readonly ApplicationAutoScalingPolicies?: ListOf<Value<string>>;
  /** The Auto Scaling Scalable Target ARN associated with the express service. */
  readonly ScalableTarget?: Value<string>;
}

export interface ExpressGatewayService_ECSManagedResourceArns {
  readonly AutoScaling?: Value<ExpressGatewayService_AutoScalingArns>;
  readonly IngressPath?: Value<ExpressGatewayService_IngressPathArns>;
  /** The list of Log Group ARNs associated with the express service. */
  readonly LogGroups?: ListOf<Value<string>>;
  /** The list of Metric Alarm ARNs associated with the express service. */
  readonly MetricAlarms?: ListOf<Value<string>>;
  /** The list of Security Group ARNs associated with the express service. */
  readonly ServiceSecurityGroups?: ListOf<Value<string>>;
}

export interface ExpressGatewayService_ExpressGatewayContainer {
  /** The log configuration for the container. */
  readonly AwsLogsConfiguration?: Value<ExpressGatewayService_ExpressGatewayServiceAwsLogsConfiguration>;
  /** The command that is passed to the container. */
  readonly Command?: ListOf<Value<string>>;
  /** The port number on the container that receives traffic from the load balancer. Default is 80. */
  readonly ContainerPort?: Value<number>;
  /** The environment variables to pass to the container. */
  readonly Environment?: ListOf<Value<ExpressGatewayService_KeyValuePair>>;
  /** The image used to start a container. This string is passed directly to the Docker daemon. Images in the Docker Hub registry are available by default. Other repositories are specified with either `repository-url/image:tag` or `repository-... */
  readonly Image: Value<string>;
  /** The configuration for repository credentials for private registry authentication. */
  readonly RepositoryCredentials?: Value<ExpressGatewayService_ExpressGatewayRepositoryCredentials>;
  /** The secrets to pass to the container. */
  readonly Secrets?: ListOf<Value<ExpressGatewayService_Secret>>;
}

export interface ExpressGatewayService_ExpressGatewayRepositoryCredentials {
  /** The Amazon Resource Name (ARN) of the secret containing the private repository credentials. */
  readonly CredentialsParameter: Value<string>;
}

export interface ExpressGatewayService_ExpressGatewayScalingTarget {
  /** The metric used for auto-scaling decisions. The default metric used for an Express service is `CPUUtilization` . */
  readonly AutoScalingMetric?: Value<string>;
  /** The target value for the auto-scaling metric. The default value for an Express service is 60. */
  readonly AutoScalingTargetValue?: Value<number>;
  /** The maximum number of tasks to run in the Express service. */
  readonly MaxTaskCount?: Value<number>;
  /** The minimum number of tasks to run in the Express service. */
  readonly MinTaskCount?: Value<number>;
}

export interface ExpressGatewayService_ExpressGatewayServiceAwsLogsConfiguration {
  /** The name of the CloudWatch Logs log group to send container logs to. */
  readonly LogGroup: Value<string>;
  /** The prefix for the CloudWatch Logs log stream names. The default for an Express service is `ecs` . */
  readonly LogStreamPrefix: Value<string>;
}

export interface ExpressGatewayService_ExpressGatewayServiceConfiguration {
  /** The CPU allocation for tasks in this service revision. */
  readonly Cpu?: Value<string>;
  /** The Unix timestamp for when this service revision was created. */
  readonly CreatedAt?: Value<string>;
  /** The ARN of the task execution role for the service revision. */
  readonly ExecutionRoleArn?: Value<string>;
  /** The health check path for this service revision. */
  readonly HealthCheckPath?: Value<string>;
  /** The entry point into this service revision. */
  readonly IngressPaths?: ListOf<Value<ExpressGatewayService_IngressPathSummary>>;
  /** The memory allocation for tasks in this service revision. */
  readonly Memory?: Value<string>;
  /** The network configuration for tasks in this service revision. */
  readonly NetworkConfiguration?: Value<ExpressGatewayService_ExpressGatewayServiceNetworkConfiguration>;
  /** The primary container configuration for this service revision. */
  readonly PrimaryContainer?: Value<ExpressGatewayService_ExpressGatewayContainer>;
  /** The auto-scaling configuration for this service revision. */
  readonly ScalingTarget?: Value<ExpressGatewayService_ExpressGatewayScalingTarget>;
  /** The ARN of the service revision. */
  readonly ServiceRevisionArn?: Value<string>;
  readonly TaskDefinitionArn?: Value<string>;
  /** The ARN of the task role for the service revision. */
  readonly TaskRoleArn?: Value<string>;
}

export interface ExpressGatewayService_ExpressGatewayServiceNetworkConfiguration {
  /** The IDs of the security groups associated with the Express service. */
  readonly SecurityGroups?: ListOf<Value<string>>;
  /** The IDs of the subnets associated with the Express service. */
  readonly Subnets?: ListOf<Value<string>>;
}

export interface ExpressGatewayService_ExpressGatewayServiceStatus {
  /** The status of the Express service. */
  readonly StatusCode?: Value<string>;
}

export interface ExpressGatewayService_IngressPathArns {
  /** The Certificate ARN associated with the express service. */
  readonly CertificateArn?: Value<string>;
  /** The ARN of the Load Balancer listener associated with the express service. */
  readonly ListenerArn?: Value<string>;
  /** The ARN of the Load Balancer listener rule associated with the express service. */
  readonly ListenerRuleArn?: Value<string>;
  /** The ARN of the Load Balancer associated with the express service. */
  readonly LoadBalancerArn?: Value<string>;
  /** The list of Load Balancer Security Group ARNs associated with the express service. */
  readonly LoadBalancerSecurityGroups?: ListOf<Value<string>>;
  /** The list of Target Group ARNs associated with the express service. */
  readonly TargetGroupArns?: ListOf<Value<string>>;
}

export interface ExpressGatewayService_IngressPathSummary {
  /** The type of access to the endpoint for the Express service. */
  readonly AccessType?: Value<string>;
  /** The endpoint for access to the service. */
  readonly Endpoint?: Value<string>;
}

export interface ExpressGatewayService_KeyValuePair {
  /** The name of the key-value pair. For environment variables, this is the name of the environment variable. */
  readonly Name: Value<string>;
  /** The value of the key-value pair. For environment variables, this is the value of the environment variable. */
  readonly Value: Value<string>;
}

export interface ExpressGatewayService_Secret {
  /** The name of the secret. */
  readonly Name: Value<string>;
  /** The secret to expose to the container. The supported values are either the full ARN of the AWS Secrets Manager secret or the full ARN of the parameter in the SSM Parameter Store. */
  readonly ValueFrom: Value<string>;
}

/** Modifies which task set in a service is the primary task set. Any parameters that are updated on the primary task set in a service will transition to the service. This is used when a service uses the `EXTERNAL` deployment controller type... */
export interface PrimaryTaskSetProps {
  /** The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that the task set exists in. */
  readonly Cluster: Value<string>;
  /** The short name or full Amazon Resource Name (ARN) of the service that the task set exists in. */
  readonly Service: Value<string>;
  /** The short name or full Amazon Resource Name (ARN) of the task set to set as the primary task set in the deployment. */
  readonly TaskSetId: Value<string>;
}

/** The `AWS::ECS::Service` resource creates an Amazon Elastic Container Service (Amazon ECS) service that runs and maintains the requested number of tasks and associated load balancers. */
export interface ServiceProps {
  /** Indicates whether to use Availability Zone rebalancing for the service. */
  readonly AvailabilityZoneRebalancing?: Value<string>;
  /** The capacity provider strategy to use for the service. */
  readonly CapacityProviderStrategy?: ListOf<Value<Service_CapacityProviderStrategyItem>>;
  /** The short name or full Amazon Resource Name (ARN) of the cluster that you run your service on. If you do not specify a cluster, the default cluster is assumed. */
  readonly Cluster?: Value<string>;
  /** Optional deployment parameters that control how many tasks run during the deployment and the ordering of stopping and starting tasks. */
  readonly DeploymentConfiguration?: Value<Service_DeploymentConfiguration>;
  /** The deployment controller to use for the service. */
  readonly DeploymentController?: Value<Service_DeploymentController>;
  /** The number of instantiations of the specified task definition to place and keep running in your service. */
  readonly DesiredCount?: Value<number>;
  /** Specifies whether to turn on Amazon ECS managed tags for the tasks within the service. For more information, see [Tagging your Amazon ECS resources](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html) in the... */
  readonly EnableECSManagedTags?: Value<boolean>;
  /** Determines whether the execute command functionality is turned on for the service. If `true` , the execute command functionality is turned on for all containers in tasks as part of the service. */
  readonly EnableExecuteCommand?: Value<boolean>;
  /** Determines whether to force a new deployment of the service. By default, deployments aren't forced. You can use this option to start a new deployment with no service definition changes. For example, you can update a service's tasks to us... */
  readonly ForceNewDeployment?: Value<Service_ForceNewDeployment>;
  /** The period of time, in seconds, that the Amazon ECS service scheduler ignores unhealthy Elastic Load Balancing, VPC Lattice, and container health checks after a task has first started. If you do not specify a health check grace period va... */
  readonly HealthCheckGracePeriodSeconds?: Value<number>;
  /** The launch type on which to run your service. For more information, see [Amazon ECS Launch Types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html) in the *Amazon Elastic Container Service Developer Guide* . */
  readonly LaunchType?: Value<string>;
  /** A list of load balancer objects to associate with the service. If you specify the `Role` property, `LoadBalancers` must be specified as well. For information about the number of load balancers that you can specify per service, see [Servi... */
  readonly LoadBalancers?: ListOf<Value<Service_LoadBalancer>>;
  /** The optional monitoring configuration for a service, which defines the resolution for the service-level ``CPUUtilization`` and ``MemoryUtilization`` Amazon CloudWatch metrics. When not specified, Amazon ECS uses the default resolution of... */
  readonly Monitoring?: Value<Service_MonitoringConfiguration>;
  /** The network configuration for the service. This parameter is required for task definitions that use the `awsvpc` network mode to receive their own elastic network interface, and it is not supported for other network modes. For more infor... */
  readonly NetworkConfiguration?: Value<Service_NetworkConfiguration>;
  /** An array of placement constraint objects to use for tasks in your service. You can specify a maximum of 10 constraints for each task. This limit includes constraints in the task definition and those specified at runtime. */
  readonly PlacementConstraints?: ListOf<Value<Service_PlacementConstraint>>;
  /** The placement strategy objects to use for tasks in your service. You can specify a maximum of 5 strategy rules for each service. */
  readonly PlacementStrategies?: ListOf<Value<Service_PlacementStrategy>>;
  /** The platform version that your tasks in the service are running on. A platform version is specified only for tasks using the Fargate launch type. If one isn't specified, the `LATEST` platform version is used. For more information, see [A... */
  readonly PlatformVersion?: Value<string>;
  /** Specifies whether to propagate the tags from the task definition to the task. If no value is specified, the tags aren't propagated. Tags can only be propagated to the task during task creation. To add tags to a task after task creation,... */
  readonly PropagateTags?: Value<string>;
  /** The name or full Amazon Resource Name (ARN) of the IAM role that allows Amazon ECS to make calls to your load balancer on your behalf. This parameter is only permitted if you are using a load balancer with your service and your task defi... */
  readonly Role?: Value<string>;
  /** The scheduling strategy to use for the service. For more information, see [Services](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_services.html) . */
  readonly SchedulingStrategy?: Value<string>;
  /** The configuration for this service to discover and connect to services, and be discovered by, and connected from, other services within a namespace. */
  readonly ServiceConnectConfiguration?: Value<Service_ServiceConnectConfiguration>;
  /** The name of your service. Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed. Service names must be unique within a cluster, but you can have similarly named services in multiple clusters within a... */
  readonly ServiceName?: Value<string>;
  /** The details of the service discovery registry to associate with this service. For more information, see [Service discovery](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-discovery.html) . */
  readonly ServiceRegistries?: ListOf<Value<Service_ServiceRegistry>>;
  /** The metadata that you apply to the service to help you categorize and organize them. Each tag consists of a key and an optional value, both of which you define. When a service is deleted, the tags are deleted as well. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The `family` and `revision` ( `family:revision` ) or full ARN of the task definition to run in your service. If a `revision` isn't specified, the latest `ACTIVE` revision is used. */
  readonly TaskDefinition?: Value<string>;
  /** The configuration for a volume specified in the task definition as a volume that is configured at launch time. Currently, the only supported volume type is an Amazon EBS volume. */
  readonly VolumeConfigurations?: ListOf<Value<Service_ServiceVolumeConfiguration>>;
  /** The VPC Lattice configuration for the service being created. */
  readonly VpcLatticeConfigurations?: ListOf<Value<Service_VpcLatticeConfiguration>>;
}

export interface Service_AdvancedConfiguration {
  /** The Amazon Resource Name (ARN) of the alternate target group for Amazon ECS blue/green deployments. */
  readonly AlternateTargetGroupArn: Value<string>;
  /** The Amazon Resource Name (ARN) that that identifies the production listener rule (in the case of an Application Load Balancer) or listener (in the case for an Network Load Balancer) for routing production traffic. */
  readonly ProductionListenerRule?: Value<string>;
  /** The Amazon Resource Name (ARN) of the IAM role that grants Amazon ECS permission to call the Elastic Load Balancing APIs for you. */
  readonly RoleArn?: Value<string>;
  /** The Amazon Resource Name (ARN) that identifies ) that identifies the test listener rule (in the case of an Application Load Balancer) or listener (in the case for an Network Load Balancer) for routing test traffic. */
  readonly TestListenerRule?: Value<string>;
}

export interface Service_AwsVpcConfiguration {
  /** Whether the task's elastic network interface receives a public IP address. */
  readonly AssignPublicIp?: Value<string>;
  /** The IDs of the security groups associated with the task or service. If you don't specify a security group, the default security group for the VPC is used. There's a limit of 5 security groups that can be specified. */
  readonly SecurityGroups?: ListOf<Value<string>>;
  /** The IDs of the subnets associated with the task or service. There's a limit of 16 subnets that can be specified. */
  readonly Subnets?: ListOf<Value<string>>;
}

export interface Service_CanaryConfiguration {
  /** The amount of time in minutes to wait during the canary phase before shifting the remaining production traffic to the new service revision. Valid values are 0 to 1440 minutes (24 hours). The default value is 10. */
  readonly CanaryBakeTimeInMinutes?: Value<number>;
  /** The percentage of production traffic to shift to the new service revision during the canary phase. Valid values are multiples of 0.1 from 0.1 to 100.0. The default value is 5.0. */
  readonly CanaryPercent?: Value<number>;
}

export interface Service_CapacityProviderStrategyItem {
  /** The *base* value designates how many tasks, at a minimum, to run on the specified capacity provider for each service. Only one capacity provider in a capacity provider strategy can have a *base* defined. If no value is specified, the def... */
  readonly Base?: Value<number>;
  /** The short name of the capacity provider. This can be either an AWS managed capacity provider ( `FARGATE` or `FARGATE_SPOT` ) or the name of a custom capacity provider that you created. */
  readonly CapacityProvider?: Value<string>;
  /** The *weight* value designates the relative percentage of the total number of tasks launched that should use the specified capacity provider. The `weight` value is taken into consideration after the `base` value, if defined, is satisfied. */
  readonly Weight?: Value<number>;
}

export interface Service_DeploymentAlarms {
  /** One or more CloudWatch alarm names. Use a "," to separate the alarms. */
  readonly AlarmNames: ListOf<Value<string>>;
  /** Determines whether to use the CloudWatch alarm option in the service deployment process. */
  readonly Enable: Value<boolean>;
  /** Determines whether to configure Amazon ECS to roll back the service if a service deployment fails. If rollback is used, when a service deployment fails, the service is rolled back to the last deployment that completed successfully. */
  readonly Rollback: Value<boolean>;
}

export interface Service_DeploymentCircuitBreaker {
  /** Determines whether to use the deployment circuit breaker logic for the service. */
  readonly Enable: Value<boolean>;
  /** Specifies whether the deployment circuit breaker resets its failure count when a task reaches a healthy state. When set to ``true``, a task that reaches a healthy state resets the failure count to ``0``. When set to ``false``, Amazon ECS... */
  readonly ResetOnHealthyTask?: Value<boolean>;
  /** Determines whether to configure Amazon ECS to roll back the service if a service deployment fails. If rollback is on, when a service deployment fails, the service is rolled back to the last deployment that completed successfully. */
  readonly Rollback: Value<boolean>;
  /** Defines the failure threshold that the deployment circuit breaker uses to monitor a deployment. The ``type`` and ``value`` together determine the number of task failures that are tolerated before the circuit breaker triggers. By default,... */
  readonly ThresholdConfiguration?: Value<Service_ThresholdConfiguration>;
}

export interface Service_DeploymentConfiguration {
  /** Information about the CloudWatch alarms. */
  readonly Alarms?: Value<Service_DeploymentAlarms>;
  /** The duration when both blue and green service revisions are running simultaneously after the production traffic has shifted. */
  readonly BakeTimeInMinutes?: Value<number>;
  /** Configuration for canary deployment strategy. Only valid when the deployment strategy is `CANARY` . This configuration enables shifting a fixed percentage of traffic for testing, followed by shifting the remaining traffic after a bake pe... */
  readonly CanaryConfiguration?: Value<Service_CanaryConfiguration>;
  /** > The deployment circuit breaker can only be used for services using the rolling update ( `ECS` ) deployment type. */
  readonly DeploymentCircuitBreaker?: Value<Service_DeploymentCircuitBreaker>;
  readonly EarlySuccessCriteria?: Value<Service_DeploymentEarlySuccessCriteria>;
  /** An array of deployment lifecycle hook objects to run custom logic at specific stages of the deployment lifecycle. */
  readonly LifecycleHooks?: ListOf<Value<Service_DeploymentLifecycleHook>>;
  /** Configuration for linear deployment strategy. Only valid when the deployment strategy is `LINEAR` . This configuration enables progressive traffic shifting in equal percentage increments with configurable bake times between each step. */
  readonly LinearConfiguration?: Value<Service_LinearConfiguration>;
  /** If a service is using the rolling update ( `ECS` ) deployment type, the `maximumPercent` parameter represents an upper limit on the number of your service's tasks that are allowed in the `RUNNING` or `PENDING` state during a deployment,... */
  readonly MaximumPercent?: Value<number>;
  /** If a service is using the rolling update ( `ECS` ) deployment type, the `minimumHealthyPercent` represents a lower limit on the number of your service's tasks that must remain in the `RUNNING` state during a deployment, as a percentage o... */
  readonly MinimumHealthyPercent?: Value<number>;
  /** The deployment strategy for the service. Choose from these valid values: */
  readonly Strategy?: Value<string>;
}

export interface Service_DeploymentController {
  /** The deployment controller type to use. */
  readonly Type?: Value<string>;
}

export interface Service_DeploymentEarlySuccessCriteria {
  readonly Enable?: Value<boolean>;
  readonly HealthyPercent?: Value<number>;
  readonly SourceServiceRevisionCleanup?: Value<string>;
}

export interface Service_DeploymentLifecycleHook {
  /** Use this field to specify custom parameters that Amazon ECS passes to your hook target invocations (such as a Lambda function). */
  readonly HookDetails?: Value<string> | Value<Json>;
  /** The Amazon Resource Name (ARN) of the hook target. Currently, only Lambda function ARNs are supported. */
  readonly HookTargetArn?: Value<string>;
  /** The lifecycle stages at which to run the hook. Choose from these valid values: */
  readonly LifecycleStages: ListOf<Value<string>>;
  /** The Amazon Resource Name (ARN) of the IAM role that grants Amazon ECS permission to call Lambda functions on your behalf. */
  readonly RoleArn?: Value<string>;
  /** The type of action the lifecycle hook performs. Valid values are: + ``AWS_LAMBDA`` - Invokes a Lambda function at the specified lifecycle stage. This is the default value. + ``PAUSE`` - Pauses the deployment at the specified lifecycle st... */
  readonly TargetType?: Value<string>;
  readonly TimeoutConfiguration?: Value<Service_HookTimeoutConfig>;
}

export interface Service_EBSTagSpecification {
  /** Determines whether to propagate the tags from the task definition to the Amazon EBS volume. Tags can only propagate to a `SERVICE` specified in `ServiceVolumeConfiguration` . If no value is specified, the tags aren't propagated. */
  readonly PropagateTags?: Value<string>;
  /** The type of volume resource. */
  readonly ResourceType: Value<string>;
  /** The tags applied to this Amazon EBS volume. `AmazonECSCreated` and `AmazonECSManaged` are reserved tags that can't be used. */
  readonly Tags?: ListOf<Value<Tag>>;
}

export interface Service_ForceNewDeployment {
  /** Determines whether to force a new deployment of the service. By default, deployments aren't forced. You can use this option to start a new deployment with no service definition changes. For example, you can update a service's tasks to us... */
  readonly EnableForceNewDeployment: Value<boolean>;
  /** When you change the `ForceNewDeploymentNonce` value in your template, it signals Amazon ECS to start a new deployment even though no other service parameters have changed. The value must be a unique, time- varying value like a timestamp,... */
  readonly ForceNewDeploymentNonce?: Value<string>;
}

export interface Service_HookTimeoutConfig {
  readonly Action?: Value<string>;
  readonly TimeoutInMinutes?: Value<number>;
}

export interface Service_LinearConfiguration {
  /** The amount of time in minutes to wait between each traffic shifting step during a linear deployment. Valid values are 0 to 1440 minutes (24 hours). The default value is 6. This bake time is not applied after reaching 100 percent traffic. */
  readonly StepBakeTimeInMinutes?: Value<number>;
  /** The percentage of production traffic to shift in each step during a linear deployment. Valid values are multiples of 0.1 from 3.0 to 100.0. The default value is 10.0. */
  readonly StepPercent?: Value<number>;
}

export interface Service_LoadBalancer {
  /** The advanced settings for the load balancer used in blue/green deployments. Specify the alternate target group, listener rules, and IAM role required for traffic shifting during blue/green deployments. */
  readonly AdvancedConfiguration?: Value<Service_AdvancedConfiguration>;
  /** The name of the container (as it appears in a container definition) to associate with the load balancer. */
  readonly ContainerName?: Value<string>;
  /** The port on the container to associate with the load balancer. This port must correspond to a `containerPort` in the task definition the tasks in the service are using. For tasks that use the EC2 launch type, the container instance they'... */
  readonly ContainerPort?: Value<number>;
  /** The name of the load balancer to associate with the Amazon ECS service or task set. */
  readonly LoadBalancerName?: Value<string>;
  /** The full Amazon Resource Name (ARN) of the Elastic Load Balancing target group or groups associated with a service or task set. */
  readonly TargetGroupArn?: Value<string>;
}

export interface Service_LogConfiguration {
  /** The log driver to use for the container. */
  readonly LogDriver?: Value<string>;
  /** The configuration options to send to the log driver. */
  readonly Options?: MapOf<Value<string>>;
  /** The secrets to pass to the log configuration. For more information, see [Specifying sensitive data](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html) in the *Amazon Elastic Container Service Deve... */
  readonly SecretOptions?: ListOf<Value<Service_Secret>>;
}

export interface Service_MetricConfiguration {
  /** The list of metric names to configure. The supported metric names are ``CPUUtilization`` and ``MemoryUtilization``. */
  readonly MetricNames: ListOf<Value<string>>;
  /** The resolution, in seconds, at which to collect the metrics. The valid values are ``20`` and ``60``. */
  readonly ResolutionSeconds: Value<number>;
}

export interface Service_MonitoringConfiguration {
  /** The list of metric configurations for the service monitoring. */
  readonly MetricConfigurations: ListOf<Value<Service_MetricConfiguration>>;
}

export interface Service_NetworkConfiguration {
  /** The VPC subnets and security groups that are associated with a task. */
  readonly AwsvpcConfiguration?: Value<Service_AwsVpcConfiguration>;
}

export interface Service_PlacementConstraint {
  /** A cluster query language expression to apply to the constraint. The expression can have a maximum length of 2000 characters. You can't specify an expression if the constraint type is `distinctInstance` . For more information, see [Cluste... */
  readonly Expression?: Value<string>;
  /** The type of constraint. Use `distinctInstance` to ensure that each task in a particular group is running on a different container instance. Use `memberOf` to restrict the selection to a group of valid candidates. */
  readonly Type: Value<string>;
}

export interface Service_PlacementStrategy {
  /** The field to apply the placement strategy against. For the `spread` placement strategy, valid values are `instanceId` (or `host` , which has the same effect), or any platform or custom attribute that's applied to a container instance, su... */
  readonly Field?: Value<string>;
  /** The type of placement strategy. The `random` placement strategy randomly places tasks on available candidates. The `spread` placement strategy spreads placement across available candidates evenly based on the `field` parameter. The `binp... */
  readonly Type: Value<string>;
}

export interface Service_Secret {
  /** The name of the secret. */
  readonly Name: Value<string>;
  /** The secret to expose to the container. The supported values are either the full ARN of the AWS Secrets Manager secret or the full ARN of the parameter in the SSM Parameter Store. */
  readonly ValueFrom: Value<string>;
}

export interface Service_ServiceConnectAccessLogConfiguration {
  /** The format for Service Connect access log output. Choose TEXT for human-readable logs or JSON for structured data that integrates well with log analysis tools. */
  readonly Format: Value<string>;
  /** Specifies whether to include query parameters in Service Connect access logs. */
  readonly IncludeQueryParameters?: Value<string>;
}

export interface Service_ServiceConnectClientAlias {
  /** The `dnsName` is the name that you use in the applications of client tasks to connect to this service. The name must be a valid DNS name but doesn't need to be fully-qualified. The name can include up to 127 characters. The name can incl... */
  readonly DnsName?: Value<string>;
  /** The listening port number for the Service Connect proxy. This port is available inside of all of the tasks within the same namespace. */
  readonly Port: Value<number>;
  /** The configuration for test traffic routing rules used during blue/green deployments with Amazon ECS Service Connect. This allows you to route a portion of traffic to the new service revision of your service for testing before shifting al... */
  readonly TestTrafficRules?: Value<Service_ServiceConnectTestTrafficRules>;
}

export interface Service_ServiceConnectConfiguration {
  /** The configuration for Service Connect access logging. Access logs capture detailed information about requests made to your service, including request patterns, response codes, and timing data. They can be useful for debugging connectivit... */
  readonly AccessLogConfiguration?: Value<Service_ServiceConnectAccessLogConfiguration>;
  /** Specifies whether to use Service Connect with this service. */
  readonly Enabled: Value<boolean>;
  /** The log configuration for the container. This parameter maps to `LogConfig` in the docker container create command and the `--log-driver` option to docker run. */
  readonly LogConfiguration?: Value<Service_LogConfiguration>;
  /** The namespace name or full Amazon Resource Name (ARN) of the AWS Cloud Map namespace for use with Service Connect. The namespace must be in the same AWS Region as the Amazon ECS service and cluster. The type of namespace doesn't affect S... */
  readonly Namespace?: Value<string>;
  /** The list of Service Connect service objects. These are names and aliases (also known as endpoints) that are used by other Amazon ECS services to connect to this service. */
  readonly Services?: ListOf<Value<Service_ServiceConnectService>>;
}

export interface Service_ServiceConnectService {
  /** The list of client aliases for this Service Connect service. You use these to assign names that can be used by client applications. The maximum number of client aliases that you can have in this list is 1. */
  readonly ClientAliases?: ListOf<Value<Service_ServiceConnectClientAlias>>;
  /** The `discoveryName` is the name of the new AWS Cloud Map service that Amazon ECS creates for this Amazon ECS service. This must be unique within the AWS Cloud Map namespace. The name can contain up to 64 characters. The name can include... */
  readonly DiscoveryName?: Value<string>;
  /** The port number for the Service Connect proxy to listen on. */
  readonly IngressPortOverride?: Value<number>;
  /** The `portName` must match the name of one of the `portMappings` from all the containers in the task definition of this Amazon ECS service. */
  readonly PortName: Value<string>;
  /** A reference to an object that represents the configured timeouts for Service Connect. */
  readonly Timeout?: Value<Service_TimeoutConfiguration>;
  /** A reference to an object that represents a Transport Layer Security (TLS) configuration. */
  readonly Tls?: Value<Service_ServiceConnectTlsConfiguration>;
}

export interface Service_ServiceConnectTestTrafficRules {
  /** The HTTP header-based routing rules that determine which requests should be routed to the new service version during blue/green deployment testing. These rules provide fine-grained control over test traffic routing based on request headers. */
  readonly Header: Value<Service_ServiceConnectTestTrafficRulesHeader>;
}

export interface Service_ServiceConnectTestTrafficRulesHeader {
  readonly Name: Value<string>;
  readonly Value?: Value<Service_ServiceConnectTestTrafficRulesHeaderValue>;
}

export interface Service_ServiceConnectTestTrafficRulesHeaderValue {
  readonly Exact: Value<string>;
}

export interface Service_ServiceConnectTlsCertificateAuthority {
  /** The ARN of the AWS Private Certificate Authority certificate. */
  readonly AwsPcaAuthorityArn?: Value<string>;
}

export interface Service_ServiceConnectTlsConfiguration {
  /** The signer certificate authority. */
  readonly IssuerCertificateAuthority: Value<Service_ServiceConnectTlsCertificateAuthority>;
  /** The AWS Key Management Service key. */
  readonly KmsKey?: Value<string>;
  /** The Amazon Resource Name (ARN) of the IAM role that's associated with the Service Connect TLS. */
  readonly RoleArn?: Value<string>;
}

export interface Service_ServiceManagedEBSVolumeConfiguration {
  /** Indicates whether the volume should be encrypted. If you turn on Region-level Amazon EBS encryption by default but set this value as `false` , the setting is overridden and the volume is encrypted with the KMS key specified for Amazon EB... */
  readonly Encrypted?: Value<boolean>;
  /** The filesystem type for the volume. For volumes created from a snapshot, you must specify the same filesystem type that the volume was using when the snapshot was created. If there is a filesystem type mismatch, the tasks will fail to st... */
  readonly FilesystemType?: Value<string>;
  /** The number of I/O operations per second (IOPS). For `gp3` , `io1` , and `io2` volumes, this represents the number of IOPS that are provisioned for the volume. For `gp2` volumes, this represents the baseline performance of the volume and... */
  readonly Iops?: Value<number>;
  /** The Amazon Resource Name (ARN) identifier of the AWS Key Management Service key to use for Amazon EBS encryption. When a key is specified using this parameter, it overrides Amazon EBS default encryption or any KMS key that you specified... */
  readonly KmsKeyId?: Value<string>;
  /** The ARN of the IAM role to associate with this volume. This is the Amazon ECS infrastructure IAM role that is used to manage your AWS infrastructure. We recommend using the Amazon ECS-managed `AmazonECSInfrastructureRolePolicyForVolumes`... */
  readonly RoleArn: Value<string>;
  /** The size of the volume in GiB. You must specify either a volume size or a snapshot ID. If you specify a snapshot ID, the snapshot size is used for the volume size by default. You can optionally specify a volume size greater than or equal... */
  readonly SizeInGiB?: Value<number>;
  /** The snapshot that Amazon ECS uses to create volumes for attachment to tasks maintained by the service. You must specify either `snapshotId` or `sizeInGiB` in your volume configuration. This parameter maps 1:1 with the `SnapshotId` parame... */
  readonly SnapshotId?: Value<string>;
  /** The tags to apply to the volume. Amazon ECS applies service-managed tags by default. This parameter maps 1:1 with the `TagSpecifications.N` parameter of the [CreateVolume API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Cr... */
  readonly TagSpecifications?: ListOf<Value<Service_EBSTagSpecification>>;
  /** The throughput to provision for a volume, in MiB/s, with a maximum of 1,000 MiB/s. This parameter maps 1:1 with the `Throughput` parameter of the [CreateVolume API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.... */
  readonly Throughput?: Value<number>;
  /** The rate, in MiB/s, at which data is fetched from a snapshot of an existing EBS volume to create new volumes for attachment to the tasks maintained by the service. This property can be specified only if you specify a `snapshotId` . For m... */
  readonly VolumeInitializationRate?: Value<number>;
  /** The volume type. This parameter maps 1:1 with the `VolumeType` parameter of the [CreateVolume API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the *Amazon EC2 API Reference* . For more information, se... */
  readonly VolumeType?: Value<string>;
}

export interface Service_ServiceRegistry {
  /** The container name value to be used for your service discovery service. It's already specified in the task definition. If the task definition that your service task specifies uses the `bridge` or `host` network mode, you must specify a `... */
  readonly ContainerName?: Value<string>;
  /** The port value to be used for your service discovery service. It's already specified in the task definition. If the task definition your service task specifies uses the `bridge` or `host` network mode, you must specify a `containerName`... */
  readonly ContainerPort?: Value<number>;
  /** The port value used if your service discovery service specified an SRV record. This field might be used if both the `awsvpc` network mode and SRV records are used. */
  readonly Port?: Value<number>;
  /** The Amazon Resource Name (ARN) of the service registry. The currently supported service registry is AWS Cloud Map . For more information, see [CreateService](https://docs.aws.amazon.com/cloud-map/latest/api/API_CreateService.html) . */
  readonly RegistryArn?: Value<string>;
}

export interface Service_ServiceVolumeConfiguration {
  /** The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf. These settings are used to create each Amazon EBS volume, with one volume created for each task in the service. The Amazon EBS volumes are vi... */
  readonly ManagedEBSVolume?: Value<Service_ServiceManagedEBSVolumeConfiguration>;
  /** The name of the volume. This value must match the volume name from the `Volume` object in the task definition. */
  readonly Name: Value<string>;
}

export interface Service_ThresholdConfiguration {
  /** Determines how Amazon ECS uses ``value`` to calculate the failure threshold. For the percentage types (``BOUNDED_PERCENT`` and ``UNBOUNDED_PERCENT``), Amazon ECS multiplies ``value`` by the latest service desired count. For ``COUNT``, Am... */
  readonly Type: Value<string>;
  /** Specifies the integer that Amazon ECS uses to calculate the failure threshold. When ``type`` is ``COUNT``, this value is the failure threshold itself. When ``type`` is a percentage type, Amazon ECS multiplies this value by the latest ser... */
  readonly Value: Value<number>;
}

export interface Service_TimeoutConfiguration {
  /** The amount of time in seconds a connection will stay active while idle. A value of `0` can be set to disable `idleTimeout` . */
  readonly IdleTimeoutSeconds?: Value<number>;
  /** The amount of time waiting for the upstream to respond with a complete response per request. A value of `0` can be set to disable `perRequestTimeout` . `perRequestTimeout` can only be set if Service Connect `appProtocol` isn't `TCP` . On... */
  readonly PerRequestTimeoutSeconds?: Value<number>;
}

export interface Service_VpcLatticeConfiguration {
  /** The name of the port mapping to register in the VPC Lattice target group. This is the name of the `portMapping` you defined in your task definition. */
  readonly PortName: Value<string>;
  /** The ARN of the IAM role to associate with this VPC Lattice configuration. This is the Amazon ECS infrastructure IAM role that is used to manage your VPC Lattice infrastructure. */
  readonly RoleArn: Value<string>;
  /** The full Amazon Resource Name (ARN) of the target group or groups associated with the VPC Lattice configuration that the Amazon ECS tasks will be registered to. */
  readonly TargetGroupArn: Value<string>;
}

/** Registers a new task definition from the supplied `family` and `containerDefinitions` . Optionally, you can add data volumes to your containers with the `volumes` parameter. For more information about task definition parameters and defau... */
export interface TaskDefinitionProps {
  /** A list of container definitions in JSON format that describe the different containers that make up your task. For more information about container definition parameters and defaults, see [Amazon ECS Task Definitions](https://docs.aws.ama... */
  readonly ContainerDefinitions?: ListOf<Value<TaskDefinition_ContainerDefinition>>;
  /** The number of `cpu` units used by the task. If you use the EC2 launch type, this field is optional. Any value can be used. If you use the Fargate launch type, this field is required. You must use one of the following values. The value th... */
  readonly Cpu?: Value<string>;
  /** Enables fault injection and allows for fault injection requests to be accepted from the task's containers. The default value is `false` . */
  readonly EnableFaultInjection?: Value<boolean>;
  /** The ephemeral storage settings to use for tasks run with the task definition. */
  readonly EphemeralStorage?: Value<TaskDefinition_EphemeralStorage>;
  /** The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make AWS API calls on your behalf. For informationabout the required IAM roles for Amazon ECS, see [IAM roles for Amazon E... */
  readonly ExecutionRoleArn?: Value<string>;
  /** The name of a family that this task definition is registered to. Up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed. */
  readonly Family?: Value<string>;
  readonly InferenceAccelerators?: ListOf<Value<TaskDefinition_InferenceAccelerator>>;
  /** The IPC resource namespace to use for the containers in the task. The valid values are `host` , `task` , or `none` . If `host` is specified, then all containers within the tasks that specified the `host` IPC mode on the same container in... */
  readonly IpcMode?: Value<string>;
  /** The amount (in MiB) of memory used by the task. */
  readonly Memory?: Value<string>;
  /** The Docker networking mode to use for the containers in the task. The valid values are `none` , `bridge` , `awsvpc` , and `host` . If no network mode is specified, the default is `bridge` . */
  readonly NetworkMode?: Value<string>;
  /** The process namespace to use for the containers in the task. The valid values are `host` or `task` . On Fargate for Linux containers, the only valid value is `task` . For example, monitoring sidecars might need `pidMode` to access inform... */
  readonly PidMode?: Value<string>;
  /** An array of placement constraint objects to use for tasks. */
  readonly PlacementConstraints?: ListOf<Value<TaskDefinition_TaskDefinitionPlacementConstraint>>;
  /** The configuration details for the App Mesh proxy. */
  readonly ProxyConfiguration?: Value<TaskDefinition_ProxyConfiguration>;
  /** The task launch types the task definition was validated against. The valid values are `MANAGED_INSTANCES` , `EC2` , `FARGATE` , and `EXTERNAL` . For more information, see [Amazon ECS launch types](https://docs.aws.amazon.com/AmazonECS/la... */
  readonly RequiresCompatibilities?: ListOf<Value<string>>;
  /** The operating system that your tasks definitions run on. */
  readonly RuntimePlatform?: Value<TaskDefinition_RuntimePlatform>;
  /** The metadata that you apply to the task definition to help you categorize and organize them. Each tag consists of a key and an optional value. You define both of them. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The short name or full Amazon Resource Name (ARN) of the AWS Identity and Access Management role that grants containers in the task permission to call AWS APIs on your behalf. For more information, see [Amazon ECS Task Role](https://docs... */
  readonly TaskRoleArn?: Value<string>;
  /** The list of data volume definitions for the task. For more information, see [Using data volumes in tasks](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html) in the *Amazon Elastic Container Service Devel... */
  readonly Volumes?: ListOf<Value<TaskDefinition_Volume>>;
}

export interface TaskDefinition_AuthorizationConfig {
  /** The Amazon EFS access point ID to use. If an access point is specified, the root directory value specified in the `EFSVolumeConfiguration` must either be omitted or set to `/` which will enforce the path set on the EFS access point. If a... */
  readonly AccessPointId?: Value<string>;
  /** Determines whether to use the Amazon ECS task role defined in a task definition when mounting the Amazon EFS file system. If it is turned on, transit encryption must be turned on in the `EFSVolumeConfiguration` . If this parameter is omi... */
  readonly IAM?: Value<string>;
}

export interface TaskDefinition_ContainerDefinition {
  /** The command that's passed to the container. This parameter maps to `Cmd` in the docker container create command and the `COMMAND` parameter to docker run. If there are multiple arguments, each argument is a separated string in the array. */
  readonly Command?: ListOf<Value<string>>;
  /** The number of `cpu` units reserved for the container. This parameter maps to `CpuShares` in the docker container create command and the `--cpu-shares` option to docker run. */
  readonly Cpu?: Value<number>;
  /** A list of ARNs in SSM or Amazon S3 to a credential spec ( `CredSpec` ) file that configures the container for Active Directory authentication. We recommend that you use this parameter instead of the `dockerSecurityOptions` . The maximum... */
  readonly CredentialSpecs?: ListOf<Value<string>>;
  /** The dependencies defined for container startup and shutdown. A container can contain multiple dependencies. When a dependency is defined for container startup, for container shutdown it is reversed. */
  readonly DependsOn?: ListOf<Value<TaskDefinition_ContainerDependency>>;
  /** When this parameter is true, networking is off within the container. This parameter maps to `NetworkDisabled` in the docker container create command. */
  readonly DisableNetworking?: Value<boolean>;
  /** A list of DNS search domains that are presented to the container. This parameter maps to `DnsSearch` in the docker container create command and the `--dns-search` option to docker run. */
  readonly DnsSearchDomains?: ListOf<Value<string>>;
  /** A list of DNS servers that are presented to the container. This parameter maps to `Dns` in the docker container create command and the `--dns` option to docker run. */
  readonly DnsServers?: ListOf<Value<string>>;
  /** A key/value map of labels to add to the container. This parameter maps to `Labels` in the docker container create command and the `--label` option to docker run. This parameter requires version 1.18 of the Docker Remote API or greater on... */
  readonly DockerLabels?: MapOf<Value<string>>;
  /** A list of strings to provide custom configuration for multiple security systems. This field isn't valid for containers in tasks using the Fargate launch type. */
  readonly DockerSecurityOptions?: ListOf<Value<string>>;
  /** > Early versions of the Amazon ECS container agent don't properly handle `entryPoint` parameters. If you have problems using `entryPoint` , update your container agent or enter your commands and arguments as `command` array items instead. */
  readonly EntryPoint?: ListOf<Value<string>>;
  /** The environment variables to pass to a container. This parameter maps to `Env` in the docker container create command and the `--env` option to docker run. */
  readonly Environment?: ListOf<Value<TaskDefinition_KeyValuePair>>;
  /** A list of files containing the environment variables to pass to a container. This parameter maps to the `--env-file` option to docker run. */
  readonly EnvironmentFiles?: ListOf<Value<TaskDefinition_EnvironmentFile>>;
  /** If the `essential` parameter of a container is marked as `true` , and that container fails or stops for any reason, all other containers that are part of the task are stopped. If the `essential` parameter of a container is marked as `fal... */
  readonly Essential?: Value<boolean>;
  /** A list of hostnames and IP address mappings to append to the `/etc/hosts` file on the container. This parameter maps to `ExtraHosts` in the docker container create command and the `--add-host` option to docker run. */
  readonly ExtraHosts?: ListOf<Value<TaskDefinition_HostEntry>>;
  /** The FireLens configuration for the container. This is used to specify and configure a log router for container logs. For more information, see [Custom Log Routing](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelen... */
  readonly FirelensConfiguration?: Value<TaskDefinition_FirelensConfiguration>;
  /** The container health check command and associated configuration parameters for the container. This parameter maps to `HealthCheck` in the docker container create command and the `HEALTHCHECK` parameter of docker run. */
  readonly HealthCheck?: Value<TaskDefinition_HealthCheck>;
  /** The hostname to use for your container. This parameter maps to `Hostname` in the docker container create command and the `--hostname` option to docker run. */
  readonly Hostname?: Value<string>;
  /** The image used to start a container. This string is passed directly to the Docker daemon. By default, images in the Docker Hub registry are available. Other repositories are specified with either `*repository-url* / *image* : *tag*` or `... */
  readonly Image: Value<string>;
  /** When this parameter is `true` , you can deploy containerized applications that require `stdin` or a `tty` to be allocated. This parameter maps to `OpenStdin` in the docker container create command and the `--interactive` option to docker... */
  readonly Interactive?: Value<boolean>;
  /** The `links` parameter allows containers to communicate with each other without the need for port mappings. This parameter is only supported if the network mode of a task definition is `bridge` . The `name:internalName` construct is analo... */
  readonly Links?: ListOf<Value<string>>;
  /** Linux-specific modifications that are applied to the container, such as Linux kernel capabilities. For more information see [KernelCapabilities](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html) . */
  readonly LinuxParameters?: Value<TaskDefinition_LinuxParameters>;
  /** The log configuration specification for the container. */
  readonly LogConfiguration?: Value<TaskDefinition_LogConfiguration>;
  /** The amount (in MiB) of memory to present to the container. If your container attempts to exceed the memory specified here, the container is killed. The total amount of memory reserved for all containers within a task must be lower than t... */
  readonly Memory?: Value<number>;
  /** The soft limit (in MiB) of memory to reserve for the container. When system memory is under heavy contention, Docker attempts to keep the container memory to this soft limit. However, your container can consume more memory when it needs... */
  readonly MemoryReservation?: Value<number>;
  /** The mount points for data volumes in your container. */
  readonly MountPoints?: ListOf<Value<TaskDefinition_MountPoint>>;
  /** The name of a container. If you're linking multiple containers together in a task definition, the `name` of one container can be entered in the `links` of another container to connect the containers. Up to 255 letters (uppercase and lowe... */
  readonly Name: Value<string>;
  /** The list of port mappings for the container. Port mappings allow containers to access ports on the host container instance to send or receive traffic. */
  readonly PortMappings?: ListOf<Value<TaskDefinition_PortMapping>>;
  /** When this parameter is true, the container is given elevated privileges on the host container instance (similar to the `root` user). This parameter maps to `Privileged` in the docker container create command and the `--privileged` option... */
  readonly Privileged?: Value<boolean>;
  /** When this parameter is `true` , a TTY is allocated. This parameter maps to `Tty` in the docker container create command and the `--tty` option to docker run. */
  readonly PseudoTerminal?: Value<boolean>;
  /** When this parameter is true, the container is given read-only access to its root file system. This parameter maps to `ReadonlyRootfs` in the docker container create command and the `--read-only` option to docker run. */
  readonly ReadonlyRootFilesystem?: Value<boolean>;
  /** The private repository authentication credentials to use. */
  readonly RepositoryCredentials?: Value<TaskDefinition_RepositoryCredentials>;
  /** The type and amount of a resource to assign to a container. The only supported resource is a GPU. */
  readonly ResourceRequirements?: ListOf<Value<TaskDefinition_ResourceRequirement>>;
  /** The restart policy for a container. When you set up a restart policy, Amazon ECS can restart the container without needing to replace the task. For more information, see [Restart individual containers in Amazon ECS tasks with container r... */
  readonly RestartPolicy?: Value<TaskDefinition_RestartPolicy>;
  /** The secrets to pass to the container. For more information, see [Specifying Sensitive Data](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html) in the *Amazon Elastic Container Service Developer Gu... */
  readonly Secrets?: ListOf<Value<TaskDefinition_Secret>>;
  /** Time duration (in seconds) to wait before giving up on resolving dependencies for a container. For example, you specify two containers in a task definition with containerA having a dependency on containerB reaching a `COMPLETE` , `SUCCES... */
  readonly StartTimeout?: Value<number>;
  /** Time duration (in seconds) to wait before the container is forcefully killed if it doesn't exit normally on its own. */
  readonly StopTimeout?: Value<number>;
  /** A list of namespaced kernel parameters to set in the container. This parameter maps to `Sysctls` in the docker container create command and the `--sysctl` option to docker run. For example, you can configure `net.ipv4.tcp_keepalive_time`... */
  readonly SystemControls?: ListOf<Value<TaskDefinition_SystemControl>>;
  /** A list of `ulimits` to set in the container. This parameter maps to `Ulimits` in the [Create a container](https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/#operation/ContainerCreate) section of the [Docker Remote API]... */
  readonly Ulimits?: ListOf<Value<TaskDefinition_Ulimit>>;
  /** The user to use inside the container. This parameter maps to `User` in the docker container create command and the `--user` option to docker run. */
  readonly User?: Value<string>;
  /** Specifies whether Amazon ECS will resolve the container image tag provided in the container definition to an image digest. By default, the value is `enabled` . If you set the value for a container as `disabled` , Amazon ECS will not reso... */
  readonly VersionConsistency?: Value<string>;
  /** Data volumes to mount from another container. This parameter maps to `VolumesFrom` in the docker container create command and the `--volumes-from` option to docker run. */
  readonly VolumesFrom?: ListOf<Value<TaskDefinition_VolumeFrom>>;
  /** The working directory to run commands inside the container in. This parameter maps to `WorkingDir` in the docker container create command and the `--workdir` option to docker run. */
  readonly WorkingDirectory?: Value<string>;
}

export interface TaskDefinition_ContainerDependency {
  /** The dependency condition of the container. The following are the available conditions and their behavior: */
  readonly Condition?: Value<string>;
  /** The name of a container. */
  readonly ContainerName?: Value<string>;
}

export interface TaskDefinition_Device {
  /** The path inside the container at which to expose the host device. */
  readonly ContainerPath?: Value<string>;
  /** The path for the device on the host container instance. */
  readonly HostPath?: Value<string>;
  /** The explicit permissions to provide to the container for the device. By default, the container has permissions for `read` , `write` , and `mknod` for the device. */
  readonly Permissions?: ListOf<Value<string>>;
}

export interface TaskDefinition_DockerVolumeConfiguration {
  /** If this value is `true` , the Docker volume is created if it doesn't already exist. */
  readonly Autoprovision?: Value<boolean>;
  /** The Docker volume driver to use. The driver value must match the driver name provided by Docker because it is used for task placement. If the driver was installed using the Docker plugin CLI, use `docker plugin ls` to retrieve the driver... */
  readonly Driver?: Value<string>;
  /** A map of Docker driver-specific options passed through. This parameter maps to `DriverOpts` in the docker create-volume command and the `xxopt` option to docker volume create. */
  readonly DriverOpts?: MapOf<Value<string>>;
  /** Custom metadata to add to your Docker volume. This parameter maps to `Labels` in the docker container create command and the `xxlabel` option to docker volume create. */
  readonly Labels?: MapOf<Value<string>>;
  /** The scope for the Docker volume that determines its lifecycle. Docker volumes that are scoped to a `task` are automatically provisioned when the task starts and destroyed when the task stops. Docker volumes that are scoped as `shared` pe... */
  readonly Scope?: Value<string>;
}

export interface TaskDefinition_EFSVolumeConfiguration {
  /** The authorization configuration details for the Amazon EFS file system. */
  readonly AuthorizationConfig?: Value<TaskDefinition_AuthorizationConfig>;
  /** The Amazon EFS file system ID to use. */
  readonly FilesystemId: Value<string>;
  /** The directory within the Amazon EFS file system to mount as the root directory inside the host. If this parameter is omitted, the root of the Amazon EFS volume will be used. Specifying `/` will have the same effect as omitting this param... */
  readonly RootDirectory?: Value<string>;
  /** Determines whether to use encryption for Amazon EFS data in transit between the Amazon ECS host and the Amazon EFS server. Transit encryption must be turned on if Amazon EFS IAM authorization is used. If this parameter is omitted, the de... */
  readonly TransitEncryption?: Value<string>;
  /** The port to use when sending encrypted data between the Amazon ECS host and the Amazon EFS server. If you do not specify a transit encryption port, it will use the port selection strategy that the Amazon EFS mount helper uses. For more i... */
  readonly TransitEncryptionPort?: Value<number>;
}

export interface TaskDefinition_EnvironmentFile {
  /** The file type to use. Environment files are objects in Amazon S3. The only supported value is `s3` . */
  readonly Type?: Value<string>;
  /** The Amazon Resource Name (ARN) of the Amazon S3 object containing the environment variable file. */
  readonly Value?: Value<string>;
}

export interface TaskDefinition_EphemeralStorage {
  /** The total amount, in GiB, of ephemeral storage to set for the task. The minimum supported value is `21` GiB and the maximum supported value is `200` GiB. */
  readonly SizeInGiB?: Value<number>;
}

export interface TaskDefinition_FirelensConfiguration {
  /** The options to use when configuring the log router. This field is optional and can be used to add additional metadata, such as the task, task definition, cluster, and container instance details to the log event. */
  readonly Options?: MapOf<Value<string>>;
  /** The log router to use. The valid values are `fluentd` or `fluentbit` . */
  readonly Type?: Value<string>;
}

export interface TaskDefinition_FSxAuthorizationConfig {
  /** The authorization credential option to use. The authorization credential options can be provided using either the Amazon Resource Name (ARN) of an AWS Secrets Manager secret or SSM Parameter Store parameter. The ARN refers to the stored... */
  readonly CredentialsParameter: Value<string>;
  /** A fully qualified domain name hosted by an [AWS Directory Service](https://docs.aws.amazon.com/directoryservice/latest/admin-guide/directory_microsoft_ad.html) Managed Microsoft AD (Active Directory) or self-hosted AD on Amazon EC2. */
  readonly Domain: Value<string>;
}

export interface TaskDefinition_FSxWindowsFileServerVolumeConfiguration {
  /** The authorization configuration details for the Amazon FSx for Windows File Server file system. */
  readonly AuthorizationConfig?: Value<TaskDefinition_FSxAuthorizationConfig>;
  /** The Amazon FSx for Windows File Server file system ID to use. */
  readonly FileSystemId: Value<string>;
  /** The directory within the Amazon FSx for Windows File Server file system to mount as the root directory inside the host. */
  readonly RootDirectory: Value<string>;
}

export interface TaskDefinition_HealthCheck {
  /** A string array representing the command that the container runs to determine if it is healthy. The string array must start with `CMD` to run the command arguments directly, or `CMD-SHELL` to run the command with the container's default s... */
  readonly Command?: ListOf<Value<string>>;
  /** The time period in seconds between each health check execution. You may specify between 5 and 300 seconds. The default value is 30 seconds. This value applies only when you specify a `command` . */
  readonly Interval?: Value<number>;
  /** The number of times to retry a failed health check before the container is considered unhealthy. You may specify between 1 and 10 retries. The default value is 3. This value applies only when you specify a `command` . */
  readonly Retries?: Value<number>;
  /** The optional grace period to provide containers time to bootstrap before failed health checks count towards the maximum number of retries. You can specify between 0 and 300 seconds. By default, the `startPeriod` is off. This value applie... */
  readonly StartPeriod?: Value<number>;
  /** The time period in seconds to wait for a health check to succeed before it is considered a failure. You may specify between 2 and 60 seconds. The default value is 5. This value applies only when you specify a `command` . */
  readonly Timeout?: Value<number>;
}

export interface TaskDefinition_HostEntry {
  /** The hostname to use in the `/etc/hosts` entry. */
  readonly Hostname?: Value<string>;
  /** The IP address to use in the `/etc/hosts` entry. */
  readonly IpAddress?: Value<string>;
}

export interface TaskDefinition_HostVolumeProperties {
  /** When the `host` parameter is used, specify a `sourcePath` to declare the path on the host container instance that's presented to the container. If this parameter is empty, then the Docker daemon has assigned a host path for you. If the `... */
  readonly SourcePath?: Value<string>;
}

export interface TaskDefinition_InferenceAccelerator {
  readonly DeviceName?: Value<string>;
  readonly DeviceType?: Value<string>;
}

export interface TaskDefinition_KernelCapabilities {
  /** The Linux capabilities for the container that have been added to the default configuration provided by Docker. This parameter maps to `CapAdd` in the docker container create command and the `--cap-add` option to docker run. */
  readonly Add?: ListOf<Value<string>>;
  /** The Linux capabilities for the container that have been removed from the default configuration provided by Docker. This parameter maps to `CapDrop` in the docker container create command and the `--cap-drop` option to docker run. */
  readonly Drop?: ListOf<Value<string>>;
}

export interface TaskDefinition_KeyValuePair {
  /** The name of the key-value pair. For environment variables, this is the name of the environment variable. */
  readonly Name?: Value<string>;
  /** The value of the key-value pair. For environment variables, this is the value of the environment variable. */
  readonly Value?: Value<string>;
}

export interface TaskDefinition_LinuxParameters {
  /** The Linux capabilities for the container that are added to or dropped from the default configuration provided by Docker. */
  readonly Capabilities?: Value<TaskDefinition_KernelCapabilities>;
  /** Any host devices to expose to the container. This parameter maps to `Devices` in the docker container create command and the `--device` option to docker run. */
  readonly Devices?: ListOf<Value<TaskDefinition_Device>>;
  /** Run an `init` process inside the container that forwards signals and reaps processes. This parameter maps to the `--init` option to docker run. This parameter requires version 1.25 of the Docker Remote API or greater on your container in... */
  readonly InitProcessEnabled?: Value<boolean>;
  /** The total amount of swap memory (in MiB) a container can use. This parameter will be translated to the `--memory-swap` option to docker run where the value would be the sum of the container memory plus the `maxSwap` value. */
  readonly MaxSwap?: Value<number>;
  /** The value for the size (in MiB) of the `/dev/shm` volume. This parameter maps to the `--shm-size` option to docker run. */
  readonly SharedMemorySize?: Value<number>;
  /** This allows you to tune a container's memory swappiness behavior. A `swappiness` value of `0` will cause swapping to not happen unless absolutely necessary. A `swappiness` value of `100` will cause pages to be swapped very aggressively.... */
  readonly Swappiness?: Value<number>;
  /** The container path, mount options, and size (in MiB) of the tmpfs mount. This parameter maps to the `--tmpfs` option to docker run. */
  readonly Tmpfs?: ListOf<Value<TaskDefinition_Tmpfs>>;
}

export interface TaskDefinition_LogConfiguration {
  /** The log driver to use for the container. */
  readonly LogDriver: Value<string>;
  /** The configuration options to send to the log driver. */
  readonly Options?: MapOf<Value<string>>;
  /** The secrets to pass to the log configuration. For more information, see [Specifying sensitive data](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html) in the *Amazon Elastic Container Service Deve... */
  readonly SecretOptions?: ListOf<Value<TaskDefinition_Secret>>;
}

export interface TaskDefinition_MountPoint {
  /** The path on the container to mount the host volume at. */
  readonly ContainerPath?: Value<string>;
  /** If this value is `true` , the container has read-only access to the volume. If this value is `false` , then the container can write to the volume. The default value is `false` . */
  readonly ReadOnly?: Value<boolean>;
  /** The name of the volume to mount. Must be a volume name referenced in the `name` parameter of task definition `volume` . */
  readonly SourceVolume?: Value<string>;
}

export interface TaskDefinition_PortMapping {
  /** The application protocol that's used for the port mapping. This parameter only applies to Service Connect. We recommend that you set this parameter to be consistent with the protocol that your application uses. If you set this parameter,... */
  readonly AppProtocol?: Value<string>;
  /** The port number on the container that's bound to the user-specified or automatically assigned host port. */
  readonly ContainerPort?: Value<number>;
  /** The port number range on the container that's bound to the dynamically mapped host port range. */
  readonly ContainerPortRange?: Value<string>;
  /** The port number on the container instance to reserve for your container. */
  readonly HostPort?: Value<number>;
  /** The name that's used for the port mapping. This parameter is the name that you use in the `serviceConnectConfiguration` and the `vpcLatticeConfigurations` of a service. The name can include up to 64 characters. The characters can include... */
  readonly Name?: Value<string>;
  /** The protocol used for the port mapping. Valid values are `tcp` and `udp` . The default is `tcp` . `protocol` is immutable in a Service Connect service. Updating this field requires a service deletion and redeployment. */
  readonly Protocol?: Value<string>;
}

export interface TaskDefinition_ProxyConfiguration {
  /** The name of the container that will serve as the App Mesh proxy. */
  readonly ContainerName: Value<string>;
  /** The set of network configuration parameters to provide the Container Network Interface (CNI) plugin, specified as key-value pairs. */
  readonly ProxyConfigurationProperties?: ListOf<Value<TaskDefinition_KeyValuePair>>;
  /** The proxy type. The only supported value is `APPMESH` . */
  readonly Type?: Value<string>;
}

export interface TaskDefinition_RepositoryCredentials {
  /** The Amazon Resource Name (ARN) of the secret containing the private repository credentials. */
  readonly CredentialsParameter?: Value<string>;
}

export interface TaskDefinition_ResourceRequirement {
  /** The type of resource to assign to a container. */
  readonly Type: Value<string>;
  /** The value for the specified resource type. */
  readonly Value: Value<string>;
}

export interface TaskDefinition_RestartPolicy {
  /** Specifies whether a restart policy is enabled for the container. */
  readonly Enabled?: Value<boolean>;
  /** A list of exit codes that Amazon ECS will ignore and not attempt a restart on. You can specify a maximum of 50 container exit codes. By default, Amazon ECS does not ignore any exit codes. */
  readonly IgnoredExitCodes?: ListOf<Value<number>>;
  /** A period of time (in seconds) that the container must run for before a restart can be attempted. A container can be restarted only once every `restartAttemptPeriod` seconds. If a container isn't able to run for this time period and exits... */
  readonly RestartAttemptPeriod?: Value<number>;
}

export interface TaskDefinition_RuntimePlatform {
  /** The CPU architecture. */
  readonly CpuArchitecture?: Value<string>;
  /** The operating system. */
  readonly OperatingSystemFamily?: Value<string>;
}

export interface TaskDefinition_S3FilesVolumeConfiguration {
  /** The full ARN of the S3 Files access point to use. If an access point is specified, the root directory value specified in the ``S3FilesVolumeConfiguration`` must either be omitted or set to ``/`` which will enforce the path set on the S3... */
  readonly AccessPointArn?: Value<string>;
  /** The full ARN of the S3 Files file system to mount. */
  readonly FileSystemArn: Value<string>;
  /** The directory within the Amazon S3 Files file system to mount as the root directory. If this parameter is omitted, the root of the Amazon S3 Files file system will be used. Specifying ``/`` will have the same effect as omitting this para... */
  readonly RootDirectory?: Value<string>;
  /** The port to use for sending encrypted data between the ECS host and the S3 Files file system. If you do not specify a transit encryption port, it will use the port selection strategy that the Amazon S3 Files mount helper uses. For more i... */
  readonly TransitEncryptionPort?: Value<number>;
}

export interface TaskDefinition_Secret {
  /** The name of the secret. */
  readonly Name: Value<string>;
  /** The secret to expose to the container. The supported values are either the full ARN of the AWS Secrets Manager secret or the full ARN of the parameter in the SSM Parameter Store. */
  readonly ValueFrom: Value<string>;
}

export interface TaskDefinition_SystemControl {
  /** The namespaced kernel parameter to set a `value` for. */
  readonly Namespace?: Value<string>;
  /** The namespaced kernel parameter to set a `value` for. */
  readonly Value?: Value<string>;
}

export interface TaskDefinition_TaskDefinitionPlacementConstraint {
  /** A cluster query language expression to apply to the constraint. For more information, see [Cluster query language](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html) in the *Amazon Elastic Container... */
  readonly Expression?: Value<string>;
  /** The type of constraint. The `MemberOf` constraint restricts selection to be from a group of valid candidates. */
  readonly Type: Value<string>;
}

export interface TaskDefinition_Tmpfs {
  /** The absolute file path where the tmpfs volume is to be mounted. */
  readonly ContainerPath?: Value<string>;
  /** The list of tmpfs volume mount options. */
  readonly MountOptions?: ListOf<Value<string>>;
  /** The maximum size (in MiB) of the tmpfs volume. */
  readonly Size: Value<number>;
}

export interface TaskDefinition_Ulimit {
  /** The hard limit for the `ulimit` type. The value can be specified in bytes, seconds, or as a count, depending on the `type` of the `ulimit` . */
  readonly HardLimit: Value<number>;
  /** The `type` of the `ulimit` . */
  readonly Name: Value<string>;
  /** The soft limit for the `ulimit` type. The value can be specified in bytes, seconds, or as a count, depending on the `type` of the `ulimit` . */
  readonly SoftLimit: Value<number>;
}

export interface TaskDefinition_Volume {
  /** Indicates whether the volume should be configured at launch time. This is used to create Amazon EBS volumes for standalone tasks or tasks created as part of a service. Each task definition revision may only have one volume configured at... */
  readonly ConfiguredAtLaunch?: Value<boolean>;
  /** This parameter is specified when you use Docker volumes. */
  readonly DockerVolumeConfiguration?: Value<TaskDefinition_DockerVolumeConfiguration>;
  /** This parameter is specified when you use an Amazon Elastic File System file system for task storage. */
  readonly EFSVolumeConfiguration?: Value<TaskDefinition_EFSVolumeConfiguration>;
  /** This parameter is specified when you use Amazon FSx for Windows File Server file system for task storage. */
  readonly FSxWindowsFileServerVolumeConfiguration?: Value<TaskDefinition_FSxWindowsFileServerVolumeConfiguration>;
  /** This parameter is specified when you use bind mount host volumes. The contents of the `host` parameter determine whether your bind mount host volume persists on the host container instance and where it's stored. If the `host` parameter i... */
  readonly Host?: Value<TaskDefinition_HostVolumeProperties>;
  /** The name of the volume. Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed. */
  readonly Name?: Value<string>;
  /** This parameter is specified when you're using an Amazon S3 Files file system for task storage. For more information, see [Amazon S3 Files volumes](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/s3files-volumes.html) in the *... */
  readonly S3FilesVolumeConfiguration?: Value<TaskDefinition_S3FilesVolumeConfiguration>;
}

export interface TaskDefinition_VolumeFrom {
  /** If this value is `true` , the container has read-only access to the volume. If this value is `false` , then the container can write to the volume. The default value is `false` . */
  readonly ReadOnly?: Value<boolean>;
  /** The name of another container within the same task definition to mount volumes from. */
  readonly SourceContainer?: Value<string>;
}

/** Create a task set in the specified cluster and service. This is used when a service uses the `EXTERNAL` deployment controller type. For more information, see [Amazon ECS deployment types](https://docs.aws.amazon.com/AmazonECS/latest/deve... */
export interface TaskSetProps {
  /** The capacity provider strategy that are associated with the task set. */
  readonly CapacityProviderStrategy?: ListOf<Value<TaskSet_CapacityProviderStrategyItem>>;
  /** The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service to create the task set in. */
  readonly Cluster: Value<string>;
  /** An optional non-unique tag that identifies this task set in external systems. If the task set is associated with a service discovery registry, the tasks in this task set will have the `ECS_TASK_SET_EXTERNAL_ID` AWS Cloud Map attribute se... */
  readonly ExternalId?: Value<string>;
  /** The launch type that new tasks in the task set uses. For more information, see [Amazon ECS launch types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html) in the *Amazon Elastic Container Service Developer Gu... */
  readonly LaunchType?: Value<string>;
  /** A load balancer object representing the load balancer to use with the task set. The supported load balancer types are either an Application Load Balancer or a Network Load Balancer. */
  readonly LoadBalancers?: ListOf<Value<TaskSet_LoadBalancer>>;
  /** The network configuration for the task set. */
  readonly NetworkConfiguration?: Value<TaskSet_NetworkConfiguration>;
  /** The platform version that the tasks in the task set uses. A platform version is specified only for tasks using the Fargate launch type. If one isn't specified, the `LATEST` platform version is used. */
  readonly PlatformVersion?: Value<string>;
  /** A floating-point percentage of your desired number of tasks to place and keep running in the task set. */
  readonly Scale?: Value<TaskSet_Scale>;
  /** The short name or full Amazon Resource Name (ARN) of the service to create the task set in. */
  readonly Service: Value<string>;
  /** The details of the service discovery registries to assign to this task set. For more information, see [Service discovery](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-discovery.html) . */
  readonly ServiceRegistries?: ListOf<Value<TaskSet_ServiceRegistry>>;
  /** The metadata that you apply to the task set to help you categorize and organize them. Each tag consists of a key and an optional value. You define both. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The task definition for the tasks in the task set to use. If a revision isn't specified, the latest `ACTIVE` revision is used. */
  readonly TaskDefinition: Value<string>;
}

export interface TaskSet_AwsVpcConfiguration {
  /** Whether the task's elastic network interface receives a public IP address. */
  readonly AssignPublicIp?: Value<string>;
  /** The IDs of the security groups associated with the task or service. If you don't specify a security group, the default security group for the VPC is used. There's a limit of 5 security groups that can be specified. */
  readonly SecurityGroups?: ListOf<Value<string>>;
  /** The IDs of the subnets associated with the task or service. There's a limit of 16 subnets that can be specified. */
  readonly Subnets: ListOf<Value<string>>;
}

export interface TaskSet_CapacityProviderStrategyItem {
  /** The *base* value designates how many tasks, at a minimum, to run on the specified capacity provider for each service. Only one capacity provider in a capacity provider strategy can have a *base* defined. If no value is specified, the def... */
  readonly Base?: Value<number>;
  /** The short name of the capacity provider. This can be either an AWS managed capacity provider ( `FARGATE` or `FARGATE_SPOT` ) or the name of a custom capacity provider that you created. */
  readonly CapacityProvider?: Value<string>;
  /** The *weight* value designates the relative percentage of the total number of tasks launched that should use the specified capacity provider. The `weight` value is taken into consideration after the `base` value, if defined, is satisfied. */
  readonly Weight?: Value<number>;
}

export interface TaskSet_LoadBalancer {
  /** The name of the container (as it appears in a container definition) to associate with the load balancer. */
  readonly ContainerName?: Value<string>;
  /** The port on the container to associate with the load balancer. This port must correspond to a `containerPort` in the task definition the tasks in the service are using. For tasks that use the EC2 launch type, the container instance they'... */
  readonly ContainerPort?: Value<number>;
  /** The full Amazon Resource Name (ARN) of the Elastic Load Balancing target group or groups associated with a service or task set. */
  readonly TargetGroupArn?: Value<string>;
}

export interface TaskSet_NetworkConfiguration {
  /** The VPC subnets and security groups that are associated with a task. */
  readonly AwsVpcConfiguration?: Value<TaskSet_AwsVpcConfiguration>;
}

export interface TaskSet_Scale {
  /** The unit of measure for the scale value. */
  readonly Unit?: Value<string>;
  /** The value, specified as a percent total of a service's `desiredCount` , to scale the task set. Accepted values are numbers between 0 and 100. */
  readonly Value?: Value<number>;
}

export interface TaskSet_ServiceRegistry {
  /** The container name value to be used for your service discovery service. It's already specified in the task definition. If the task definition that your service task specifies uses the `bridge` or `host` network mode, you must specify a `... */
  readonly ContainerName?: Value<string>;
  /** The port value to be used for your service discovery service. It's already specified in the task definition. If the task definition your service task specifies uses the `bridge` or `host` network mode, you must specify a `containerName`... */
  readonly ContainerPort?: Value<number>;
  /** The port value used if your service discovery service specified an SRV record. This field might be used if both the `awsvpc` network mode and SRV records are used. */
  readonly Port?: Value<number>;
  /** The Amazon Resource Name (ARN) of the service registry. The currently supported service registry is AWS Cloud Map . For more information, see [CreateService](https://docs.aws.amazon.com/cloud-map/latest/api/API_CreateService.html) . */
  readonly RegistryArn?: Value<string>;
}
