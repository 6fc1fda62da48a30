// The one typed client for the v1 API (paths start with /v1) and Sightline's own
// endpoints (paths start with /sightline). Components never call fetch themselves: they go
// through query hooks that use this client, which the ApiProvider hands down.
import type { ApiErrorBody } from '../../shared/api-types';

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

/** An error answer from the server, carrying its message and status. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ApiErrorBody | null;

  constructor(status: number, message: string, body: ApiErrorBody | null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }

  /** 401 and 403 mean the token is missing, unknown, or may not do this. */
  get isAuthError(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

export interface ApiClientOptions {
  /** Origin and path prefix of the API; '' means the page's own origin. */
  baseUrl?: string;
  getToken: () => string | null;
  /** Called on 401, and on 403 for an unknown token, so the app can return to login. */
  onAuthError?: (error: ApiError) => void;
}

function toSearch(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export class ApiClient {
  private readonly baseUrl: string;
  private readonly getToken: () => string | null;
  private readonly onAuthError: ((error: ApiError) => void) | undefined;

  constructor(options: ApiClientOptions) {
    this.baseUrl = options.baseUrl ?? '';
    this.getToken = options.getToken;
    this.onAuthError = options.onAuthError;
  }

  get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
    return this.request<T>('GET', path + toSearch(query), undefined, signal);
  }

  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('PUT', path, body);
  }

  delete<T = Record<string, never>>(path: string, query?: Query): Promise<T> {
    return this.request<T>('DELETE', path + toSearch(query));
  }

  private async request<T>(
    method: string,
    path: string,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<T> {
    const headers: Record<string, string> = {};
    const token = this.getToken();
    if (token !== null) headers.Authorization = `Basic ${btoa(`${token}:`)}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';

    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        signal: signal ?? null,
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new ApiError(0, 'Cannot reach the Sightline server. Is it running?', null);
    }

    const text = await response.text();
    const parsed = text ? safeParse(text) : {};
    if (response.ok) return parsed as T;

    const errorBody = isErrorBody(parsed) ? parsed : null;
    const message = errorBody?.message ?? `The server answered ${response.status}`;
    const error = new ApiError(response.status, message, errorBody);
    const tokenRejected =
      response.status === 401 ||
      (response.status === 403 && errorBody?.token_status !== 'invalid_permissions');
    if (tokenRejected) this.onAuthError?.(error);
    throw error;
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
