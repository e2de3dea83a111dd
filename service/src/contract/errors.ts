// Every error code the API answers, with its status and what it means: the one list the service
// throws from (ApiError takes a code, and its status comes from here), the Swagger documents,
// docs/api.md's error table is generated from, and the contract test checks answers against.

interface ErrorSpec {
  readonly status: number;
  readonly meaning: string;
  /** Who answers a code no operation declares (the others: the operations that declare it). */
  readonly answeredBy?: string;
}

export const ERRORS = {
  // 400: the request is wrong; the message says how.
  bad_request: { status: 400, meaning: 'the request could not be read (a broken body, a bad header)' },
  invalid_id: { status: 400, meaning: 'a mysfit id is 1 to 128 letters, digits, "-" or "_"' },
  invalid_filter: { status: 400, meaning: 'an unknown filter, or one given twice' },
  missing_filter: { status: 400, meaning: '"value" without "filter"' },
  invalid_value: { status: 400, meaning: "a value the filter's attribute does not take, or one given twice" },
  missing_value: { status: 400, meaning: '"filter" without "value"' },
  invalid_json: { status: 400, meaning: 'the body is not JSON' },
  invalid_body: { status: 400, meaning: 'the body is not a JSON object' },
  missing_field: { status: 400, meaning: 'a required field of the body is missing' },
  invalid_field: { status: 400, meaning: 'a field of the body breaks its rule' },
  unknown_field: { status: 400, meaning: 'the body has a field the operation does not take' },
  invalid_password: { status: 400, meaning: "the password breaks the pool's policy" },
  invalid_parameter: { status: 400, meaning: 'Cognito refused a parameter' },
  code_mismatch: { status: 400, meaning: 'the confirmation code is wrong' },
  code_expired: { status: 400, meaning: 'the confirmation code has expired' },
  signup_rejected: { status: 400, meaning: 'the pre-sign-up trigger refused the sign-up' },
  // 401: no usable token; the answer carries WWW-Authenticate.
  missing_token: { status: 401, meaning: 'no token in Authorization' },
  invalid_token: {
    status: 401,
    meaning: 'the token is malformed, forged, for another pool or client, or has no expiry',
  },
  token_expired: { status: 401, meaning: 'the token has expired: refresh and retry' },
  wrong_token_use: { status: 401, meaning: 'an access token where the operation takes an ID token' },
  not_authorized: { status: 401, meaning: 'wrong email or password, or a refresh token Cognito refused' },
  // 403: signed in, but Cognito wants something first.
  user_not_confirmed: { status: 403, meaning: 'confirm the account with the emailed code first' },
  password_reset_required: { status: 403, meaning: 'the password must be reset first' },
  challenge_required: {
    status: 403,
    meaning: 'Cognito asks for a challenge (MFA, new password) this API does not answer',
  },
  forbidden: {
    status: 403,
    meaning: 'refused by a resource policy or the web ACL',
    answeredBy: 'API Gateway',
  },
  // 404
  not_found: { status: 404, meaning: 'no such path', answeredBy: 'any path the API lacks' },
  mysfit_not_found: { status: 404, meaning: 'no mysfit has this id' },
  // 405 and up
  method_not_allowed: {
    status: 405,
    meaning: 'the path exists, the method does not (Allow lists those that do)',
    answeredBy: 'any method a path lacks',
  },
  request_timeout: { status: 408, meaning: 'the request body did not arrive in time' },
  already_adopted: { status: 409, meaning: 'someone else adopted this mysfit first' },
  body_too_large: { status: 413, meaning: 'the body is over 16 KB' },
  headers_too_large: { status: 431, meaning: 'the request headers are over 16 KB' },
  unsupported_media_type: { status: 415, meaning: 'a body that is not application/json' },
  too_many_requests: { status: 429, meaning: 'throttled (by API Gateway or Cognito): wait for Retry-After' },
  internal: { status: 500, meaning: 'a bug: the request id finds it in the logs' },
  signin_flow_disabled: { status: 501, meaning: 'the app client does not allow USER_PASSWORD_AUTH' },
  cognito_error: { status: 502, meaning: 'Cognito failed' },
  gateway_error: { status: 502, meaning: 'the service could not be reached', answeredBy: 'API Gateway' },
  unavailable: {
    status: 503,
    meaning:
      'the table is throttled, unreachable or slower than the request deadline; nothing was written: retry after Retry-After',
  },
  outcome_unknown: {
    status: 503,
    meaning:
      'the like or adoption was sent to the table but its answer was lost or late, so it may or may not be saved: retry after Retry-After with the same X-Request-Id (a like then counts once; an adoption is yours once)',
  },
  auth_unavailable: { status: 503, meaning: 'the signing keys or Cognito cannot be reached' },
  shutting_down: { status: 503, meaning: 'this task or instance is stopping: retry' },
  gateway_timeout: { status: 504, meaning: 'the service did not answer in 29 s', answeredBy: 'API Gateway' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

/** The status of an error code. */
export const statusOf = (code: ErrorCode): number => ERRORS[code].status;

/** `{ "error": code, "message": text }`: the shape of every error answer. */
export interface ErrorBody {
  readonly error: ErrorCode;
  readonly message: string;
}
