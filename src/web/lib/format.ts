// Formatting of times, durations and numbers shared by every screen.

export function formatExact(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toLocaleString();
}

/** "2 h 14 min", "45 s", "3 d 2 h": two units at most. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return `${days} d ${hours % 24} h`;
}

export function formatRelative(unixSeconds: number, nowMs: number): string {
  const seconds = Math.round(nowMs / 1000 - unixSeconds);
  if (seconds < 10) return 'just now';
  return `${formatDuration(seconds)} ago`;
}

/** Up to 6 significant digits, without trailing noise; integers stay integers. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e6 || abs < 1e-4)) return value.toExponential(4);
  return String(Number(value.toPrecision(6)));
}
