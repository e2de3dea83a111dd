// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::SQS::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, Json, Tag } from '../values.js';

/** The `AWS::SQS::Queue` resource creates an Amazon SQS standard or FIFO queue. */
export interface QueueProps {
  /** For first-in-first-out (FIFO) queues, specifies whether to enable content-based deduplication. During the deduplication interval, Amazon SQS treats messages that are sent with identical content as duplicates and delivers only one copy of... */
  readonly ContentBasedDeduplication?: Value<boolean>;
  /** For high throughput for FIFO queues, specifies whether message deduplication occurs at the message group or queue level. Valid values are `messageGroup` and `queue` . */
  readonly DeduplicationScope?: Value<string>;
  /** The time in seconds for which the delivery of all messages in the queue is delayed. You can specify an integer value of `0` to `900` (15 minutes). The default value is `0` . */
  readonly DelaySeconds?: Value<number>;
  /** If set to true, creates a FIFO queue. If you don't specify this property, Amazon SQS creates a standard queue. For more information, see [Amazon SQS FIFO queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/... */
  readonly FifoQueue?: Value<boolean>;
  /** For high throughput for FIFO queues, specifies whether the FIFO queue throughput quota applies to the entire queue or per message group. Valid values are `perQueue` and `perMessageGroupId` . */
  readonly FifoThroughputLimit?: Value<string>;
  /** The length of time in seconds for which Amazon SQS can reuse a data key to encrypt or decrypt messages before calling AWS again. The value must be an integer between 60 (1 minute) and 86,400 (24 hours). The default is 300 (5 minutes). */
  readonly KmsDataKeyReusePeriodSeconds?: Value<number>;
  /** The ID of an AWS Key Management Service (KMS) for Amazon SQS , or a custom KMS. To use the AWS managed KMS for Amazon SQS , specify a (default) alias ARN, alias name (for example `alias/aws/sqs` ), key ARN, or key ID. For more informatio... */
  readonly KmsMasterKeyId?: Value<string>;
  /** The limit of how many bytes that a message can contain before Amazon SQS rejects it. You can specify an integer from 1,024 bytes (1 KiB) to 1,048,576 bytes (1 MiB). Default: 1,048,576 bytes (1 MiB). */
  readonly MaximumMessageSize?: Value<number>;
  /** The number of seconds that Amazon SQS retains a message. You can specify an integer value from `60` seconds (1 minute) to `1,209,600` seconds (14 days). The default value is `345,600` seconds (4 days). */
  readonly MessageRetentionPeriod?: Value<number>;
  /** A name for the queue. To create a FIFO queue, the name of your FIFO queue must end with the `.fifo` suffix. For more information, see [Amazon SQS FIFO queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs... */
  readonly QueueName?: Value<string>;
  /** Specifies the duration, in seconds, that the ReceiveMessage action call waits until a message is in the queue in order to include it in the response, rather than returning an empty response if a message isn't yet available. You can speci... */
  readonly ReceiveMessageWaitTimeSeconds?: Value<number>;
  /** The string that includes the parameters for the permissions for the dead-letter queue redrive permission and which source queues can specify dead-letter queues as a JSON object. The parameters are as follows: */
  readonly RedriveAllowPolicy?: Value<Json> | Value<string>;
  /** The string that includes the parameters for the dead-letter queue functionality of the source queue as a JSON object. The parameters are as follows: */
  readonly RedrivePolicy?: Value<Json> | Value<string>;
  /** Enables server-side queue encryption using SQS owned encryption keys. Only one server-side encryption option is supported per queue (for example, [SSE-KMS](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-co... */
  readonly SqsManagedSseEnabled?: Value<boolean>;
  /** The tags that you attach to this queue. For more information, see [Resource tag](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html) in the *CloudFormation User Guide* . */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The length of time during which a message will be unavailable after a message is delivered from the queue. This blocks other components from receiving the same message and gives the initial component time to process and delete the messag... */
  readonly VisibilityTimeout?: Value<number>;
}

/** The `AWS::SQS::QueueInlinePolicy` resource associates one Amazon SQS queue with one policy. */
export interface QueueInlinePolicyProps {
  /** A policy document that contains the permissions for the specified Amazon SQS queues. For more information about Amazon SQS policies, see [Using custom policies with the Amazon SQS access policy language](https://docs.aws.amazon.com/AWSSi... */
  readonly PolicyDocument: Value<Json>;
  /** The URLs of the queues to which you want to add the policy. You can use the `[Ref](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html)` function to specify an `[AWS::SQS::Queue](https://d... */
  readonly Queue: Value<string>;
}

/** The `AWS::SQS::QueuePolicy` type applies a policy to Amazon SQS queues. For an example snippet, see [Declaring an Amazon SQS policy](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/quickref-iam.html#scenario-sqs-policy) in... */
export interface QueuePolicyProps {
  /** A policy document that contains the permissions for the specified Amazon SQS queues. For more information about Amazon SQS policies, see [Using custom policies with the Amazon SQS access policy language](https://docs.aws.amazon.com/AWSSi... */
  readonly PolicyDocument: Value<Json> | Value<string>;
  /** The URLs of the queues to which you want to add the policy. You can use the `[Ref](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html)` function to specify an `[AWS::SQS::Queue](https://d... */
  readonly Queues: ListOf<Value<string>>;
}
