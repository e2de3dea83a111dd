// The clients an ops command uses, built once from --region/--profile/--endpoint: CloudFormation,
// S3 and STS up front, any other service's through client(), all closed together.
import { describeS3Failures } from './s3-errors.js';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { S3Client } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import { clientConfig, isLoopback, s3ClientConfig, type AwsOptions, type ClientConfig } from './client-config.js';

export interface AwsContext {
  readonly region: string;
  /** Where the stacks are, for messages: `us-east-1` or the emulator's URL. */
  readonly where: string;
  readonly cf: CloudFormationClient;
  readonly s3: S3Client;
  readonly sts: STSClient;
  /** How often to poll CloudFormation: every 5 s against AWS, fast against an emulator. */
  readonly pollMs: number;
  /** The settings the clients were built with. */
  readonly clientConfig: ClientConfig;
  /**
   * Another service's client (CodePipeline, CloudWatch Logs...), built from the same settings on
   * first use, the same one after that, and destroyed by close() with the others.
   */
  client<C extends SdkClient>(Client: new (config: ClientConfig) => C): C;
  close(): void;
}

/** What the context needs of an AWS SDK v3 client. */
interface SdkClient {
  destroy(): void;
}

export async function awsContext(options: AwsOptions): Promise<AwsContext> {
  const config = await clientConfig(options);
  const cf = new CloudFormationClient(config);
  const s3 = describeS3Failures(new S3Client(await s3ClientConfig(options)));
  const sts = new STSClient(config);
  const emulator = config.endpoint !== undefined && isLoopback(config.endpoint);
  const others = new Map<new (config: ClientConfig) => SdkClient, SdkClient>();
  return {
    region: config.region,
    where: config.endpoint ? `${config.region} at ${config.endpoint}` : config.region,
    cf,
    s3,
    sts,
    pollMs: emulator ? 200 : 5000,
    clientConfig: config,
    client<C extends SdkClient>(Client: new (config: ClientConfig) => C): C {
      let made = others.get(Client) as C | undefined;
      if (!made) {
        made = new Client(config);
        others.set(Client, made);
      }
      return made;
    },
    close() {
      cf.destroy();
      s3.destroy();
      sts.destroy();
      for (const c of others.values()) c.destroy();
      others.clear();
    },
  };
}
