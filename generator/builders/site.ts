// site.yml: where the site's files live and how browsers get them. Rebuilt from the tutorials'
// `s3 mb` + `s3 website` + public-read bucket policy (seed 004, part 1), which served the site
// over plain HTTP from a world-readable bucket. Here the bucket is private (all public access
// blocked, encrypted, TLS-only) and only this stack's CloudFront distribution may read it, via
// origin access control; browsers get HTTPS only, with security headers on every response.
import type { Config } from '../config/load.js';
import { SITE_FUNCTION_CODE } from './site-routing.js';
import { AWS, equals, fnIf, not, or, sub, type Intrinsic } from '../core/intrinsics.js';
import { Template, type Resource } from '../core/template.js';
import type { Suppression } from '../core/suppressions.js';
import { SITE_CONFIG_FILE } from '../../functions/shared/site-config.js';
import { arn, headerFor, PRIVATE_ENCRYPTED, retentionDays, stackUniqueName, tlsOnly } from './common.js';
import { cloudFrontAlarm } from './alarms.js';

/**
 * Opt-in regions, whose buckets CloudFront's standard logs cannot be delivered to (CloudFront
 * Developer Guide, "Choosing an Amazon S3 bucket for your standard logs"). There the site stack
 * writes only the bucket's own access logs.
 */
export const CLOUDFRONT_UNLOGGABLE_REGIONS = [
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-south-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-west-1',
  'eu-central-2',
  'eu-south-1',
  'eu-south-2',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
] as const;

/** CloudFront's managed cache policies (the same ids in every account). */
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

/**
 * What the page may load and call: its own files, and requests to itself and `connect` (the API
 * and Cognito). Styles allow inline because web components set theirs at run time. Shared with
 * the local run (`npm start`), which serves the site under the same policy with its emulators'
 * addresses, so the browser tests catch anything the policy would block.
 */
export function contentSecurityPolicyDirectives(connect: readonly string[]): string[] {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...connect].join(' '),
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ];
}

/**
 * The policy in AWS: the API Gateway hosts and Cognito of the stack's region. The API does not
 * exist yet when this stack is made; site-deploy narrows connect-src to its own origin in
 * index.html (functions/shared/site-csp.ts).
 */
function contentSecurityPolicy(): Intrinsic {
  return sub(
    contentSecurityPolicyDirectives([
      'https://*.execute-api.${AWS::Region}.${AWS::URLSuffix}',
      'https://cognito-idp.${AWS::Region}.${AWS::URLSuffix}',
    ]).join('; '),
  );
}

