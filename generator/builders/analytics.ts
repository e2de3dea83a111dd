// analytics.yml (SAM): what visitors do on the site, kept where it can be queried. Rebuilt from
// the workshop's module 5 (clicks through API Gateway into Kinesis Data Firehose, a Lambda adding
// the mysfit's attributes from the table, records in S3), plus what it left to the reader: the
// records partitioned by day and described in the Glue catalog (partition projection, so a new
// day is queryable at once), an Athena workgroup with encrypted results and a scan limit, and
// named queries to start from. POST /clicks is API Gateway's integration straight to this stream
// (api.yml, generator/swagger/clicks.ts), with the role made here for that one action.
import type { Config } from '../config/load.js';
import { AWS, join, select, split, sub } from '../core/intrinsics.js';
import { Template, type Parameter, type Resource } from '../core/template.js';
import { CLICK_COLUMNS, CLICK_DAY_FORMAT, CLICK_DAY_KEY, TABLE_ENV } from '../../functions/click-enrich/enrich.js';
import { TABLE_ARN_PATTERN, TABLE_NAME_PATTERN } from '../../service/src/data/table.js';
import {
  allow,
  assumedBy,
  headerFor,
  logGroupSettings,
  policyDocument,
  PRIVATE_ENCRYPTED,
  stackUniqueName,
  tlsOnly,
} from './common.js';
import { lambdaFunction } from './lambda.js';
import { firehoseAlarms } from './alarms.js';

/** Where things live in the bucket. */
const RECORDS = 'clicks/';
const ERRORS = 'errors/';
const RESULTS = 'athena-results/';
/** Athena's query results are kept a week: they are the answers of queries already read. */
const RESULTS_DAYS = 7;
/** A query stops after scanning this much (a guard against a query without a partition filter). */
const SCAN_LIMIT_BYTES = 1024 ** 3;
/** The Glue table's name, in the named queries too. */
export const CLICKS_TABLE = 'clicks';

/** The day's partition, as Firehose writes it and the table projects it (`dt=2026-12-01/`). */
const DAY_PREFIX = `${CLICK_DAY_KEY}=!{timestamp:${CLICK_DAY_FORMAT}}/`;

/**
 * A query's filter on the last `days` days: a comparison of the partition column with a constant,
 * so Athena's projection lists only those days' folders (Athena User Guide, "Partition projection").
 */
/** An S3 URI under the click bucket. */
const s3Uri = (prefix: string) => sub(`s3://\${ClicksBucket}/${prefix}`);

export const lastDays = (days: number): string =>
  `${CLICK_DAY_KEY} >= date_format(current_date - interval '${days}' day, '%Y-%m-%d')`;

/** Queries to start from, saved in the workgroup. */
export const NAMED_QUERIES = [
  {
    name: 'Likes by alignment, last 7 days',
    description: 'Likes per good/evil and law/chaos alignment of the liked mysfits, over the last seven days.',
    query: [
      'SELECT goodevil, lawchaos, count(*) AS likes',
      `FROM ${CLICKS_TABLE}`,
      "WHERE type = 'like'",
      `  AND ${lastDays(7)}`,
      'GROUP BY goodevil, lawchaos',
      'ORDER BY likes DESC',
    ].join('\n'),
  },
  {
    name: 'Most viewed mysfits, last 30 days',
    description: 'Profile views per mysfit over the last thirty days, with its likes and adoptions.',
    query: [
      'SELECT mysfitid, name, species,',
      "  count_if(type = 'view') AS views, count_if(type = 'like') AS likes, count_if(type = 'adopt') AS adoptions",
      `FROM ${CLICKS_TABLE}`,
      `WHERE mysfitid IS NOT NULL AND ${lastDays(30)}`,
      'GROUP BY mysfitid, name, species',
      'ORDER BY views DESC',
    ].join('\n'),
  },
  {
    name: 'Filters used by day',
    description: 'How often visitors used each filter, per day, over the last thirty days.',
    query: [
      `SELECT ${CLICK_DAY_KEY} AS day, filter, count(*) AS uses`,
      `FROM ${CLICKS_TABLE}`,
      `WHERE type = 'filter' AND ${lastDays(30)}`,
      'GROUP BY 1, filter',
      'ORDER BY day DESC, uses DESC',
    ].join('\n'),
  },
] as const;

