/** The type of a parameter of an error code, said as data so that a test can check that each message uses each one. */
type ParamKind = 'number' | 'string';

/**
 * Every stable code an error answer carries (a 4xx, a 5xx, a bulk answer's row that a server fault left undone), with
 * its parameters: the UI says each in the user's language (admin-ui/src/i18n/errors), the server's English message
 * stays for other clients.
 */
export const ERROR_CODES = {
  // Input, from the validation of a body or a query (the field is the property's path).
  'validation.required': {},
  'validation.unknownField': {},
  'validation.invalid': {},
  'validation.isString': {},
  'validation.isInt': {},
  'validation.isBoolean': {},
  'validation.isArray': {},
  'validation.isUrl': {},
  'validation.isCalendarDate': { firstYear: 'number', lastYear: 'number' },
  'validation.isTimestamp': { firstYear: 'number', lastYear: 'number' },
  'validation.matches': {},
  'validation.isIn': { values: 'string' },
  'validation.min': { min: 'number' },
  'validation.max': { max: 'number' },
  'validation.minLength': { min: 'number' },
  'validation.maxLength': { max: 'number' },
  'validation.arrayMinSize': { min: 'number' },
  'validation.arrayMaxSize': { max: 'number' },
  'validation.nul': {},
  'validation.tooDeep': { max: 'number' },
  'validation.notAccepted': {},
  // A list's sort, range and filter; a rollup's period and grouping.
  'query.malformed': {},
  'query.unknownField': { name: 'string' },
  'query.sortOrder': {},
  'query.range': {},
  'query.pageSize': { max: 'number' },
  'query.tooManyValues': { max: 'number' },
  'query.periodReversed': {},
  'query.groupBy': { allowed: 'string' },
  // Records and references.
  'record.notFound': { resource: 'string', id: 'number' },
  'record.referenced': {},
  'record.duplicate': {},
  'reference.notFound': {},
  'version.conflict': { resource: 'string', id: 'number' },
  // A material's references (contracts of server/src/materials/material-rules.ts).
  'outlet.notFound': {},
  'outlet.otherRegion': {},
  'rubric.notFound': {},
  'rubric.otherOutlet': {},
  'planItem.notFound': {},
  'planItem.otherRegion': {},
  'planItem.otherYear': { year: 'number', planYear: 'number' },
  'planItem.notApproved': { status: 'string' },
  'audience.unknown': {},
  'material.publishedAfterToday': { today: 'string' },
  'quarter.closed': { quarter: 'number', year: 'number' },
  // Outlets and users.
  'outlet.regionRequired': {},
  'outlet.republicanHasNoRegion': {},
  'user.regionRequired': {},
  'user.regionNotAllowed': {},
  'user.selfDemotion': {},
  // Media plans.
  'plan.notEditable': { status: 'string' },
  'plan.exists': { year: 'number' },
  'plan.stepNotAllowed': { status: 'string', step: 'string' },
  'plan.notOwnOffice': {},
  'plan.approverOnly': { step: 'string' },
  // Quarters.
  'quarter.notEnded': { quarter: 'number', year: 'number' },
  'quarter.stepNotAllowed': { quarter: 'number', year: 'number', status: 'string', step: 'string' },
  'quarter.notOwnOffice': {},
  'quarter.approverOnly': { step: 'string' },
  'quarter.noRegion': {},
  // Access.
  'access.role': {},
  'access.ownRegionOnly': {},
  'access.republicanOnly': {},
  // Signing in and sessions.
  'auth.required': {},
  'auth.tokenInvalid': {},
  'auth.wrongCredentials': {},
  'auth.sessionEnded': {},
  'auth.tooManyAttempts': { minutes: 'number' },
  'auth.wrongPassword': {},
  'password.tooShort': { min: 'number' },
  'password.common': {},
  'password.sameAsLogin': {},
  'password.sameAsName': {},
  // Imports and request bodies.
  'import.limit': { limit: 'string', max: 'number' },
  'import.notMultipart': {},
  'import.noFile': {},
  'import.unreadable': {},
  // Evidence files of a material.
  'evidence.noFile': {},
  'evidence.tooLarge': { max: 'number' },
  'evidence.tooMany': { max: 'number' },
  'evidence.unsupportedType': { types: 'string' },
  'request.tooLarge': {},
  'request.tooMany': { minutes: 'number' },
  'request.invalid': {},
  'request.notFound': {},
  'request.conflict': {},
  'request.unsupported': {},
  // The server's side: the database away or a transaction it gave up on (503), and the faults no input explains (500).
  'server.unavailable': {},
  'server.error': {},
} as const satisfies Record<string, Record<string, ParamKind>>;

export type ErrorCode = keyof typeof ERROR_CODES;

type ParamValue<K> = K extends 'number' ? number : string;

/** The parameters a code is said with, e.g. `planItem.otherYear`: `{ year: 2024, planYear: 2023 }`. */
export type ErrorParams<C extends ErrorCode> = { -readonly [P in keyof (typeof ERROR_CODES)[C]]: ParamValue<(typeof ERROR_CODES)[C][P]> };

/** One problem of an answer: its code, the field it is about (if any), the code's parameters and the English message. */
export interface ErrorDetail {
  code: ErrorCode;
  field?: string;
  params: Record<string, string | number>;
  message: string;
}

/**
 * Every error answer: the status, a message (for bad input, a list of `field: problem`), and on every 4xx a stable code
 * with the field and parameters, for the UI to say in the user's language; with several problems, each in `errors`.
 */
export interface ApiError {
  statusCode: number;
  message: string | string[];
  error: string;
  code?: ErrorCode;
  field?: string;
  params?: Record<string, string | number>;
  errors?: ErrorDetail[];
  retryAfter?: number;
}

export const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);

/** One record's outcome in a bulk answer: what the change of that record alone would have answered. */
export interface RowOutcome {
  id: number;
  ok: boolean;
  statusCode: number;
  message?: string;
  /** Why the record was refused, as an error answer's code and parameters. */
  code?: ErrorCode;
  params?: Record<string, string | number>;
}
