// main.yml: the whole app as one stack, the template behind a Launch Stack button. Each part is a
// nested stack built from its sibling template (a relative TemplateURL that packaging rewrites
// to S3), wired only through Parameters and `!GetAtt Child.Outputs.X`, so every part stays
// deployable on its own. The tutorials instead had users copy ids between a dozen CLI steps.
import type { Config } from '../config/load.js';
import { AWS, getAtt, type Intrinsic } from '../core/intrinsics.js';
import { Template, type Resource } from '../core/template.js';
import { assetSource, headerFor } from './common.js';
import { IMAGE_URI } from './service.js';
import { keysGivenAtDeploy, signingKeysRefreshParameter } from './user-pool-keys.js';
import { ALARM_TOPIC_PARAMETER } from './alarms.js';
import { zonesParameter } from './core.js';
import { ZONES_PARAMETER } from '../config/zones.js';
import { alarmTopic, dashboard, type DashboardInputs } from './monitoring.js';
import { analyticsEnabled, apiType } from '../config/api.js';

type Stack = Resource<'AWS::CloudFormation::Stack'>;

/** `!GetAtt Stack.Outputs.Name`: an output of a nested stack. */
const outputOf = (stack: Stack, name: string): Intrinsic => getAtt(stack.id, `Outputs.${name}`);

