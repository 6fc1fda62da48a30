// Suggestions: generated from the experiment's sampler, or given by the client.
import type { Db } from '../data/database';
import { advanceSampler } from '../data/experiments';
import {
  getSuggestion,
  insertSuggestion,
  setSuggestionMetadata,
  type SuggestionRow,
} from '../data/suggestions';
import type { Metadata } from '../../shared/api-types';
import { badRequest, notFound } from '../http/errors';
import { checkAssignments } from './assignments';
import type { LoadedExperiment } from './experiments';
import { sampleAssignments } from './sampler';

export interface SuggestionInput {
  assignments?: Record<string, number | string> | null | undefined;
  metadata?: Metadata | null | undefined;
}

export function createSuggestion(
  db: Db,
  experiment: LoadedExperiment,
  input: SuggestionInput,
  now: number,
): number {
  const { row, definition } = experiment;
  if (row.state === 'deleted') {
    throw badRequest(`Cannot create suggestions for deleted experiment ${row.id}`);
  }

  const assignments = input.assignments
    ? checkAssignments(definition, input.assignments)
    : sampleAssignments(row, definition, advanceSampler(db, row.id, 1));

  return insertSuggestion(db, {
    experiment_id: row.id,
    assignments: JSON.stringify(assignments),
    metadata: input.metadata ? JSON.stringify(input.metadata) : null,
    created: now,
  });
}

export function findSuggestion(db: Db, experimentId: number, id: number): SuggestionRow {
  const suggestion = getSuggestion(db, experimentId, id);
  if (!suggestion) throw notFound();
  return suggestion;
}

/** Metadata replaces the whole map; null clears it; undefined keeps it. */
export function updateSuggestionMetadata(
  db: Db,
  suggestion: SuggestionRow,
  metadata: Metadata | null | undefined,
): void {
  if (metadata === undefined) return;
  setSuggestionMetadata(
    db,
    suggestion.id,
    metadata === null ? null : JSON.stringify(metadata),
  );
}
