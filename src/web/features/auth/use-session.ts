import { useQuery } from '@tanstack/react-query';
import type { SessionInfo } from '../../../shared/api-types';
import { sessionKeys } from '../../api/keys';
import { useApi } from '../../api/provider';
import { useTokenStore } from './token-store';

/** What the current token may do; read-only tokens hide the write actions. */
export function useSession() {
  const client = useApi();
  const token = useTokenStore((state) => state.token) ?? '';
  return useQuery({
    queryKey: sessionKeys.current(token),
    queryFn: ({ signal }) => client.get<SessionInfo>('/sightline/session', {}, signal),
    enabled: token !== '',
    staleTime: Infinity,
  });
}

/** True when the token may write; false while unknown, so write actions stay hidden. */
export function useCanWrite(): boolean {
  return useSession().data?.permission === 'write';
}
