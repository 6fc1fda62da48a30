import type { Metadata } from '../../shared/api-types';

/** Metadata keys used by any row, in natural order ("gpu2" before "gpu10"). */
export function metadataKeysOf(rows: readonly { metadata: Metadata | null }[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) {
    if (!row.metadata) continue;
    for (const key in row.metadata) keys.add(key);
  }
  return [...keys].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}
