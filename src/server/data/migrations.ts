// Numbered schema migrations. Each runs once, in order, inside a transaction; the
// database's user_version records how many have been applied. Never edit a released
// migration: add a new one.

export const migrations: string[] = [
  // 1: clients, tokens, experiments, suggestions, observations.
  `
  CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created INTEGER NOT NULL
  );

  CREATE TABLE tokens (
    token TEXT PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    permission TEXT NOT NULL CHECK (permission IN ('read', 'write')),
    created INTEGER NOT NULL
  );

  CREATE TABLE experiments (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id),
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'deleted')),
    -- parameters, metrics and the rest of the definition, as one JSON document
    definition TEXT NOT NULL,
    metadata TEXT,
    project TEXT,
    observation_budget INTEGER,
    parallel_bandwidth INTEGER,
    num_solutions INTEGER,
    -- how many assignments the sampler has generated: its position in the sequence
    sampler_position INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL
  );
  CREATE INDEX experiments_by_client_state ON experiments (client_id, state, id);
  CREATE INDEX experiments_by_client_updated ON experiments (client_id, updated, id);

  CREATE TABLE suggestions (
    id INTEGER PRIMARY KEY,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id),
    assignments TEXT NOT NULL,
    metadata TEXT,
    -- set once any observation (even a later deleted one) names this suggestion
    closed INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL
  );
  CREATE INDEX suggestions_by_experiment ON suggestions (experiment_id, deleted, closed, id);

  CREATE TABLE observations (
    id INTEGER PRIMARY KEY,
    experiment_id INTEGER NOT NULL REFERENCES experiments(id),
    suggestion_id INTEGER REFERENCES suggestions(id),
    assignments TEXT NOT NULL,
    -- the metric_evaluation objects as the API returns them, sorted by metric name
    metric_values TEXT NOT NULL,
    failed INTEGER NOT NULL DEFAULT 0,
    metadata TEXT,
    -- value of the first optimized metric, kept in a column so best and sorts use an index
    objective_value REAL,
    deleted INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL
  );
  CREATE INDEX observations_by_experiment ON observations (experiment_id, deleted, id);
  CREATE INDEX observations_by_objective
    ON observations (experiment_id, deleted, objective_value, id);
  CREATE INDEX observations_by_created ON observations (experiment_id, deleted, created, id);
  CREATE INDEX observations_failed ON observations (experiment_id, deleted, failed);
  CREATE INDEX observations_by_suggestion ON observations (suggestion_id);
  `,

  // 2: per-experiment observation counts, kept by the data module on every write, so
  // lists and progress need not count 100,000 rows per request; the index that served
  // the failed count is no longer needed.
  `
  ALTER TABLE experiments ADD COLUMN observation_count INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE experiments ADD COLUMN failed_count INTEGER NOT NULL DEFAULT 0;
  UPDATE experiments SET
    observation_count = (SELECT count(*) FROM observations o
      WHERE o.experiment_id = experiments.id AND o.deleted = 0),
    failed_count = (SELECT count(*) FROM observations o
      WHERE o.experiment_id = experiments.id AND o.deleted = 0 AND o.failed = 1);
  DROP INDEX observations_failed;
  `,

  // 3: triggers keep the counts, the experiment's `updated` time and the closed flag of
  // suggestions in step with every observation write, inside the writing statement, so
  // a single insert is a complete transaction. Two indexes that only slowed writes go.
  `
  DROP INDEX experiments_by_client_updated;
  DROP INDEX observations_by_suggestion;

  CREATE TRIGGER observation_inserted AFTER INSERT ON observations BEGIN
    UPDATE experiments SET
      observation_count = observation_count + (NEW.deleted = 0),
      failed_count = failed_count + (NEW.deleted = 0 AND NEW.failed = 1),
      updated = max(updated, NEW.created)
    WHERE id = NEW.experiment_id;
    UPDATE suggestions SET closed = 1 WHERE id = NEW.suggestion_id AND closed = 0;
  END;

  CREATE TRIGGER observation_changed AFTER UPDATE OF deleted, failed, suggestion_id
  ON observations BEGIN
    UPDATE experiments SET
      observation_count = observation_count + (NEW.deleted = 0) - (OLD.deleted = 0),
      failed_count = failed_count + (NEW.deleted = 0 AND NEW.failed = 1)
        - (OLD.deleted = 0 AND OLD.failed = 1)
    WHERE id = NEW.experiment_id;
    UPDATE suggestions SET closed = 1 WHERE id = NEW.suggestion_id AND closed = 0;
  END;
  `,
];
