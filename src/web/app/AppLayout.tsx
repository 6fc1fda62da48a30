import { Link, Outlet } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTokenStore } from '../features/auth/token-store';
import { useSession } from '../features/auth/use-session';
import { POLL_CHOICES_MS, useSettings } from '../stores/settings';

function PollIntervalSetting() {
  const { pollIntervalMs, setPollIntervalMs } = useSettings();
  return (
    <label className="poll-setting">
      Live updates{' '}
      <select
        value={pollIntervalMs}
        onChange={(event) => setPollIntervalMs(Number(event.target.value))}
      >
        {POLL_CHOICES_MS.map((ms) => (
          <option key={ms} value={ms}>
            {ms === 0 ? 'off' : `every ${ms / 1000} s`}
          </option>
        ))}
      </select>
    </label>
  );
}

export function AppLayout() {
  const logOut = useTokenStore((state) => state.logOut);
  const queryClient = useQueryClient();
  const session = useSession();
  return (
    <div className="app">
      <header className="app-header">
        <Link to="/" className="brand">
          Sightline
        </Link>
        <nav>
          <Link to="/">Experiments</Link>
        </nav>
        <div className="header-tools">
          <PollIntervalSetting />
          {session.data ? (
            <span className="muted" title="What this token may do">
              {session.data.permission === 'write' ? 'read & write' : 'read only'}
            </span>
          ) : null}
          <button
            type="button"
            onClick={() => {
              logOut();
              queryClient.clear();
            }}
          >
            Log out
          </button>
        </div>
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
