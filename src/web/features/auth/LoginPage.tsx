import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiClient } from '../../api/client';
import type { SessionInfo } from '../../../shared/api-types';
import { useTokenStore } from './token-store';

/** Only paths inside the app are followed after login, never another origin. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

async function checkToken(token: string): Promise<SessionInfo> {
  const client = new ApiClient({ getToken: () => token });
  return client.get<SessionInfo>('/sightline/session');
}

export function LoginPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const { logIn, reason } = useTokenStore();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const next = safeNext(params.get('next'));

  async function submit(candidate: string) {
    setChecking(true);
    setError(null);
    try {
      await checkToken(candidate);
      logIn(candidate);
      navigate(next, { replace: true });
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setChecking(false);
    }
  }

  // The login link printed by `npm start` carries the token; take it out of the URL
  // at once so it does not stay in the history.
  const linkToken = params.get('token');
  useEffect(() => {
    if (!linkToken) return;
    const rest = new URLSearchParams(params);
    rest.delete('token');
    setParams(rest, { replace: true });
    setToken(linkToken);
    void submit(linkToken);
    // Runs once per link token; submit() needs nothing else from this render.
  }, [linkToken]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = token.trim();
    if (trimmed) void submit(trimmed);
  }

  return (
    <div className="login-page">
      <form className="login-card" onSubmit={onSubmit}>
        <h1>Sightline</h1>
        <p className="muted">
          Paste an API token, or open the login link that <code>npm start</code> printed.
        </p>
        {reason && !error ? <p className="error-message" role="alert">{reason}</p> : null}
        {error ? <p className="error-message" role="alert">{error}</p> : null}
        <label>
          API token
          <input
            name="token"
            type="password"
            autoComplete="off"
            value={token}
            onChange={(event) => setToken(event.target.value)}
            autoFocus
          />
        </label>
        <button type="submit" disabled={checking || token.trim() === ''}>
          {checking ? 'Checking…' : 'Log in'}
        </button>
      </form>
    </div>
  );
}