export function buildAnalytics(config: Config): Template {
  const { analytics } = config;
  const t = new Template({
    description: `Mythical Mysfits click analytics: Firehose stream (enriched by a Lambda from the table) into S3 by day (kept ${analytics.retentionDays} days), a Glue table over it and an Athena workgroup with named queries.`,
    header: [
      ...headerFor('analytics.yml', 'analytics'),
      '',
      'What visitors do on the site (profiles viewed, likes, adoptions, filters), as records you can',
      "query with Athena. The site sends them to the API's public POST /clicks, anonymously: no record",
      "names a user (an identity sent there would be the caller's word, never verified).",
    ],
  });

  const { tableName, tableArn } = tableParameters(t);
  const bucket = buildClicksBucket(t, config);
  const stream = buildClickStream(t, config, bucket, tableName, tableArn);
  const integrationRole = buildClicksIntegrationRole(t, stream);
  const database = buildGlueCatalog(t, config);
  const workgroup = buildAthena(t, config, database);

  firehoseAlarms(t, config, stream.id, analytics.bufferSeconds);

  t.output('ClicksStreamName', { Description: 'The Firehose stream POST /clicks writes to.', Value: stream.ref() });
  t.output('ClicksStreamArn', { Description: 'ARN of that stream.', Value: stream.getAtt('Arn') });
  t.output('ClicksRoleArn', {
    Description: "API Gateway's role for POST /clicks.",
    Value: integrationRole.getAtt('Arn'),
  });
  t.output('ClicksBucketName', { Description: 'Where the click records are.', Value: bucket.ref() });
  t.output('ClicksDatabase', { Description: 'Glue database of the records (Athena).', Value: database.ref() });
  t.output('ClicksWorkGroup', { Description: 'Athena workgroup with the named queries.', Value: workgroup.ref() });
  return t;
}

/** The mysfits table the transform reads (the data stack's outputs). */
function tableParameters(t: Template) {
  const tableName = t.parameter('TableName', {
    Type: 'String',
    Description: 'The mysfits table the transform reads the clicked mysfits from (data stack output TableName).',
    label: 'Mysfits table name',
    AllowedPattern: TABLE_NAME_PATTERN,
    ConstraintDescription: 'a DynamoDB table name',
  });
  const tableArn = t.parameter('TableArn', {
    Type: 'String',
    Description: 'ARN of that table (data stack output TableArn).',
    label: 'Mysfits table ARN',
    AllowedPattern: TABLE_ARN_PATTERN,
    ConstraintDescription: 'a DynamoDB table ARN',
  });
  t.parameterGroup('Data (data stack)', [tableName, tableArn]);
  return { tableName, tableArn };
}

