// Building blocks of the request schemas: ids, metadata, assignments.
import { z } from 'zod';
import { checkMetadata } from '../metadata';

/** Ids arrive as integers or strings of digits; both mean the same object. */
export const idSchema = z
  .union([z.number().int().nonnegative(), z.string().regex(/^\d{1,15}$/)])
  .transform((value) => Number(value));

export const positiveInt = z.number().int().positive();

/** Metadata with SigOpt's rules; the parsed value has null-valued keys dropped. */
export const metadataSchema = z.unknown().transform((value, context) => {
  const check = checkMetadata(value);
  if (!check.ok) {
    context.addIssue({ code: 'custom', message: check.message });
    return z.NEVER;
  }
  return check.value;
});

export const assignmentsSchema = z.record(z.string(), z.union([z.number(), z.string()]));

/** Removes keys whose value is null: SigOpt treats them as absent on create. */
export function dropNullKeys(body: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (value !== null) result[key] = value;
  }
  return result;
}
