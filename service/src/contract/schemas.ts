// The bodies of the API, as JSON Schema (the draft-04 subset Swagger 2.0 definitions and API
// Gateway models take): what each operation reads and answers. The Swagger's `definitions` are
// these; the service checks request bodies against them (body-check.ts); the contract test checks
// every answer against them with ajv. Closed objects (additionalProperties false), so a field
// the service adds without declaring it fails the contract test.

export interface Schema {
  readonly type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  readonly description?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly items?: Schema;
  readonly enum?: readonly (string | boolean)[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  /** A reference to another definition: `#/definitions/Name`. */
  readonly $ref?: string;
}

/** Ids are the table's keys: anything else cannot name a mysfit and is refused before DynamoDB. */
export const MYSFIT_ID_PATTERN = '^[A-Za-z0-9_-]{1,128}$';

/** The attributes the list filters on (each queried through its index), and their values. */
export const FILTERS = {
  GoodEvil: ['Good', 'Neutral', 'Evil'],
  LawChaos: ['Lawful', 'Neutral', 'Chaotic'],
} as const;
export type FilterName = keyof typeof FILTERS;

/** What the site reports (POST /clicks), and how many events one request may carry (Firehose's PutRecordBatch takes 500). */
export const CLICK_TYPES = ['view', 'like', 'adopt', 'filter'] as const;
export type ClickType = (typeof CLICK_TYPES)[number];
export const CLICKS_PER_REQUEST = 25;
/** When an event happened, by the browser's clock: ISO 8601 in UTC, to the millisecond at most. */
export const CLICK_AT_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$';
/**
 * How far an event's time may be from when the click stream received it. One outside (a browser
 * whose clock is wrong, a replayed or made-up event: 1970, 9999) is kept with the time it was
 * received instead (clamped, not refused): API Gateway's model cannot compare with a clock, so the
 * first code both the deployed route and the local run pass through is the stream's transform,
 * and refusing there would drop real views from the counts; events are sent within seconds of
 * happening, so the time received is the better estimate.
 */
export const CLICK_TIME_WINDOW = { pastMs: 24 * 60 * 60 * 1000, futureMs: 5 * 60 * 1000 } as const;
/** The window in words, for the contract's description and the docs. */
export const CLICK_TIME_WINDOW_TEXT = `within ${CLICK_TIME_WINDOW.pastMs / 3_600_000} h before and ${CLICK_TIME_WINDOW.futureMs / 60_000} min after it is received; otherwise the time received is recorded instead`;
/** A filter the visitor used: `GoodEvil=Good`. */
export const CLICK_FILTER_PATTERN = `^(${Object.entries(FILTERS)
  .map(([name, values]) => `${name}=(${values.join('|')})`)
  .join('|')})$`;

const str: Schema = { type: 'string' };
const closed = (properties: Record<string, Schema>, required = Object.keys(properties)): Schema => ({
  type: 'object',
  properties,
  ...(required.length > 0 ? { required } : {}), // Swagger 2.0 refuses an empty list
  additionalProperties: false,
});
const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });

// Request fields: only what no Cognito policy would allow is refused here; Cognito enforces the rest.
const EMAIL: Schema = {
  type: 'string',
  description: 'an email address',
  pattern: '^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$',
  maxLength: 254,
};
const PASSWORD: Schema = { type: 'string', description: '1 to 256 characters', minLength: 1, maxLength: 256 };
const CODE: Schema = { type: 'string', description: 'the code from the confirmation email', pattern: '^\\S{1,64}$' };
const REFRESH_TOKEN: Schema = {
  type: 'string',
  description: 'the refreshToken from sign-in',
  pattern: '^\\S{1,8192}$',
};

const SUMMARY: Record<string, Schema> = {
  mysfitId: { type: 'string', pattern: MYSFIT_ID_PATTERN },
  name: str,
  species: str,
  goodevil: { type: 'string', enum: [...FILTERS.GoodEvil, ''] },
  lawchaos: { type: 'string', enum: [...FILTERS.LawChaos, ''] },
  thumbImageUri: str,
  adopted: { type: 'boolean', description: 'Adopted already (the list may be up to LIST_CACHE_MS old).' },
};

