// site.yml: where the site's files live and how browsers get them. Rebuilt from the tutorials'
// `s3 mb` + `s3 website` + public-read bucket policy (seed 004, part 1), which served the site
// over plain HTTP from a world-readable bucket. Here the bucket is private (all public access
// blocked, encrypted, TLS-only) and only this stack's CloudFront distribution may read it, via
// origin access control; browsers get HTTPS only, with security headers on every response.
import type { Config } from '../config/load.js';
import { SITE_FUNCTION_CODE } from './site-routing.js';
import { sub, type Intrinsic } from '../core/intrinsics.js';
import { Template } from '../core/template.js';
import { SITE_CONFIG_FILE } from '../../functions/shared/site-config.js';
import { arn, headerFor, stackUniqueName, tags } from './common.js';

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

/** The policy in AWS: the API and Cognito of the stack's region. */
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

  const bucket = t.resource('SiteBucket', {
    Type: 'AWS::S3::Bucket',
    comment:
      'The site files: PRIVATE, all public access blocked, encrypted (the tutorial made a public-read website bucket over HTTP).',
    DeletionPolicy: 'Delete',
    UpdateReplacePolicy: 'Delete',
    Properties: {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
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
      Tags: tags(config, 'site'),
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
      'Security headers on every response: HSTS, CSP limited to the API and Cognito of this region, no framing, no sniffing.',
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
    comment: `HTTPS only (HTTP redirects), compressed, cached; single-page-app errors answer index.html; ${config.site.priceClass}.`,
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
        ViewerCertificate: { CloudFrontDefaultCertificate: true },
      },
      Tags: tags(config, 'site'),
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
          {
            Sid: 'TlsOnly',
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: [bucket.getAtt('Arn'), sub('${SiteBucket.Arn}/*')],
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ],
      },
    },
  });

  t.output('SiteUrl', {
    Description: 'The site (also its origin, which the API allows for CORS).',
    Value: sub('https://${Distribution.DomainName}'),
  });
  t.output('SiteBucketName', { Description: 'Bucket the site files are uploaded to.', Value: bucket.ref() });
  t.output('DistributionId', {
    Description: 'CloudFront distribution, for cache invalidations after an upload.',
    Value: distribution.ref(),
  });
  return t;
}
