import { statement, type Db } from './database';
import { readPage, type Page, type PageRequest } from './pager';

export interface ExperimentRow {
  id: number;
  client_id: number;
  name: string;
  type: string;
  state: 'active' | 'deleted';
  definition: string;
  metadata: string | null;
  project: string | null;
  observation_budget: number | null;
  parallel_bandwidth: number | null;
  num_solutions: number | null;
  sampler_position: number;
  observation_count: number;
  failed_count: number;
  created: number;
  updated: number;
}

export type NewExperiment = Omit<
  ExperimentRow,
  'id' | 'sampler_position' | 'state' | 'observation_count' | 'failed_count'
>;

export function insertExperiment(db: Db, row: NewExperiment): number {
  const result = statement(
    db,
    `INSERT INTO experiments (client_id, name, type, definition, metadata, project,
       observation_budget, parallel_bandwidth, num_solutions, created, updated)
     VALUES (@client_id, @name, @type, @definition, @metadata, @project,
       @observation_budget, @parallel_bandwidth, @num_solutions, @created, @updated)`,
  ).run(row);
  return Number(result.lastInsertRowid);
}

export function getExperiment(
  db: Db,
  id: number,
  clientId: number,
): ExperimentRow | undefined {
  return statement(db, 'SELECT * FROM experiments WHERE id = ? AND client_id = ?').get(
    id,
    clientId,
  ) as ExperimentRow | undefined;
}

/** The columns an update may change; others keep their stored value. */
export type ExperimentChanges = Partial<
  Pick<
    ExperimentRow,
    | 'name'
    | 'state'
    | 'definition'
    | 'metadata'
    | 'project'
    | 'observation_budget'
    | 'parallel_bandwidth'
    | 'updated'
  >
>;

const UPDATABLE = new Set([
  'name',
  'state',
  'definition',
  'metadata',
  'project',
  'observation_budget',
  'parallel_bandwidth',
  'updated',
]);

export function updateExperiment(db: Db, id: number, changes: ExperimentChanges): void {
  const columns = Object.keys(changes).filter((column) => UPDATABLE.has(column));
  if (columns.length === 0) return;
  const assignments = columns.map((column) => `${column} = @${column}`).join(', ');
  statement(db, `UPDATE experiments SET ${assignments} WHERE id = @id`).run({
    ...changes,
    id,
  });
}

/** Records that an observation changed, so pollers see a new `updated`. */
export function touchExperiment(db: Db, id: number, now: number): void {
  statement(db, 'UPDATE experiments SET updated = max(updated, ?) WHERE id = ?').run(
    now,
    id,
  );
}

/** Reserves `count` positions of the experiment's sampler sequence; returns the first. */
export function advanceSampler(db: Db, id: number, count: number): number {
  const row = statement(
    db,
    `UPDATE experiments SET sampler_position = sampler_position + ? WHERE id = ?
     RETURNING sampler_position`,
  ).get(count, id) as { sampler_position: number };
  return row.sampler_position - count;
}

export interface ExperimentFilter {
  clientId: number;
  state: 'active' | 'deleted' | 'all';
  search: string | null;
  sort: 'id' | 'recent';
  periodStart: number | null;
  periodEnd: number | null;
  metadataKey: string | null;
  metadataValue: string | null;
}

export function listExperiments(
  db: Db,
  filter: ExperimentFilter,
  request: PageRequest,
): Page<ExperimentRow> {
  const where = ['client_id = ?'];
  const params: unknown[] = [filter.clientId];

  if (filter.state !== 'all') {
    where.push('state = ?');
    params.push(filter.state);
  }
  if (filter.search) {
    where.push("name LIKE ? ESCAPE '\\'");
    params.push(`%${filter.search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`);
  }
  if (filter.periodStart !== null) {
    where.push('created >= ?');
    params.push(filter.periodStart);
  }
  if (filter.periodEnd !== null) {
    where.push('created < ?');
    params.push(filter.periodEnd);
  }
  if (filter.metadataKey !== null) {
    // A value given as text matches a stored string or a number with that spelling.
    const value = '(SELECT CAST(value AS TEXT) FROM json_each(metadata) WHERE key = ?)';
    where.push(filter.metadataValue === null ? `${value} IS NOT NULL` : `${value} = ?`);
    params.push(filter.metadataKey);
    if (filter.metadataValue !== null) params.push(filter.metadataValue);
  }

  const keys = filter.sort === 'recent' ? ['updated', 'id'] : ['id'];
  return readPage<ExperimentRow>(
    db,
    { columns: '*', from: `FROM experiments WHERE ${where.join(' AND ')}`, params, keys },
    request,
  );
}
