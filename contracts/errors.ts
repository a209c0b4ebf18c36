/**
 * Every error answer: the status, a message (for bad input, a list of `field: problem`), and for the refusals the UI
 * explains in the user's language, a stable code with its parameters (e.g. auth.sessionEnded, import.limit).
 */
export interface ApiError {
  statusCode: number;
  message: string | string[];
  error: string;
  code?: string;
  params?: Record<string, unknown>;
}