export function buildMain(config: Config): Template {
  const lambda = config.service.compute === 'lambda';
  const t = new Template({
    description: lambda
      ? 'Mythical Mysfits: the whole app (data, sign-in, site, the service as one Lambda function, API) as nested stacks; no VPC, load balancer or image build. Needs CAPABILITY_IAM and CAPABILITY_AUTO_EXPAND.'
      : 'Mythical Mysfits: the whole app (network, data, sign-in, site, service, API) as nested stacks. Needs CAPABILITY_IAM and CAPABILITY_AUTO_EXPAND.',
    header: [
      ...headerFor('main.yml', 'main'),
      '',
      lambda
        ? 'The root stack (service.compute: lambda): nests data, cognito, site, service-function, api and'
        : 'The root stack: nests core, data, cognito, site, service, api and site-content. TemplateURLs',
      lambda
        ? 'site-content. TemplateURLs and asset paths (../functions/, ../site/) are relative to this'
        : 'and asset paths (../service/, ../site/) are relative to this folder; `mysfits package`',
      lambda
        ? 'folder; `mysfits package` rewrites them to S3 locations per region, and launching the packaged'
        : 'rewrites them to S3 locations per region, and launching the packaged file builds the whole',
      lambda
        ? 'file creates the whole app: function deployed, site files and config.json written, table seeded.'
        : 'app: image built in the account, site files and config.json deployed, table seeded.',
    ],
  });

  // Every part's alarms notify the install's topic (made first: every part waits for it).
  const topic = alarmTopic(t, config);
  const stacks: Stack[] = [];
  const nested = (id: string, file: string, comment: string, given?: Record<string, unknown>): Stack => {
    const parameters = topic ? { ...given, [ALARM_TOPIC_PARAMETER]: topic.ref() } : given;
    const stack = t.resource(id, {
      Type: 'AWS::CloudFormation::Stack',
      comment,
      // Deleting the app deletes its parts; what each part keeps is its own template's decision.
      DeletionPolicy: 'Delete',
      UpdateReplacePolicy: 'Delete',
      // W3002 ("may only work with the package command") is the point: this is the source form,
      // and `mysfits package` replaces the path with the S3 URL of the packaged sibling.
      Metadata: { 'cfn-lint': { config: { ignore_checks: ['W3002'] } } },
      Properties: {
        TemplateURL: file,
        ...(parameters ? { Parameters: parameters as Record<string, string> } : {}),
      },
    });
    stacks.push(stack);
    return stack;
  };

  // Fargate: the image parameter and the network first (the VPC takes longest to create).
  const fargate = lambda ? undefined : fargateParts(t, config, nested);
  const data = nested('DataStack', 'data.yml', 'The mysfits table, seeded with the catalogue.');
  const cognito = nested('CognitoStack', 'cognito.yml', 'User pool and the site app client (SAM).');
  const site = nested('SiteStack', 'site.yml', 'Private site bucket behind CloudFront.');
  const serviceInputs = {
    TableName: outputOf(data, 'TableName'),
    TableArn: outputOf(data, 'TableArn'),
    UserPoolId: outputOf(cognito, 'UserPoolId'),
    UserPoolClientId: outputOf(cognito, 'UserPoolClientId'),
    SiteUrl: outputOf(site, 'SiteUrl'),
  };
  const userPoolArn = outputOf(cognito, 'UserPoolArn');
  const siteUrl = outputOf(site, 'SiteUrl');
  const analytics = analyticsEnabled(config)
    ? nested(
        'AnalyticsStack',
        'analytics.yml',
        'Click analytics: the stream POST /clicks writes to, enriched from the table, into S3 by day; Glue table and Athena workgroup.',
        { TableName: outputOf(data, 'TableName'), TableArn: outputOf(data, 'TableArn') },
      )
    : undefined;
  const clicks = analytics
    ? {
        ClicksStreamName: outputOf(analytics, 'ClicksStreamName'),
        ClicksRoleArn: outputOf(analytics, 'ClicksRoleArn'),
      }
    : {};

  let serviceOutputs: [string, string, Intrinsic][];
  let watched: DashboardInputs['service'];
  let api: Stack;
  if (lambda) {
    const service = nested(
      'ServiceStack',
      'service-function.yml',
      'The API service as one Lambda function (the same Koa app as the container), invoked by API Gateway only.',
      serviceInputs,
    );
    api = nested(
      'ApiStack',
      'api.yml',
      'The public API: proxied to the service function, Cognito authorizer, CORS for the site.',
      {
        ServiceFunctionArn: outputOf(service, 'ServiceFunctionArn'),
        UserPoolArn: userPoolArn,
        ...(apiType(config) === 'http' ? { UserPoolClientId: serviceInputs.UserPoolClientId } : {}),
        SiteUrl: siteUrl,
        ...clicks,
      },
    );
    watched = { functionName: outputOf(service, 'ServiceFunctionName') };
    serviceOutputs = [
      ['ServiceFunctionArn', 'The service function (api-swagger.json).', outputOf(service, 'ServiceFunctionArn')],
      ['ServiceLogGroupName', "The service function's logs.", outputOf(service, 'ServiceLogGroupName')],
    ];
  } else {
    const service = nested(
      'ServiceStack',
      'service.yml',
      'The API service on Fargate behind the internal load balancer; builds its image from the packaged source unless ImageUri is given.',
      {
        PrivateSubnetOne: outputOf(fargate!.core, 'PrivateSubnetOne'),
        PrivateSubnetTwo: outputOf(fargate!.core, 'PrivateSubnetTwo'),
        ServiceSecurityGroupId: outputOf(fargate!.core, 'ServiceSecurityGroupId'),
        TargetGroupArn: outputOf(fargate!.core, 'TargetGroupArn'),
        ...serviceInputs,
        ImageUri: fargate!.imageUri.ref(),
        ServiceSource: assetSource('service-image'),
        ...(fargate!.keysRefresh ? { SigningKeysRefresh: fargate!.keysRefresh.ref() } : {}),
      },
    );
    api = nested(
      'ApiStack',
      'api.yml',
      "The public API: VPC link (V2) into the core stack's private subnets to its load balancer (made while the service's image builds), Cognito authorizer, CORS for the site's URL.",
      {
        ...(apiType(config) === 'http'
          ? { ListenerArn: outputOf(fargate!.core, 'ListenerArn') }
          : {
              LoadBalancerArn: outputOf(fargate!.core, 'LoadBalancerArn'),
              LoadBalancerDnsName: outputOf(fargate!.core, 'LoadBalancerDnsName'),
            }),
        VpcId: outputOf(fargate!.core, 'VpcId'),
        PrivateSubnetOne: outputOf(fargate!.core, 'PrivateSubnetOne'),
        PrivateSubnetTwo: outputOf(fargate!.core, 'PrivateSubnetTwo'),
        UserPoolArn: userPoolArn,
        ...(apiType(config) === 'http' ? { UserPoolClientId: serviceInputs.UserPoolClientId } : {}),
        SiteUrl: siteUrl,
        ...clicks,
      },
    );
    watched = { cluster: outputOf(service, 'ClusterName'), service: outputOf(service, 'ServiceName') };
    serviceOutputs = [
      ['VpcLinkId', 'VPC link (V2) of the API (api-swagger.json).', outputOf(api, 'VpcLinkId')],
      [
        'LoadBalancerArn',
        'Internal load balancer the integrations target (api-swagger.json).',
        outputOf(fargate!.core, 'LoadBalancerArn'),
      ],
      [
        'LoadBalancerDnsName',
        'Internal load balancer (api-swagger.json).',
        outputOf(fargate!.core, 'LoadBalancerDnsName'),
      ],
      ['RepositoryUri', 'Push service images here.', outputOf(service, 'RepositoryUri')],
    ];
  }

  nested(
    'SiteContentStack',
    'site-content.yml',
    "The site's files and config.json (API URL, region, pool and client ids) in the site bucket, once the API exists.",
    {
      SiteBucketName: outputOf(site, 'SiteBucketName'),
      DistributionId: outputOf(site, 'DistributionId'),
      ApiUrl: outputOf(api, 'ApiUrl'),
      UserPoolId: outputOf(cognito, 'UserPoolId'),
      UserPoolClientId: outputOf(cognito, 'UserPoolClientId'),
      SiteSource: assetSource('site'),
    },
  );

  dashboard(t, config, {
    stacks,
    tableName: outputOf(data, 'TableName'),
    distributionId: outputOf(site, 'DistributionId'),
    userPoolId: outputOf(cognito, 'UserPoolId'),
    userPoolClientId: outputOf(cognito, 'UserPoolClientId'),
    service: watched,
    ...(analytics ? { clicksStream: outputOf(analytics, 'ClicksStreamName') } : {}),
    ...(apiType(config) === 'http' ? { httpApiId: outputOf(api, 'HttpApiId') } : {}),
  });

  // The outputs the site's runtime config, `mysfits swagger` and operators need, in one place.
  const outputs: [string, string, Intrinsic | string][] = [
    ['SiteUrl', 'Open the app here.', siteUrl],
    ['ApiUrl', 'Base URL of the API.', outputOf(api, 'ApiUrl')],
    ['Region', 'Region of the app (for the site config).', AWS.Region],
    ['UserPoolId', 'The user pool (for the site config).', outputOf(cognito, 'UserPoolId')],
    ['UserPoolClientId', "The site's app client (for the site config).", outputOf(cognito, 'UserPoolClientId')],
    ['UserPoolArn', 'ARN of the user pool (api-swagger.json).', userPoolArn],
    ['UserPoolMfa', 'MFA mode of the user pool: off, optional or required (for the site config).', config.cognito.mfa],
    ...serviceOutputs,
    ['TableName', 'The mysfits table.', outputOf(data, 'TableName')],
    ['SiteBucketName', 'Upload the site here.', outputOf(site, 'SiteBucketName')],
    ['DistributionId', 'Invalidate after an upload.', outputOf(site, 'DistributionId')],
    ...(analytics
      ? ([
          ['ClicksStreamName', 'The click stream (api-swagger.json).', outputOf(analytics, 'ClicksStreamName')],
          [
            'ClicksRoleArn',
            "API Gateway's role for POST /clicks (api-swagger.json).",
            outputOf(analytics, 'ClicksRoleArn'),
          ],
          ['ClicksBucketName', 'The click records.', outputOf(analytics, 'ClicksBucketName')],
          ['ClicksWorkGroup', 'Athena workgroup with the named queries.', outputOf(analytics, 'ClicksWorkGroup')],
        ] as [string, string, Intrinsic][])
      : []),
  ];
  for (const [id, Description, Value] of outputs) t.output(id, { Description, Value });
  return t;
}

/** The image parameter, the signing keys' refresh (natGateways none) and the core stack of fargate mode. */
function fargateParts(
  t: Template,
  config: Config,
  nested: (id: string, file: string, comment: string, given?: Record<string, unknown>) => Stack,
) {
  const imageUri = t.parameter('ImageUri', {
    Type: 'String',
    Description:
      'Image of the API service. Empty (the default): the stack builds the image from its packaged source in your account (CodeBuild) and runs it. Give an image URI to run your own instead.',
    label: 'Service image URI (optional)',
    Default: '',
    ...IMAGE_URI,
  });
  t.parameterGroup('Service image', [imageUri]);
  const zones = zonesParameter(t);
  t.parameterGroup('Network', [zones]);
  const keysRefresh = keysGivenAtDeploy(config) ? signingKeysRefreshParameter(t) : undefined;
  const core = nested(
    'CoreStack',
    'core.yml',
    'Network: VPC, subnets, NAT, DynamoDB endpoint, service security group.',
    { [ZONES_PARAMETER]: zones.ref() },
  );
  return { imageUri, keysRefresh, core };
}
