// Request bodies of experiment create and update. Shapes only; the rules that relate
// fields to each other live in the server's experiment definition module.
import { z } from 'zod';
import { metadataSchema, positiveInt } from './common';

const boundsSchema = z.strictObject({
  min: z.number(),
  max: z.number(),
  object: z.literal('bounds').optional(),
});

const categoricalValueSchema = z.union([z.string(), z.object({ name: z.string() })]);

const priorSchema = z.union([
  z.strictObject({
    name: z.literal('normal'),
    mean: z.number(),
    scale: z.number().positive(),
    object: z.literal('normal_prior').optional(),
  }),
  z.strictObject({
    name: z.literal('beta'),
    shape_a: z.number().positive(),
    shape_b: z.number().positive(),
    object: z.literal('beta_prior').optional(),
  }),
]);

// Unknown keys inside a parameter (such as `precision`, which the Python client's
// examples send) are dropped, as SigOpt did, rather than refused.
export const parameterInputSchema = z.object({
  name: z.string().min(1).max(100),
  type: z.enum(['double', 'int', 'categorical']),
  bounds: boundsSchema.nullable().optional(),
  categorical_values: z.array(categoricalValueSchema).nullable().optional(),
  grid: z
    .array(z.union([z.number(), z.string()]))
    .nullable()
    .optional(),
  transformation: z.enum(['log', 'none']).nullable().optional(),
  default_value: z.union([z.number(), z.string()]).nullable().optional(),
  prior: priorSchema.nullable().optional(),
  conditions: z.record(z.string(), z.unknown()).optional(),
});
export type ParameterInput = z.infer<typeof parameterInputSchema>;

export const metricInputSchema = z.union([
  z.string(),
  z.strictObject({
    name: z.string().max(100).nullable().optional(),
    objective: z.enum(['maximize', 'minimize']).optional(),
    strategy: z.enum(['optimize', 'store', 'constraint']).optional(),
    threshold: z.number().nullable().optional(),
    object: z.literal('metric').optional(),
  }),
]);
export type MetricInput = z.infer<typeof metricInputSchema>;

export const experimentCreateSchema = z.strictObject({
  name: z.string(),
  type: z.enum(['offline', 'random', 'grid']).optional(),
  parameters: z.array(parameterInputSchema).max(100).optional(),
  metrics: z.array(metricInputSchema).max(50).optional(),
  observation_budget: positiveInt.nullable().optional(),
  parallel_bandwidth: positiveInt.nullable().optional(),
  num_solutions: positiveInt.nullable().optional(),
  metadata: metadataSchema.optional(),
  project: z.string().max(100).nullable().optional(),
  conditionals: z.array(z.unknown()).nullable().optional(),
  linear_constraints: z.array(z.unknown()).nullable().optional(),
  tasks: z.array(z.unknown()).nullable().optional(),
  runs_only: z.boolean().optional(),
});
export type ExperimentCreateBody = z.infer<typeof experimentCreateSchema>;

export const experimentUpdateSchema = z.strictObject({
  name: z.string().optional(),
  state: z.enum(['active', 'deleted']).optional(),
  project: z.string().max(100).nullable().optional(),
  observation_budget: positiveInt.nullable().optional(),
  parallel_bandwidth: positiveInt.nullable().optional(),
  metadata: metadataSchema.optional(),
  metrics: z.array(metricInputSchema).optional(),
  parameters: z.array(z.unknown()).optional(),
  no_optimize: z.boolean().optional(),
});
export type ExperimentUpdateBody = z.infer<typeof experimentUpdateSchema>;
