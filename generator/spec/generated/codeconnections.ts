// GENERATED FILE: do not edit by hand.
// Resource property types for AWS::CodeConnections::*.
// Source: @aws-cdk/aws-service-spec 0.1.216 (the CloudFormation resource specification).
// Regenerate with `npm run gen:types` (scripts/gen-spec-types.mjs).
/* eslint-disable */

import type { Value, ListOf, Tag } from '../values.js';

/** A resource that is used to connect third-party source providers with services like CodePipeline. */
export interface ConnectionProps {
  /** The name of the connection. Connection names must be unique in an AWS account . */
  readonly ConnectionName: Value<string>;
  /** The Amazon Resource Name (ARN) of the host associated with the connection. */
  readonly HostArn?: Value<string>;
  /** The name of the external provider where your third-party code repository is configured. */
  readonly ProviderType?: Value<string>;
  /** Specifies the tags applied to a connection. */
  readonly Tags?: ListOf<Value<Tag>>;
}

/** A resource that represents the infrastructure where a third-party provider is installed. You create one host for all connections to that provider. */
export interface HostProps {
  /** The name of the host. */
  readonly Name: Value<string>;
  /** The endpoint of the infrastructure where your provider type is installed. */
  readonly ProviderEndpoint: Value<string>;
  /** The name of the installed provider to be associated with your connection. */
  readonly ProviderType: Value<string>;
  /** Tags to apply to the host. */
  readonly Tags?: ListOf<Value<Tag>>;
  /** The VPC configuration provisioned for the host. */
  readonly VpcConfiguration?: Value<Host_VpcConfiguration>;
}

export interface Host_VpcConfiguration {
  /** The ID of the security group or security groups associated with the Amazon VPC. */
  readonly SecurityGroupIds: ListOf<Value<string>>;
  /** The ID of the subnet or subnets associated with the Amazon VPC. */
  readonly SubnetIds: ListOf<Value<string>>;
  /** The value of the Transport Layer Security (TLS) certificate associated with the infrastructure where your provider type is installed. */
  readonly TlsCertificate?: Value<string>;
  /** The ID of the Amazon VPC connected to the infrastructure where your provider type is installed. */
  readonly VpcId: Value<string>;
}
