// Errors a handler throws to answer with a status and a message; the app's error
// handler turns them into SigOpt's `{message, status}` body.
import type { ZodError } from 'zod';

export class HttpError extends Error {
  readonly status: number;
  readonly extra: Record<string, unknown>;

  constructor(status: number, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.extra = extra;
  }
}

export const badRequest = (message: string) => new HttpError(400, message);

export const NOT_FOUND_MESSAGE = 'The requested resource could not be found';

export const notFound = (message = NOT_FOUND_MESSAGE) => new HttpError(404, message);

/** `.metadata.ip`, `.parameters[0].bounds`: the path style SigOpt's messages use. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('');
}

function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** One clear sentence for the first problem zod found, naming the field. */
export function describeZodError(error: ZodError, what: string): string {
  const issue = error.issues[0];
  if (!issue) return `Invalid ${what}`;
  const path = formatPath(issue.path);
  const where = path || `the ${what}`;

  switch (issue.code) {
    case 'unrecognized_keys':
      return `Unknown json keys ${issue.keys.map((key) => `\`${key}\``).join(', ')} in ${where}`;
    case 'invalid_type':
      if (issue.input === undefined) {
        const parent = formatPath(issue.path.slice(0, -1)) || `the ${what}`;
        return `Missing required json key "${String(issue.path.at(-1))}" in ${parent}`;
      }
      return (
        `Invalid type for ${where}: ${shortJson(issue.input)} ` +
        `- expected type ${issue.expected}`
      );
    case 'too_big':
      if (issue.origin === 'string') {
        return `The length of ${where} must be less than or equal to ${String(issue.maximum)}`;
      }
      if (issue.origin === 'array') {
        return `${where} may have at most ${String(issue.maximum)} items`;
      }
      return `${where} must be at most ${String(issue.maximum)}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return `The length of ${where} must be at least ${String(issue.minimum)}`;
      }
      if (issue.origin === 'array') {
        return `${where} must have at least ${String(issue.minimum)} item(s)`;
      }
      const bound = issue.inclusive ? 'at least' : 'greater than';
      return `${where} must be ${bound} ${String(issue.minimum)}`;
    case 'invalid_value':
      return `Invalid value for ${where}: ${shortJson(issue.input)} - expected one of ${issue.values
        .map((value) => JSON.stringify(value))
        .join(', ')}`;
    case 'custom':
      return issue.message;
    default:
      return `Invalid value for ${where}: ${issue.message}`;
  }
}
