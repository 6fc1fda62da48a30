import { statement, type Db } from './database';
import { readPage, type Page, type PageRequest } from './pager';

export interface SuggestionRow {
  id: number;
  experiment_id: number;
  assignments: string;
  metadata: string | null;
  closed: number;
  deleted: number;
  created: number;
}

export function insertSuggestion(
  db: Db,
  row: Pick<SuggestionRow, 'experiment_id' | 'assignments' | 'metadata' | 'created'>,
): number {
  return Number(
    statement(
      db,
      `INSERT INTO suggestions (experiment_id, assignments, metadata, created)
       VALUES (@experiment_id, @assignments, @metadata, @created)`,
    ).run(row).lastInsertRowid,
  );
}

/** A suggestion of the experiment that is not deleted. */
export function getSuggestion(
  db: Db,
  experimentId: number,
  id: number,
): SuggestionRow | undefined {
  return statement(
    db,
    'SELECT * FROM suggestions WHERE id = ? AND experiment_id = ? AND deleted = 0',
  ).get(id, experimentId) as SuggestionRow | undefined;
}

export interface SuggestionFilter {
  experimentId: number;
  openOnly: boolean;
  deleted: boolean;
  ids: number[] | null;
}

export function listSuggestions(
  db: Db,
  filter: SuggestionFilter,
  request: PageRequest,
): Page<SuggestionRow> {
  const where = ['experiment_id = ?', 'deleted = ?'];
  const params: unknown[] = [filter.experimentId, filter.deleted ? 1 : 0];
  if (filter.openOnly) where.push('closed = 0');
  if (filter.ids) {
    where.push(`id IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filter.ids));
  }
  return readPage<SuggestionRow>(
    db,
    {
      columns: '*',
      from: `FROM suggestions WHERE ${where.join(' AND ')}`,
      params,
      keys: ['id'],
    },
    request,
  );
}

export function setSuggestionMetadata(db: Db, id: number, metadata: string | null): void {
  statement(db, 'UPDATE suggestions SET metadata = ? WHERE id = ?').run(metadata, id);
}

export function deleteSuggestion(db: Db, id: number): void {
  statement(db, 'UPDATE suggestions SET deleted = 1 WHERE id = ?').run(id);
}

export function deleteSuggestions(db: Db, experimentId: number, openOnly: boolean): void {
  const open = openOnly ? ' AND closed = 0' : '';
  statement(db, `UPDATE suggestions SET deleted = 1 WHERE experiment_id = ?${open}`).run(
    experimentId,
  );
}

export function countOpenSuggestions(db: Db, experimentId: number): number {
  return (
    statement(
      db,
      `SELECT count(*) AS n FROM suggestions
       WHERE experiment_id = ? AND deleted = 0 AND closed = 0`,
    ).get(experimentId) as { n: number }
  ).n;
}
