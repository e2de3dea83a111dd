// The shape of the mysfits table, shared by the data stack's builder, `mysfits seed --create`,
// the local run and the service, so the key schema is written down once.

export const KEY = 'MysfitId';

/** DynamoDB's rule for table names: 3-255 of letters, digits, underscore, hyphen, dot. */
export const TABLE_NAME_PATTERN = '^[A-Za-z0-9_.-]{3,255}$';
/** A table's ARN, in any partition and region (a template parameter's AllowedPattern). */
export const TABLE_ARN_PATTERN = `^arn:[a-z-]+:dynamodb:[a-z0-9-]+:\\d{12}:table/${TABLE_NAME_PATTERN.slice(1)}`;

/** The name of a table made by hand (`mysfits seed --create`, the local run); stacks let CloudFormation name theirs. */
export const DEFAULT_TABLE_NAME = 'MysfitsTable';

/** Global secondary indexes: the site's Good/Evil and Law/Chaos filters query these. */
export const INDEXES = {
  LawChaosIndex: { hash: 'LawChaos', range: 'MysfitId' },
  GoodEvilIndex: { hash: 'GoodEvil', range: 'MysfitId' },
} as const;

export type IndexName = keyof typeof INDEXES;

/** Every attribute that appears in a key (all strings). */
export const KEY_ATTRIBUTES = [KEY, ...new Set(Object.values(INDEXES).map((i) => i.hash))] as const;

/**
 * The table's keys and indexes in the shape both CloudFormation (AWS::DynamoDB::Table) and the
 * SDK's CreateTable take: data.yml and `mysfits seed --create` spread it in.
 */
export const TABLE_KEYS = {
  AttributeDefinitions: KEY_ATTRIBUTES.map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
  KeySchema: [{ AttributeName: KEY, KeyType: 'HASH' as const }],
  GlobalSecondaryIndexes: Object.entries(INDEXES).map(([IndexName, { hash, range }]) => ({
    IndexName,
    KeySchema: [
      { AttributeName: hash, KeyType: 'HASH' as const },
      { AttributeName: range, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  })),
};
