// JSON text of stored rows. Observations and suggestions are written by concatenating
// the JSON the database already holds (assignments, values, metadata), because lists
// of thousands of them are the hot path of every client.
import type { ObservationRow } from '../data/observations';
import type { SuggestionRow } from '../data/suggestions';

const idOrNull = (id: number | null) => (id === null ? 'null' : `"${id}"`);

export function observationJson(row: ObservationRow): string {
  return (
    `{"assignments":${row.assignments},"created":${row.created},` +
    `"experiment":"${row.experiment_id}","failed":${row.failed ? 'true' : 'false'},` +
    `"id":"${row.id}","metadata":${row.metadata ?? 'null'},"object":"observation",` +
    `"suggestion":${idOrNull(row.suggestion_id)},"values":${row.metric_values}}`
  );
}

export function suggestionJson(row: SuggestionRow): string {
  return (
    `{"assignments":${row.assignments},"created":${row.created},` +
    `"deleted":${row.deleted ? 'true' : 'false'},"experiment":"${row.experiment_id}",` +
    `"id":"${row.id}","metadata":${row.metadata ?? 'null'},"object":"suggestion",` +
    `"state":"${row.closed ? 'closed' : 'open'}"}`
  );
}

/** A pagination object around items that are already JSON text. */
export function paginationJson(
  items: string[],
  count: number,
  paging: { before: string | null; after: string | null },
): string {
  return (
    `{"count":${count},"data":[${items.join(',')}],"object":"pagination",` +
    `"paging":${JSON.stringify({ before: paging.before, after: paging.after })}}`
  );
}
