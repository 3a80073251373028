/** Stable error codes the API answers with; the web app translates them for people. */
export enum ErrorCode {
  ValidationFailed = 'validation_failed',
  MalformedRequest = 'malformed_request',
  NotFound = 'not_found',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  Conflict = 'conflict',
  TooManyRequests = 'too_many_requests',
  /** An emailed link was used already or is too old. */
  LinkExpired = 'link_expired',
  /** The password was right; the authenticator code is needed too. */
  SecondFactorRequired = 'second_factor_required',
  /** The organisation requires an authenticator app: set one up before anything else. */
  SecondFactorSetupRequired = 'second_factor_setup_required',
  Unavailable = 'unavailable',
  Internal = 'internal_error',
}

export interface FieldError {
  /** Dotted path of the offending field, e.g. "members.0.email". */
  field: string;
  message: string;
}

export interface ApiErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  errors?: FieldError[];
  requestId?: string;
}