export function buildSite(config: Config): Template {
  const t = new Template({
    description:
      'Mythical Mysfits site: private encrypted S3 bucket served only through CloudFront (origin access control, HTTPS, security headers).',
    header: [
      ...headerFor('site.yml', 'site'),
      '',
      'The static site. Nothing reads the bucket but this distribution; browsers get HTTPS only.',
    ],
  });

  const { site } = config;
  const logs = site.logging ? logBucket(t, config) : undefined;
  const bucket = t.resource('SiteBucket', {
    Type: 'AWS::S3::Bucket',
    nameTag: 'site',
    comment:
      'The site files: PRIVATE, all public access blocked, encrypted (the tutorial made a public-read website bucket over HTTP).',
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    ...(logs
      ? {}
      : {
          suppress: [
            {
              rule: 'AwsSolutions-S1',
              reason:
                'The config turns logging off (site.logging: false); CloudFront is the only reader of the bucket, through origin access control.',
            },
          ],
        }),
    Properties: {
      ...(logs
        ? { LoggingConfiguration: { DestinationBucketName: logs.bucket.ref(), LogFilePrefix: 's3/site/' } }
        : {}),
      ...PRIVATE_ENCRYPTED,
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      VersioningConfiguration: { Status: 'Enabled' },
      LifecycleConfiguration: {
        Rules: [
          {
            Id: 'expire-replaced-files',
            Status: 'Enabled',
            NoncurrentVersionExpiration: { NoncurrentDays: 30 },
            AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
          },
        ],
      },
    },
  });

  const originAccessControl = t.resource('OriginAccessControl', {
    Type: 'AWS::CloudFront::OriginAccessControl',
    comment: 'CloudFront signs its requests to the bucket (SigV4), so the bucket policy can admit it alone.',
    Properties: {
      OriginAccessControlConfig: {
        Name: stackUniqueName('site'),
        Description: 'Mythical Mysfits site bucket',
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
        SigningProtocol: 'sigv4',
      },
    },
  });

  const headersPolicy = t.resource('SecurityHeadersPolicy', {
    Type: 'AWS::CloudFront::ResponseHeadersPolicy',
    comment:
      "Security headers on every response: HSTS, CSP (calls: this region's API Gateway and Cognito, narrowed to this app's API by index.html's meta once it exists), no framing, no sniffing.",
    Properties: {
      ResponseHeadersPolicyConfig: {
        Name: stackUniqueName('site-security'),
        Comment: 'Mythical Mysfits site security headers',
        SecurityHeadersConfig: {
          StrictTransportSecurity: {
            AccessControlMaxAgeSec: 63072000,
            IncludeSubdomains: true,
            Override: true,
          },
          ContentSecurityPolicy: { ContentSecurityPolicy: contentSecurityPolicy(), Override: true },
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
        },
      },
    },
  });

  // HTTPS only (HTTP redirects), read-only methods, compressed, security headers on every answer.
  const cacheBehavior = (cachePolicyId: string) => ({
    TargetOriginId: 'site-bucket',
    ViewerProtocolPolicy: 'redirect-to-https',
    AllowedMethods: ['GET', 'HEAD'],
    CachedMethods: ['GET', 'HEAD'],
    Compress: true,
    CachePolicyId: cachePolicyId,
    ResponseHeadersPolicyId: headersPolicy.ref(),
  });

  const routing = t.resource('SiteRouting', {
    Type: 'AWS::CloudFront::Function',
    comment:
      "Files as they are (a missing one stays an error), / as index.html, any other path sent to its hash route: the site routes by the URL's hash.",
    Properties: {
      Name: stackUniqueName('site-routing'),
      AutoPublish: true,
      FunctionConfig: {
        Comment: 'Mythical Mysfits site routing (generator/builders/site-routing.ts)',
        Runtime: 'cloudfront-js-2.0',
      },
      FunctionCode: SITE_FUNCTION_CODE,
    },
  });

  const distribution = t.resource('Distribution', {
    Type: 'AWS::CloudFront::Distribution',
    nameTag: 'site',
    comment: `HTTPS only (HTTP redirects), compressed, cached; ${site.priceClass}${site.domain ? `; ${site.domain.name} with TLS 1.2 at least` : ''}${logs ? '; standard logs to the log bucket' : ''}${site.webAclArn ? '; behind the given web ACL' : ''}.`,
    suppress: distributionSuppressions(config),
    Properties: {
      DistributionConfig: {
        Enabled: true,
        Comment: sub('Mythical Mysfits site (${AWS::StackName})'),
        DefaultRootObject: 'index.html',
        HttpVersion: 'http2and3',
        IPV6Enabled: true,
        PriceClass: config.site.priceClass,
        Origins: [
          {
            Id: 'site-bucket',
            DomainName: bucket.getAtt('RegionalDomainName'),
            OriginAccessControlId: originAccessControl.getAtt('Id'),
            // Empty: access is by origin access control, not the legacy origin access identity.
            S3OriginConfig: { OriginAccessIdentity: '' },
          },
        ],
        DefaultCacheBehavior: {
          ...cacheBehavior(CACHING_OPTIMIZED),
          FunctionAssociations: [
            { EventType: 'viewer-request', FunctionARN: routing.getAtt('FunctionMetadata.FunctionARN') },
          ],
        },
        CacheBehaviors: [{ PathPattern: `/${SITE_CONFIG_FILE}`, ...cacheBehavior(CACHING_DISABLED) }],
        ...(site.domain
          ? {
              Aliases: [site.domain.name],
              ViewerCertificate: {
                AcmCertificateArn: site.domain.certificateArn,
                SslSupportMethod: 'sni-only',
                MinimumProtocolVersion: 'TLSv1.2_2021',
              },
            }
          : { ViewerCertificate: { CloudFrontDefaultCertificate: true } }),
        ...(logs
          ? {
              Logging: fnIf(
                logs.cloudFrontCanLog,
                { Bucket: logs.bucket.getAtt('DomainName'), Prefix: 'cloudfront/', IncludeCookies: false },
                AWS.NoValue,
              ),
            }
          : {}),
        ...(site.webAclArn ? { WebACLId: site.webAclArn } : {}),
      },
    },
  });

  t.resource('SiteBucketPolicy', {
    Type: 'AWS::S3::BucketPolicy',
    comment:
      'Only this distribution may read objects; any request without TLS is denied (the tutorial allowed public GETs).',
    Properties: {
      Bucket: bucket.ref(),
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'CloudFrontReadsThroughOriginAccessControl',
            Effect: 'Allow',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Action: 's3:GetObject',
            Resource: sub('${SiteBucket.Arn}/*'),
            Condition: {
              StringEquals: {
                'AWS:SourceArn': arn('cloudfront', 'distribution/${Distribution}', 'global'),
              },
            },
          },
          tlsOnly('SiteBucket'),
        ],
      },
    },
  });

  t.output('SiteUrl', {
    Description: 'The site (also its origin, which the API allows for CORS).',
    Value: site.domain ? `https://${site.domain.name}` : sub('https://${Distribution.DomainName}'),
  });
  t.output('DistributionDomainName', {
    Description: site.domain
      ? `Where the DNS record of ${site.domain.name} must point (a CNAME, or a Route 53 alias).`
      : "The distribution's own domain name.",
    Value: distribution.getAtt('DomainName'),
  });
  if (logs)
    t.output('LogBucketName', {
      Description: 'CloudFront and S3 access logs (kept after a delete).',
      Value: logs.bucket.ref(),
    });
  cloudFrontAlarm(t, config, distribution.id);

  t.output('SiteBucketName', { Description: 'Bucket the site files are uploaded to.', Value: bucket.ref() });
  t.output('DistributionId', {
    Description: 'CloudFront distribution, for cache invalidations after an upload.',
    Value: distribution.ref(),
  });
  return t;
}

