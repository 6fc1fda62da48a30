// Request bodies of suggestion and observation writes.
import { z } from 'zod';
import { assignmentsSchema, idSchema, metadataSchema } from './common';

export const suggestionCreateSchema = z.object({
  assignments: assignmentsSchema.nullable().optional(),
  metadata: metadataSchema.optional(),
  task: z.unknown().optional(),
});

export const suggestionUpdateSchema = z.object({
  metadata: metadataSchema.optional(),
});

export const metricValueInputSchema = z.strictObject({
  name: z.string().nullable().optional(),
  value: z.number(),
  value_stddev: z.number().nonnegative().nullable().optional(),
  object: z.literal('metric_evaluation').optional(),
});
export type MetricValueInput = z.infer<typeof metricValueInputSchema>;

const observationFields = {
  suggestion: idSchema.nullable().optional(),
  assignments: assignmentsSchema.nullable().optional(),
  values: z.array(metricValueInputSchema).max(50).nullable().optional(),
  failed: z.boolean().nullable().optional(),
  metadata: metadataSchema.optional(),
  task: z.unknown().optional(),
  no_optimize: z.boolean().nullable().optional(),
};

export const observationWriteSchema = z.strictObject(observationFields);
export type ObservationWriteBody = z.infer<typeof observationWriteSchema>;

/** Most observations one batch call may create. */
export const BATCH_LIMIT = 2500;

export const observationBatchSchema = z.strictObject({
  observations: z.array(z.unknown()).min(1).max(BATCH_LIMIT),
  dry_run: z.boolean().optional(),
  no_optimize: z.boolean().optional(),
});
