// CloudFormation's template quotas, read by every layer that writes or sends a template
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html).

/** The largest template body sent inline (`TemplateBody`), in bytes (UTF-8). */
export const TEMPLATE_BODY_LIMIT = 51_200;

/** Per template: resources declared, and bytes of a template read from S3 (`TemplateURL`). */
export const TEMPLATE_QUOTAS = { resources: 500, s3Bytes: 1_048_576 } as const;
