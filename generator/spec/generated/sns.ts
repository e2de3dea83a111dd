// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::SNS::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, Json, Tag } from '../values.js';

/** The `AWS::SNS::Subscription` resource subscribes an endpoint to an Amazon topic. For a subscription to be created, the owner of the endpoint must` confirm the subscription. */
export interface SubscriptionProps {
  /** The delivery policy JSON assigned to the subscription. Enables the subscriber to define the message delivery retry strategy in the case of an HTTP/S endpoint subscribed to the topic. For more information, see `[GetSubscriptionAttributes]... */
  readonly DeliveryPolicy?: Value<Json> | Value<string>;
  /** The subscription's endpoint. The endpoint value depends on the protocol that you specify. For more information, see the `Endpoint` parameter of the `[Subscribe](https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html)` action in th... */
  readonly Endpoint?: Value<string>;
  /** The filter policy JSON assigned to the subscription. Enables the subscriber to filter out unwanted messages. For more information, see `[GetSubscriptionAttributes](https://docs.aws.amazon.com/sns/latest/api/API_GetSubscriptionAttributes.... */
  readonly FilterPolicy?: Value<Json> | Value<string>;
  /** This attribute lets you choose the filtering scope by using one of the following string value types: */
  readonly FilterPolicyScope?: Value<string>;
  /** The subscription's protocol. For more information, see the `Protocol` parameter of the `[Subscribe](https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html)` action in the *Amazon API Reference* . */
  readonly Protocol: Value<string>;
  /** When set to `true` , enables raw message delivery. Raw messages don't contain any JSON formatting and can be sent to Amazon SQS and HTTP/S endpoints. For more information, see `[GetSubscriptionAttributes](https://docs.aws.amazon.com/sns/... */
  readonly RawMessageDelivery?: Value<boolean>;
  /** When specified, sends undeliverable messages to the specified Amazon SQS dead-letter queue. Messages that can't be delivered due to client errors (for example, when the subscribed endpoint is unreachable) or server errors (for example, w... */
  readonly RedrivePolicy?: Value<Json> | Value<string>;
  /** For cross-region subscriptions, the region in which the topic resides. */
  readonly Region?: Value<string>;
  /** Specifies whether Amazon resends the notification to the subscription when a message's attribute changes. */
  readonly ReplayPolicy?: Value<Json> | Value<string>;
  /** This property applies only to Amazon Data Firehose delivery stream subscriptions. Specify the ARN of the IAM role that has the following: */
  readonly SubscriptionRoleArn?: Value<string>;
  /** The ARN of the topic to subscribe to. */
  readonly TopicArn: Value<string>;
}

/** The `AWS::SNS::Topic` resource creates a topic to which notifications can be published. */
export interface TopicProps {
  /** The `ArchivePolicy` determines the number of days Amazon retains messages in FIFO topics. You can set a retention period ranging from 1 to 365 days. This property is only applicable to FIFO topics; attempting to use it with standard topi... */
  readonly ArchivePolicy?: Value<Json>;
  /** `ContentBasedDeduplication` enables deduplication of messages based on their content for FIFO topics. By default, this property is set to false. If you create a FIFO topic with `ContentBasedDeduplication` set to false, you must provide a... */
  readonly ContentBasedDeduplication?: Value<boolean>;
  /** The body of the policy document you want to use for this topic. */
  readonly DataProtectionPolicy?: Value<Json>;
  /** The `DeliveryStatusLogging` configuration enables you to log the delivery status of messages sent from your Amazon SNS topic to subscribed endpoints with the following supported delivery protocols: */
  readonly DeliveryStatusLogging?: ListOf<Value<Topic_LoggingConfig>>;
  /** The display name to use for an Amazon topic with SMS subscriptions. The display name must be maximum 100 characters long, including hyphens (-), underscores (_), spaces, and tabs. */
  readonly DisplayName?: Value<string>;
  /** Specifies the throughput quota and deduplication behavior to apply for the FIFO topic. Valid values are `Topic` or `MessageGroup` . */
  readonly FifoThroughputScope?: Value<string>;
  /** Set to true to create a FIFO topic. */
  readonly FifoTopic?: Value<boolean>;
  /** The ID of an AWS managed customer master key (CMK) for Amazon or a custom CMK. For more information, see [Key terms](https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html#sse-key-terms) . For more examples, see `[KeyI... */
  readonly KmsMasterKeyId?: Value<string>;
  readonly MaximumMessageSize?: Value<number>;
  /** The signature version corresponds to the hashing algorithm used while creating the signature of the notifications, subscription confirmations, or unsubscribe confirmation messages sent by Amazon SNS. By default, `SignatureVersion` is set... */
  readonly SignatureVersion?: Value<string>;
  /** The Amazon subscriptions (endpoints) for this topic. */
  readonly Subscription?: ListOf<Value<Topic_Subscription>>;
  /** The list of tags to add to a new topic. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The name of the topic you want to create. Topic names must include only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long. FIFO topic names must end with `.fifo` . */
  readonly TopicName?: Value<string>;
  /** Tracing mode of an Amazon topic. By default `TracingConfig` is set to `PassThrough` , and the topic passes through the tracing header it receives from an Amazon publisher to its subscriptions. If set to `Active` , Amazon will vend X-Ray... */
  readonly TracingConfig?: Value<string>;
}

export interface Topic_LoggingConfig {
  /** The IAM role ARN to be used when logging failed message deliveries in Amazon CloudWatch. */
  readonly FailureFeedbackRoleArn?: Value<string>;
  /** Indicates one of the supported protocols for the Amazon SNS topic. */
  readonly Protocol: Value<string>;
  /** The IAM role ARN to be used when logging successful message deliveries in Amazon CloudWatch. */
  readonly SuccessFeedbackRoleArn?: Value<string>;
  /** The percentage of successful message deliveries to be logged in Amazon CloudWatch. Valid percentage values range from 0 to 100. */
  readonly SuccessFeedbackSampleRate?: Value<string>;
}

export interface Topic_Subscription {
  /** The endpoint that receives notifications from the Amazon topic. The endpoint value depends on the protocol that you specify. For more information, see the `Endpoint` parameter of the `[Subscribe](https://docs.aws.amazon.com/sns/latest/ap... */
  readonly Endpoint: Value<string>;
  /** The subscription's protocol. For more information, see the `Protocol` parameter of the `[Subscribe](https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html)` action in the *Amazon API Reference* . */
  readonly Protocol: Value<string>;
}

/** The `AWS::SNS::TopicInlinePolicy` resource associates one Amazon topic with one policy. */
export interface TopicInlinePolicyProps {
  /** A policy document that contains permissions to add to the specified Amazon topic. */
  readonly PolicyDocument: Value<Json>;
  /** The Amazon Resource Name (ARN) of the topic to which you want to add the policy. */
  readonly TopicArn: Value<string>;
}

/** The `AWS::SNS::TopicPolicy` resource associates Amazon topics with a policy. For an example snippet, see [Declaring an Amazon policy](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/quickref-iam.html#scenario-sns-policy) i... */
export interface TopicPolicyProps {
  /** A policy document that contains permissions to add to the specified SNS topics. */
  readonly PolicyDocument: Value<Json> | Value<string>;
  /** The Amazon Resource Names (ARN) of the topics to which you want to add the policy. You can use the `[Ref](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html)` function to specify an `[AWS... */
  readonly Topics: ListOf<Value<string>>;
}