/**
 * The log bucket: CloudFront's standard logs (which CloudFront writes with a bucket ACL, so ACLs
 * stay enabled: object owner preferred) and the site bucket's S3 server access logs (written by
 * the S3 logging service under the bucket policy). Kept when the stack goes: logs are the record
 * of what happened, and they expire by themselves.
 */
function logBucket(t: Template, config: Config) {
  const days = retentionDays(config);
  const cloudFrontCanLog = t.condition(
    'CloudFrontCanLog',
    not(
      or(
        or(...CLOUDFRONT_UNLOGGABLE_REGIONS.slice(0, 9).map((r) => equals(AWS.Region, r))),
        or(...CLOUDFRONT_UNLOGGABLE_REGIONS.slice(9).map((r) => equals(AWS.Region, r))),
      ),
    ),
    'CloudFront delivers standard logs to buckets outside the opt-in regions only.',
  );
  const bucket: Resource<'AWS::S3::Bucket'> = t.resource('LogBucket', {
    Type: 'AWS::S3::Bucket',
    nameTag: 'logs',
    comment: `Access logs of the distribution and the site bucket, private and encrypted; expire after ${days} days; kept if the stack goes (empty it, then delete it).`,
    DeletionPolicy: 'Retain',
    UpdateReplacePolicy: 'Retain',
    Properties: {
      ...PRIVATE_ENCRYPTED,
      // CloudFront's standard logs are delivered under a bucket ACL grant (to awslogsdelivery).
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
      LifecycleConfiguration: {
        Rules: [{ Id: 'expire-logs', Status: 'Enabled', ExpirationInDays: days }],
      },
    },
  });
  t.resource('LogBucketPolicy', {
    Type: 'AWS::S3::BucketPolicy',
    comment: "S3's logging service may write the site bucket's access logs here; any request without TLS is denied.",
    Properties: {
      Bucket: bucket.ref(),
      PolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'SiteBucketAccessLogs',
            Effect: 'Allow',
            Principal: { Service: 'logging.s3.amazonaws.com' },
            Action: 's3:PutObject',
            Resource: sub('${LogBucket.Arn}/s3/site/*'),
            Condition: {
              StringEquals: { 'aws:SourceAccount': AWS.AccountId },
              ArnLike: { 'aws:SourceArn': sub('arn:${AWS::Partition}:s3:::${SiteBucket}') },
            },
          },
          tlsOnly('LogBucket'),
        ],
      },
    },
  });
  return { bucket, cloudFrontCanLog };
}

/** The distribution's answers to the rule packs, for what the config chose. */
function distributionSuppressions(config: Config): Suppression[] {
  const { site } = config;
  const out: Suppression[] = [
    {
      rule: 'AwsSolutions-CFR1',
      reason:
        'The site is public and for visitors anywhere: no country is refused; a deployment that must refuse some sets GeoRestriction itself.',
    },
  ];
  if (!site.webAclArn) {
    out.push({
      rule: 'AwsSolutions-CFR2',
      reason:
        "No web ACL by default: CloudFront's must be made in US East (N. Virginia), outside this stack, and costs $5 a month plus rules, for static files that only CloudFront can read; site.webAclArn puts one in front.",
    });
  }
  if (!site.domain) {
    out.push({
      rule: 'AwsSolutions-CFR4',
      reason:
        "With CloudFront's default *.cloudfront.net certificate the minimum protocol is TLSv1 and cannot be raised (CloudFront Developer Guide); site.domain with an ACM certificate requires TLSv1.2_2021.",
    });
  }
  if (!site.logging) {
    out.push({
      rule: 'AwsSolutions-CFR3',
      reason: 'The config turns logging off (site.logging: false); the API stage still logs every request.',
    });
  }
  return out;
}
