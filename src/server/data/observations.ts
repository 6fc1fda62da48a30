import { statement, type Db } from './database';
import { readPage, type Page, type PageRequest } from './pager';

export interface ObservationRow {
  id: number;
  experiment_id: number;
  suggestion_id: number | null;
  assignments: string;
  metric_values: string;
  failed: number;
  metadata: string | null;
  objective_value: number | null;
  deleted: number;
  created: number;
}

export type ObservationFields = Omit<ObservationRow, 'id' | 'deleted'>;

const INSERT_SQL = `INSERT INTO observations
  (experiment_id, suggestion_id, assignments, metric_values, failed, metadata,
   objective_value, created)
  VALUES (@experiment_id, @suggestion_id, @assignments, @metric_values, @failed, @metadata,
   @objective_value, @created)`;

// Triggers (migration 3) keep the experiment's counts and `updated` time and the
// closed flag of suggestions in step with every insert and update below.

/**
 * Inserts observations. One row is one statement, a transaction of its own; several
 * are wrapped in one transaction (a savepoint when the caller already opened one).
 */
export function insertObservations(db: Db, rows: ObservationFields[]): number[] {
  const insert = statement(db, INSERT_SQL);
  const insertOne = (row: ObservationFields) => Number(insert.run(row).lastInsertRowid);
  if (rows.length === 1) return [insertOne(rows[0] as ObservationFields)];
  return db.transaction(() => rows.map(insertOne))();
}

export function replaceObservation(
  db: Db,
  stored: ObservationRow,
  row: ObservationFields,
): void {
  statement(
    db,
    `UPDATE observations SET suggestion_id = @suggestion_id, assignments = @assignments,
       metric_values = @metric_values, failed = @failed, metadata = @metadata,
       objective_value = @objective_value, created = @created
     WHERE id = @id`,
  ).run({ ...row, id: stored.id });
}

export function getObservation(
  db: Db,
  experimentId: number,
  id: number,
): ObservationRow | undefined {
  return statement(
    db,
    'SELECT * FROM observations WHERE id = ? AND experiment_id = ? AND deleted = 0',
  ).get(id, experimentId) as ObservationRow | undefined;
}

/** How a list is ordered: SQL key expressions (never NULL) and their named parameters. */
export interface ObservationSort {
  keys: string[];
  params?: Record<string, unknown>;
}

export function listObservations(
  db: Db,
  experimentId: number,
  deleted: boolean,
  sort: ObservationSort,
  request: PageRequest,
): Page<ObservationRow> {
  const count = deleted ? undefined : countObservations(db, experimentId).total;
  return readPage<ObservationRow>(
    db,
    {
      columns: '*',
      from: 'FROM observations WHERE experiment_id = ? AND deleted = ?',
      params: [experimentId, deleted ? 1 : 0],
      keys: sort.keys,
      ...(sort.params ? { keyParams: sort.params } : {}),
      ...(count === undefined ? {} : { count }),
    },
    request,
  );
}

export function deleteObservation(db: Db, stored: ObservationRow): void {
  statement(db, 'UPDATE observations SET deleted = 1 WHERE id = ?').run(stored.id);
}

export function deleteAllObservations(db: Db, experimentId: number): void {
  statement(
    db,
    'UPDATE observations SET deleted = 1 WHERE experiment_id = ? AND deleted = 0',
  ).run(experimentId);
}

export interface ObservationCounts {
  total: number;
  failed: number;
}

/** Non-deleted observations of the experiment, and how many of them failed. */
export function countObservations(db: Db, experimentId: number): ObservationCounts {
  const counts = statement(
    db,
    'SELECT observation_count AS total, failed_count AS failed FROM experiments WHERE id = ?',
  ).get(experimentId) as ObservationCounts | undefined;
  return counts ?? { total: 0, failed: 0 };
}

export function firstObservation(
  db: Db,
  experimentId: number,
): ObservationRow | undefined {
  return statement(
    db,
    'SELECT * FROM observations WHERE experiment_id = ? AND deleted = 0 ORDER BY id LIMIT 1',
  ).get(experimentId) as ObservationRow | undefined;
}

export function lastObservation(
  db: Db,
  experimentId: number,
): ObservationRow | undefined {
  return statement(
    db,
    'SELECT * FROM observations WHERE experiment_id = ? AND deleted = 0 ORDER BY id DESC LIMIT 1',
  ).get(experimentId) as ObservationRow | undefined;
}

/** The observation with the highest (or lowest) objective value; ties go to the oldest. */
export function bestByObjective(
  db: Db,
  experimentId: number,
  maximize: boolean,
): ObservationRow | undefined {
  const direction = maximize ? 'DESC' : 'ASC';
  return statement(
    db,
    `SELECT * FROM observations
     WHERE experiment_id = ? AND deleted = 0 AND objective_value IS NOT NULL
     ORDER BY objective_value ${direction}, id ASC LIMIT 1`,
  ).get(experimentId) as ObservationRow | undefined;
}

/** Every non-failed, non-deleted observation, for selections an index cannot answer. */
export function successfulObservations(db: Db, experimentId: number): ObservationRow[] {
  return statement(
    db,
    'SELECT * FROM observations WHERE experiment_id = ? AND deleted = 0 AND failed = 0',
  ).all(experimentId) as ObservationRow[];
}
