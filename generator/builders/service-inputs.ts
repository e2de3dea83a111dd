// What the API service needs, whichever way it runs (service.yml's Fargate tasks, or
// service-function.yml's Lambda function): the table, the user pool and app client whose tokens it
// checks, and the site's origin for CORS, as parameters; and the one IAM policy that lets it use
// the table, exactly the DynamoDB calls the service's code makes.
import { sub, type Intrinsic } from '../core/intrinsics.js';
import type { Template } from '../core/template.js';
import type { Json } from '../spec/values.js';
import { allow, siteUrlParameter } from './common.js';
import { INDEXES, TABLE_ARN_PATTERN, TABLE_NAME_PATTERN } from '../../service/src/data/table.js';

export function serviceInputs(t: Template) {
  const tableName = t.parameter('TableName', {
    Type: 'String',
    Description: 'The mysfits table (data stack output TableName).',
    label: 'Table name',
    AllowedPattern: TABLE_NAME_PATTERN,
    ConstraintDescription: '3-255 letters, digits, underscores, hyphens or dots',
  });
  const tableArn = t.parameter('TableArn', {
    Type: 'String',
    Description:
      "ARN of the mysfits table, to scope the service's role to it and its indexes (data stack output TableArn).",
    label: 'Table ARN',
    AllowedPattern: TABLE_ARN_PATTERN,
    ConstraintDescription: 'a DynamoDB table ARN',
  });
  const userPoolId = t.parameter('UserPoolId', {
    Type: 'String',
    Description:
      'User pool whose tokens like and adopt accept; the service verifies them too (cognito stack output UserPoolId).',
    label: 'User pool id',
    AllowedPattern: '^[\\w-]+_[0-9a-zA-Z]+$',
    ConstraintDescription: 'a user pool id like us-east-1_AbC123',
  });
  const clientId = t.parameter('UserPoolClientId', {
    Type: 'String',
    Description: 'App client the tokens must be issued to (cognito stack output UserPoolClientId).',
    label: 'User pool client id',
    AllowedPattern: '^[\\w+]+$',
    ConstraintDescription: 'an app client id',
  });
  const siteUrl = siteUrlParameter(t);
  t.parameterGroup('Data, sign-in and site (data, cognito and site stacks)', [
    tableName,
    tableArn,
    userPoolId,
    clientId,
    siteUrl,
  ]);
  return { tableName, tableArn, userPoolId, clientId, siteUrl };
}

/** The service's table access: the calls its code makes (a test derives them from service/src). */
export function tableStatements(tableArn: Intrinsic): Json[] {
  return [
    allow(
      'ReadAndUpdateMysfits',
      // BatchGetItem: profile reads are batched (service/src/mysfits/fresh-reads.ts).
      ['dynamodb:BatchGetItem', 'dynamodb:Scan', 'dynamodb:UpdateItem'],
      [tableArn],
    ),
    allow(
      'QueryTheFilterIndexes',
      ['dynamodb:Query'],
      Object.keys(INDEXES).map((index) => sub(`\${TableArn}/index/${index}`)),
    ),
  ];
}
