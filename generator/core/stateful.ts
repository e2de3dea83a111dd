// Resources that hold what users made (the likes and adoptions in the table, the accounts in the
// user pool, the click records): one declaration of what makes a resource stateful, read by the
// builders (which retain them whatever the config says), by `deploy` (the stack policy and the
// refusal to replace or delete one) and by `review --against` (data loss in the change review).

/** The Metadata key a builder marks a stateful resource with; its value says what it holds. */
export const HOLDS_KEY = 'MysfitsHolds';

/** Kept when the stack is deleted (except after a failed create, when it holds nothing yet). */
export const STATEFUL_DELETION_POLICY = 'RetainExceptOnCreate';
/** Kept when an update replaces it: the old resource stays, with its data, beside the new one. */
export const STATEFUL_UPDATE_REPLACE_POLICY = 'Retain';

/**
 * Types that hold data whatever template they are in (a hand-written template passed to
 * `deploy --template` has no marker). A bucket is stateful only when marked: a site bucket is
 * redeployed from the build, a click records bucket is not.
 */
const DATA_TYPES: Readonly<Record<string, string>> = {
  'AWS::DynamoDB::Table': 'the items of the table',
  'AWS::DynamoDB::GlobalTable': 'the items of the table',
  'AWS::Cognito::UserPool': 'the users of the pool (accounts, passwords, MFA devices)',
  'AWS::RDS::DBInstance': 'the database',
  'AWS::RDS::DBCluster': 'the database',
  'AWS::EFS::FileSystem': 'the files',
  'AWS::Serverless::SimpleTable': 'the items of the table',
};

/** What the resource holds, when it is stateful; undefined otherwise. */
export function heldData(resource: {
  readonly type: string;
  readonly metadata?: Record<string, unknown>;
}): string | undefined {
  const marked = resource.metadata?.[HOLDS_KEY];
  if (typeof marked === 'string' && marked) return marked;
  return DATA_TYPES[resource.type];
}