const TOKENS: Record<string, Schema> = {
  idToken: str,
  accessToken: str,
  refreshToken: { type: 'string', description: 'Only sign-in returns one (and refresh, where the pool rotates them).' },
  expiresIn: { type: 'integer', description: 'Seconds the id and access tokens are valid.' },
  tokenType: { type: 'string', enum: ['Bearer'] },
};

export const DEFINITIONS = {
  Error: closed({
    error: { type: 'string', description: 'A code from the error table (README "API").' },
    message: { type: 'string', description: 'What went wrong and what to do, for people.' },
  }),
  Health: closed({ status: { type: 'string', enum: ['ok'] }, service: { type: 'string', enum: ['mysfits'] } }),
  Mysfit: closed(SUMMARY),
  MysfitList: closed({ mysfits: { type: 'array', items: ref('Mysfit') } }),
  // A profile is the summary plus the details and the visitors' state.
  MysfitProfile: closed({
    ...SUMMARY,
    description: str,
    age: { type: 'integer', minimum: 0 },
    profileImageUri: str,
    likes: { type: 'integer', minimum: 0 },
    adopted: { type: 'boolean' },
  }),
  LikeResult: closed({
    mysfitId: SUMMARY.mysfitId,
    likes: { type: 'integer', minimum: 1, description: 'The count after this like.' },
  }),
  AdoptResult: closed({ mysfitId: SUMMARY.mysfitId, adopted: { type: 'boolean', enum: [true] } }),
  SignUpRequest: closed({ email: EMAIL, password: PASSWORD }),
  SignUpResult: closed(
    {
      userSub: str,
      userConfirmed: { type: 'boolean' },
      codeDelivery: closed({ destination: str, medium: str }, []),
    },
    ['userSub', 'userConfirmed'],
  ),
  ConfirmRequest: closed({ email: EMAIL, code: CODE }),
  Confirmed: closed({ confirmed: { type: 'boolean', enum: [true] } }),
  SignInRequest: closed({ email: EMAIL, password: PASSWORD }),
  RefreshRequest: closed({ refreshToken: REFRESH_TOKEN }),
  Tokens: closed(TOKENS, ['idToken', 'accessToken', 'tokenType']),
  ClickBatch: closed({
    events: {
      type: 'array',
      description: `1 to ${CLICKS_PER_REQUEST} events`,
      minItems: 1,
      maxItems: CLICKS_PER_REQUEST,
      items: closed(
        {
          type: { type: 'string', enum: [...CLICK_TYPES] },
          mysfitId: {
            type: 'string',
            pattern: MYSFIT_ID_PATTERN,
            description: 'The mysfit viewed, liked or adopted (not for filter).',
          },
          filter: { type: 'string', pattern: CLICK_FILTER_PATTERN, description: 'The filter used: GoodEvil=Good.' },
          at: {
            type: 'string',
            pattern: CLICK_AT_PATTERN,
            description: `When it happened, by the browser's clock (ISO 8601, UTC): ${CLICK_TIME_WINDOW_TEXT}.`,
          },
        },
        ['type', 'at'],
      ),
    },
  }),
  ClicksAccepted: closed({
    accepted: { type: 'integer', minimum: 0, description: 'Events taken for delivery.' },
    failed: { type: 'integer', minimum: 0, description: 'Events Firehose could not take (retry them).' },
  }),
  Me: closed(
    {
      sub: str,
      username: str,
      email: str,
      emailVerified: { type: 'boolean' },
      tokenUse: { type: 'string', enum: ['id'] },
      expiresAt: { type: 'string', description: 'When the token expires (ISO 8601).' },
    },
    ['sub', 'tokenUse', 'expiresAt'],
  ),
} as const satisfies Record<string, Schema>;

export type DefinitionName = keyof typeof DEFINITIONS;