/** The bucket of the click records, the refused records and Athena's results, TLS only. */
function buildClicksBucket(t: Template, config: Config): Resource<'AWS::S3::Bucket'> {
  const { analytics } = config;
  const bucket = t.resource('ClicksBucket', {
    Type: 'AWS::S3::Bucket',
    nameTag: 'clicks',
    comment: `The click records by day, refused records apart, Athena's results: private, encrypted, TLS only; records kept ${analytics.retentionDays} days, and the bucket kept if the stack goes.`,
    // The records are the app's history: a deleted stack leaves them, and they expire by themselves.
    holds: 'the click records',
    suppress: [
      {
        rule: 'AwsSolutions-S1',
        reason:
          "Only Firehose (this stack's role) writes here and only Athena's workgroup reads, both under IAM; every request of either is already in CloudTrail's management events and the stream's own logs.",
      },
    ],
    Properties: {
      ...PRIVATE_ENCRYPTED,
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      LifecycleConfiguration: {
        Rules: [
          {
            Id: 'expire-records',
            Status: 'Enabled',
            Prefix: RECORDS,
            ExpirationInDays: analytics.retentionDays,
          },
          { Id: 'expire-refused', Status: 'Enabled', Prefix: ERRORS, ExpirationInDays: analytics.retentionDays },
          {
            Id: 'expire-query-results',
            Status: 'Enabled',
            Prefix: RESULTS,
            ExpirationInDays: Math.min(RESULTS_DAYS, analytics.retentionDays),
          },
          { Id: 'abort-uploads', Status: 'Enabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } },
        ],
      },
    },
  });
  t.resource('ClicksBucketPolicy', {
    Type: 'AWS::S3::BucketPolicy',
    comment: 'Any request to the click records that is not over TLS is denied.',
    Properties: { Bucket: bucket.ref(), PolicyDocument: policyDocument(tlsOnly('ClicksBucket')) },
  });
  return bucket;
}

/** The Firehose stream, its transform (a Lambda reading the table), its role and its log group. */
function buildClickStream(
  t: Template,
  config: Config,
  bucket: Resource<'AWS::S3::Bucket'>,
  tableName: Parameter,
  tableArn: Parameter,
): Resource<'AWS::KinesisFirehose::DeliveryStream'> {
  const { analytics } = config;
  const transform = lambdaFunction(t, config, {
    id: 'ClickEnrichFunction',
    invokedBy: 'firehose',
    asset: 'click-enrich',
    comment:
      "Adds the clicked mysfit's name, species and alignment from the table (one read per mysfit per batch); a record it cannot read is refused, never dropped.",
    description: 'Firehose transform of the click stream: adds the mysfit from the table.',
    timeoutSeconds: 60,
    memoryMb: 256,
    quietPlatformLogs: true,
    environment: { [TABLE_ENV]: tableName.ref() },
    statements: [allow('ReadTheMysfits', ['dynamodb:BatchGetItem'], [tableArn.ref()])],
  });

  const streamLogGroup = t.resource('ClickStreamLogGroup', {
    Type: 'AWS::Logs::LogGroup',
    comment: `Delivery and transform errors of the click stream, kept ${config.logs.retentionDays} days.`,
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: logGroupSettings(config),
  });
  const streamLogStream = t.resource('ClickStreamLogStream', {
    Type: 'AWS::Logs::LogStream',
    comment: "The stream's delivery errors go to this log stream of its log group.",
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: { LogGroupName: streamLogGroup.ref(), LogStreamName: 'delivery' },
  });

  const deliveryRole = t.resource('ClickStreamRole', {
    Type: 'AWS::IAM::Role',
    comment: "Firehose's role: write this bucket, run the transform, write its own log group; for this account only.",
    suppress: [
      {
        rule: 'AwsSolutions-IAM5',
        findings: ['Resource::<ClicksBucket.Arn>/*', 'Resource::<ClickEnrichFunction.Arn>:*'],
        reason:
          "Objects of this stack's click bucket, which Firehose names by the time it writes them, and versions of this stack's transform function (Firehose invokes it with a qualifier).",
      },
    ],
    Properties: {
      // Firehose passes the account id as the external id (Firehose Developer Guide).
      AssumeRolePolicyDocument: assumedBy('firehose.amazonaws.com', {
        StringEquals: { 'sts:ExternalId': AWS.AccountId },
      }),
      Policies: [
        {
          PolicyName: 'deliver-clicks',
          PolicyDocument: policyDocument(
            allow(
              'WriteTheClickBucket',
              [
                's3:AbortMultipartUpload',
                's3:GetBucketLocation',
                's3:GetObject',
                's3:ListBucket',
                's3:ListBucketMultipartUploads',
                's3:PutObject',
              ],
              [bucket.getAtt('Arn'), sub('${ClicksBucket.Arn}/*')],
            ),
            allow(
              'RunTheTransform',
              ['lambda:InvokeFunction', 'lambda:GetFunctionConfiguration'],
              [transform.getAtt('Arn'), sub('${ClickEnrichFunction.Arn}:*')],
            ),
            allow('WriteItsLogs', ['logs:PutLogEvents'], [streamLogGroup.getAtt('Arn')]),
          ),
        },
      ],
    },
  });

  const stream = t.resource('ClickStream', {
    Type: 'AWS::KinesisFirehose::DeliveryStream',
    nameTag: 'clicks',
    comment: `The click events of POST /clicks: enriched by the transform, written by day under ${RECORDS} (gzip JSON lines) every ${analytics.bufferSeconds} s or ${analytics.bufferMb} MB; refused ones under ${ERRORS}.`,
    Properties: {
      DeliveryStreamType: 'DirectPut',
      DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' },
      ExtendedS3DestinationConfiguration: {
        BucketARN: bucket.getAtt('Arn'),
        RoleARN: deliveryRole.getAtt('Arn'),
        Prefix: `${RECORDS}${DAY_PREFIX}`,
        ErrorOutputPrefix: `${ERRORS}!{firehose:error-output-type}/${DAY_PREFIX}`,
        BufferingHints: { IntervalInSeconds: analytics.bufferSeconds, SizeInMBs: analytics.bufferMb },
        CompressionFormat: 'GZIP',
        CloudWatchLoggingOptions: {
          Enabled: true,
          LogGroupName: streamLogGroup.ref(),
          LogStreamName: streamLogStream.ref(),
        },
        ProcessingConfiguration: {
          Enabled: true,
          Processors: [
            {
              Type: 'Lambda',
              Parameters: [
                { ParameterName: 'LambdaArn', ParameterValue: transform.getAtt('Arn') },
                { ParameterName: 'NumberOfRetries', ParameterValue: '3' },
              ],
            },
          ],
        },
      },
    },
  });
  return stream;
}

/** API Gateway's role for POST /clicks: one action on this stream. */
function buildClicksIntegrationRole(
  t: Template,
  stream: Resource<'AWS::KinesisFirehose::DeliveryStream'>,
): Resource<'AWS::IAM::Role'> {
  const integrationRole = t.resource('ClicksIntegrationRole', {
    Type: 'AWS::IAM::Role',
    comment: "API Gateway's role for POST /clicks: PutRecordBatch on this stream, nothing else.",
    Properties: {
      // No condition: API Gateway sets neither aws:SourceAccount nor aws:SourceArn when it assumes
      // an integration's credentials role, so any such condition refuses every click (a 500 the
      // site ignores). What the role may do (one action on one stream) is its bound.
      AssumeRolePolicyDocument: assumedBy('apigateway.amazonaws.com'),
      Policies: [
        {
          PolicyName: 'put-clicks',
          PolicyDocument: policyDocument(allow('PutClicks', ['firehose:PutRecordBatch'], [stream.getAtt('Arn')])),
        },
      ],
    },
  });
  return integrationRole;
}

/** The Glue database and table over the records, partitions by day projected from the path. */
function buildGlueCatalog(t: Template, config: Config): Resource<'AWS::Glue::Database'> {
  const { analytics } = config;
  // Glue names: lower case, digits and underscores; unique per account and region, so the stack's id.
  const prefix = config.appName.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  const database = t.resource('ClicksDatabase', {
    Type: 'AWS::Glue::Database',
    comment: 'The Glue catalog database of the click records (named by the stack, so two installs never collide).',
    Properties: {
      CatalogId: AWS.AccountId,
      DatabaseInput: {
        Name: sub(`${prefix}_clicks_\${Id}`, { Id: join('_', split('-', select(2, split('/', AWS.StackId)))) }),
        Description: 'Mythical Mysfits click records (analytics stack)',
      },
    },
  });
  t.resource('ClicksTable', {
    Type: 'AWS::Glue::Table',
    comment:
      'The records as a table: one column per field, partitions by day projected from the path (a new day is queryable at once, no crawler).',
    Properties: {
      CatalogId: AWS.AccountId,
      DatabaseName: database.ref(),
      TableInput: {
        Name: CLICKS_TABLE,
        Description: 'What visitors did on the site: one row per event, with the mysfit as the table had it.',
        TableType: 'EXTERNAL_TABLE',
        Parameters: {
          classification: 'json',
          compressionType: 'gzip',
          // One date-typed projected column, as the Athena User Guide's Firehose example: its
          // range is the days records are kept (older ones have expired), so a query without a
          // date filter lists at most those days' folders, and one with a filter only its days.
          'projection.enabled': 'true',
          [`projection.${CLICK_DAY_KEY}.type`]: 'date',
          [`projection.${CLICK_DAY_KEY}.format`]: CLICK_DAY_FORMAT,
          [`projection.${CLICK_DAY_KEY}.range`]: `NOW-${analytics.retentionDays}DAYS,NOW`,
          [`projection.${CLICK_DAY_KEY}.interval`]: '1',
          [`projection.${CLICK_DAY_KEY}.interval.unit`]: 'DAYS',
          // Athena fills ${dt} itself: `${!dt}` is Fn::Sub's way to write it literally.
          'storage.location.template': sub(`s3://\${ClicksBucket}/${RECORDS}${CLICK_DAY_KEY}=\${!${CLICK_DAY_KEY}}/`),
        },
        PartitionKeys: [{ Name: CLICK_DAY_KEY, Type: 'string' }],
        StorageDescriptor: {
          Location: s3Uri(RECORDS),
          InputFormat: 'org.apache.hadoop.mapred.TextInputFormat',
          OutputFormat: 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat',
          SerdeInfo: { SerializationLibrary: 'org.openx.data.jsonserde.JsonSerDe' },
          // Hive's columns are lower case; the JSON serde matches the records' keys without case.
          Columns: CLICK_COLUMNS.map((name) => ({ Name: name.toLowerCase(), Type: 'string' })),
        },
      },
    },
  });
  return database;
}

/** Athena's workgroup for the records, and the named queries to start from. */
function buildAthena(
  t: Template,
  config: Config,
  database: Resource<'AWS::Glue::Database'>,
): Resource<'AWS::Athena::WorkGroup'> {
  const { analytics } = config;
  const workgroup = t.resource('ClicksWorkGroup', {
    Type: 'AWS::Athena::WorkGroup',
    nameTag: 'clicks',
    comment: `Athena's workgroup for the click records: results encrypted under ${RESULTS} (kept ${Math.min(RESULTS_DAYS, analytics.retentionDays)} days), a query stops after scanning 1 GB.`,
    Properties: {
      Name: stackUniqueName('mysfits-clicks'),
      Description: 'Mythical Mysfits click analytics',
      RecursiveDeleteOption: true,
      WorkGroupConfiguration: {
        EnforceWorkGroupConfiguration: true,
        PublishCloudWatchMetricsEnabled: true,
        BytesScannedCutoffPerQuery: SCAN_LIMIT_BYTES,
        ResultConfiguration: {
          OutputLocation: s3Uri(RESULTS),
          EncryptionConfiguration: { EncryptionOption: 'SSE_S3' },
        },
      },
    },
  });
  NAMED_QUERIES.forEach((q, i) => {
    t.resource(`ClicksQuery${i + 1}`, {
      Type: 'AWS::Athena::NamedQuery',
      comment: `Saved query: ${q.name}.`,
      Properties: {
        Name: q.name,
        Description: q.description,
        Database: database.ref(),
        WorkGroup: workgroup.ref(),
        QueryString: q.query,
      },
    });
  });
  return workgroup;
}
