import { ApiError } from '../api/client';

/** Shows what went wrong in the server's own words. */
export function ErrorMessage({ error, action }: { error: unknown; action?: string }) {
  const message = error instanceof Error ? error.message : String(error);
  const status = error instanceof ApiError && error.status > 0 ? ` (${error.status})` : '';
  return (
    <div className="error-message" role="alert">
      {action ? <strong>{action} failed{status}: </strong> : null}
      <span>{message}</span>
    </div>
  );
}
