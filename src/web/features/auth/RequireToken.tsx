import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTokenStore } from './token-store';

/** Sends visitors without a token to the login page, remembering where they were going. */
export function RequireToken({ children }: { children: ReactNode }) {
  const token = useTokenStore((state) => state.token);
  const location = useLocation();
  if (token) return <>{children}</>;
  const next = location.pathname + location.search;
  return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
}
