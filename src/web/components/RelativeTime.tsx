import { useNow } from '../lib/use-now';
import { formatExact, formatRelative } from '../lib/format';

/** "3 min ago", with the exact local time on hover. `unixSeconds` as the API sends it. */
export function RelativeTime({ unixSeconds }: { unixSeconds: number }) {
  const now = useNow(30_000);
  return (
    <time dateTime={new Date(unixSeconds * 1000).toISOString()} title={formatExact(unixSeconds)}>
      {formatRelative(unixSeconds, now)}
    </time>
  );
}
