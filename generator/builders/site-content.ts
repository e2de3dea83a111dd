// site-content.yml: the site's files and its runtime config, put into the site bucket by the stack
// itself. Apart from site.yml because the config needs the API's URL, and the API needs the
// site's URL (CORS): bucket and distribution first, then the API, then this. The tutorials
// uploaded the files with `aws s3 cp` and had users paste the API URL and pool ids into the
// site's JavaScript; Wild Rydes wrote its config from a custom resource that kept no track of
// what it wrote. Here the custom resource is idempotent, empties the bucket when the stack is
// deleted (so the versioned bucket can go too) and invalidates CloudFront after a change.
import type { Config } from '../config/load.js';
import { AWS, equals, fnIf, not, sub } from '../core/intrinsics.js';
import { Template } from '../core/template.js';
import { SITE_CONFIG_FILE } from '../../functions/shared/site-config.js';
import { allow, arn, headerFor, s3ObjectArn } from './common.js';
import { SERVICE_SOURCE } from './image-build.js';
import { lambdaFunction } from './lambda.js';
import { analyticsEnabled } from '../config/api.js';

export function buildSiteContent(config: Config): Template {
  const t = new Template({
    description: `Mythical Mysfits site content: the built site and its ${SITE_CONFIG_FILE} (API URL, region, user pool and client) written into the site bucket from the stack's outputs, CloudFront invalidated.`,
    header: [
      ...headerFor('site-content.yml', 'site-content'),
      '',
      "The site's files and runtime config, deployed by the stack: no upload or config editing by hand.",
    ],
  });

  const bucketName = t.parameter('SiteBucketName', {
    Type: 'String',
    Description: 'Bucket of the site (site stack output SiteBucketName).',
    label: 'Site bucket',
    AllowedPattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$',
    ConstraintDescription: 'an S3 bucket name',
  });
  const distributionId = t.parameter('DistributionId', {
    Type: 'String',
    Description:
      'CloudFront distribution serving the bucket, invalidated after a change (site stack output DistributionId).',
    label: 'Distribution id',
    AllowedPattern: '^[A-Z0-9]+$',
    ConstraintDescription: 'a CloudFront distribution id',
  });
  const apiUrl = t.parameter('ApiUrl', {
    Type: 'String',
    Description: 'Base URL of the API stage (api stack output ApiUrl).',
    label: 'API URL',
    AllowedPattern: '^https://\\S+$',
    ConstraintDescription: 'an https URL',
  });
  const userPoolId = t.parameter('UserPoolId', {
    Type: 'String',
    Description: 'User pool the site signs in with (cognito stack output UserPoolId).',
    label: 'User pool id',
    AllowedPattern: '^[\\w-]+_[0-9a-zA-Z]+$',
    ConstraintDescription: 'a user pool id like us-east-1_AbC123',
  });
  const clientId = t.parameter('UserPoolClientId', {
    Type: 'String',
    Description: "The site's app client (cognito stack output UserPoolClientId).",
    label: 'User pool client id',
    AllowedPattern: '^[\\w+]+$',
    ConstraintDescription: 'an app client id',
  });
  const siteSource = t.parameter('SiteSource', {
    Type: 'String',
    Description: `S3 URI of the packaged site (\`mysfits package\` writes it: s3://BUCKET/.../SHA256.zip). Empty: only ${SITE_CONFIG_FILE} is written.`,
    label: 'Packaged site (optional)',
    Default: '',
    AllowedPattern: SERVICE_SOURCE.AllowedPattern,
    ConstraintDescription: SERVICE_SOURCE.ConstraintDescription,
  });
  t.parameterGroup('Site (site stack)', [bucketName, distributionId]);
  t.parameterGroup('Runtime config (api and cognito stacks)', [apiUrl, userPoolId, clientId]);
  t.parameterGroup('Site files', [siteSource]);

  const hasSource = t.condition(
    'HasSiteSource',
    not(equals(siteSource.ref(), '')),
    'A packaged site was given: the function may read that one object.',
  );

  const bucketArn = sub('arn:${AWS::Partition}:s3:::${SiteBucketName}');
  const fn = lambdaFunction(t, config, {
    id: 'SiteDeployFunction',
    invokedBy: 'cloudformation',
    asset: 'site-deploy',
    comment: `Copies the site into its bucket, writes ${SITE_CONFIG_FILE}, invalidates CloudFront; empties the bucket on delete.`,
    description: `Deploys the site files and ${SITE_CONFIG_FILE} (custom resource of the site-content stack).`,
    timeoutSeconds: 300,
    memoryMb: 512,
    statements: [
      fnIf(hasSource, allow('ReadThePackagedSite', ['s3:GetObject'], [s3ObjectArn(siteSource.ref())]), AWS.NoValue),
      allow('ListTheSiteBucket', ['s3:ListBucket', 's3:ListBucketVersions'], [bucketArn]),
      allow(
        'WriteTheSiteBucket',
        ['s3:PutObject', 's3:DeleteObject', 's3:DeleteObjectVersion'],
        [sub('arn:${AWS::Partition}:s3:::${SiteBucketName}/*')],
      ),
      allow(
        'InvalidateTheDistribution',
        ['cloudfront:CreateInvalidation'],
        [arn('cloudfront', 'distribution/${DistributionId}', 'global')],
      ),
    ],
    roleSuppressions: [
      {
        rule: 'AwsSolutions-IAM5',
        findings: ['Resource::arn:<AWS::Partition>:s3:::<SiteBucketName>/*'],
        reason:
          "Objects of the site's own bucket only: the function writes the packaged site's files and deletes the ones a new version no longer has, whose keys a template cannot list.",
      },
    ],
  });

  const content = t.resource('SiteContent', {
    Type: 'Custom::SiteContent',
    comment: `The site's files and ${SITE_CONFIG_FILE} in the bucket; updated when the site or an output changes; the bucket emptied on delete.`,
    Properties: {
      ServiceToken: fn.getAtt('Arn'),
      // CloudFormation gives up on an unanswered custom resource after this long instead of an hour.
      ServiceTimeout: 600,
      BucketName: bucketName.ref(),
      DistributionId: distributionId.ref(),
      ApiUrl: apiUrl.ref(),
      Region: AWS.Region,
      UserPoolId: userPoolId.ref(),
      UserPoolClientId: clientId.ref(),
      // The site reports clicks only where the API has POST /clicks.
      Analytics: String(analyticsEnabled(config)),
      // The site offers authenticator enrolment unless the pool has MFA off.
      Mfa: config.cognito.mfa,
      Source: siteSource.ref(),
    },
  });

  t.output('SiteFiles', {
    Description: `Files in the site bucket, ${SITE_CONFIG_FILE} included.`,
    Value: content.getAtt('Files'),
  });
  return t;
}
