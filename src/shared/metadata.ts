// The metadata rules SigOpt documented, shared by the server (which enforces them) and
// the dashboard (which checks an edit before sending it, with the same messages).
import type { Metadata } from './api-types';

export const METADATA_MAX_KEYS = 100;
export const METADATA_MAX_KEY_LENGTH = 100;
export const METADATA_MAX_STRING_LENGTH = 500;

export type MetadataCheck =
  { ok: true; value: Metadata | null } | { ok: false; message: string };

/** Lengths are counted in code points, so an emoji counts once, as SigOpt counted them. */
export function textLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'boolean') return 'a boolean';
  return `a ${typeof value}`;
}

function shortKey(key: string): string {
  return textLength(key) > 40 ? `${[...key].slice(0, 40).join('')}…` : key;
}

/**
 * Checks a metadata value from a request body. `null` clears metadata; keys whose value
 * is null are dropped (after the key count is checked, as SigOpt did).
 */
export function checkMetadata(input: unknown, field = 'metadata'): MetadataCheck {
  if (input === null) return { ok: true, value: null };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return {
      ok: false,
      message:
        `${field} must be an object of keys to strings or numbers (or null), ` +
        `not ${describeType(input)}`,
    };
  }

  const entries = Object.entries(input as Record<string, unknown>);
  if (entries.length > METADATA_MAX_KEYS) {
    return {
      ok: false,
      message: `${field} has ${entries.length} keys; at most ${METADATA_MAX_KEYS} are allowed`,
    };
  }

  // Collected as entries so that a key such as "__proto__" stays an ordinary key.
  const kept: Array<[string, string | number]> = [];
  for (const [key, item] of entries) {
    const keyLength = textLength(key);
    if (keyLength > METADATA_MAX_KEY_LENGTH) {
      return {
        ok: false,
        message:
          `${field} key "${shortKey(key)}" is ${keyLength} characters long; ` +
          `keys may have at most ${METADATA_MAX_KEY_LENGTH}`,
      };
    }
    if (item === null) continue;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) {
        return {
          ok: false,
          message: `${field}.${shortKey(key)} must be a finite number`,
        };
      }
      kept.push([key, item]);
      continue;
    }
    if (typeof item !== 'string') {
      return {
        ok: false,
        message:
          `${field}.${shortKey(key)} is ${describeType(item)}; ` +
          'values must be strings or numbers',
      };
    }
    const length = textLength(item);
    if (length > METADATA_MAX_STRING_LENGTH) {
      return {
        ok: false,
        message:
          `${field}.${shortKey(key)} is ${length} characters long; ` +
          `string values may have at most ${METADATA_MAX_STRING_LENGTH}`,
      };
    }
    kept.push([key, item]);
  }
  return { ok: true, value: Object.fromEntries(kept) as Metadata };
}
