// The metadata editor keeps every value as the text the user typed. This module turns
// those rows into the metadata object sent to the server, and back.
//
// The rule for types, shown in the editor: a value written as a plain number (JSON's
// number syntax: 42, -0.5, 1e-3) is sent as a number, unless that would lose digits;
// anything else is text. Double quotes around a value keep it as text ("007", "42").
import type { Metadata } from '../../../../shared/api-types';
import { checkMetadata } from '../../../../shared/metadata';

export interface MetadataDraftRow {
  /** Stable identity for React while keys are being edited. */
  id: number;
  key: string;
  value: string;
}

export type DraftValueKind = 'number' | 'text';

const NUMBER_SYNTAX = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const MAX_EXACT_DIGITS = 15;

function significantDigits(text: string): number {
  const mantissa = text
    .replace(/^-/, '')
    .replace(/[eE].*$/, '')
    .replace('.', '');
  return mantissa.replace(/^0+/, '').length;
}

/** True when the text is sent as a number: number syntax, finite, and no digit lost. */
export function readsAsNumber(text: string): boolean {
  if (!NUMBER_SYNTAX.test(text)) return false;
  const value = Number(text);
  if (!Number.isFinite(value)) return false;
  return significantDigits(text) <= MAX_EXACT_DIGITS || String(value) === text;
}

function isQuoted(text: string): boolean {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"');
}

/** The value a typed text stands for, following the rule above. */
export function parseDraftValue(text: string): string | number {
  if (readsAsNumber(text)) return Number(text);
  if (isQuoted(text)) return text.slice(1, -1);
  return text;
}

export function draftValueKind(text: string): DraftValueKind {
  return typeof parseDraftValue(text) === 'number' ? 'number' : 'text';
}

/** The text that parses back to exactly this value (and type). */
export function draftText(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return readsAsNumber(value) || isQuoted(value) ? `"${value}"` : value;
}

let nextRowId = 1;

export function newDraftRow(key = '', value = ''): MetadataDraftRow {
  nextRowId += 1;
  return { id: nextRowId, key, value };
}

export function draftFromMetadata(metadata: Metadata | null): MetadataDraftRow[] {
  return Object.entries(metadata ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => newDraftRow(key, draftText(value)));
}

export type DraftResult =
  | { ok: true; metadata: Metadata | null }
  | { ok: false; messages: string[]; invalidRows: Set<number> };

/** A row the user added and left empty is not a key. */
function isBlank(row: MetadataDraftRow): boolean {
  return row.key === '' && row.value === '';
}

/**
 * The metadata object to send, checked with the server's own rules and messages; an
 * empty table clears the metadata (null). Every broken row is reported, not only the first.
 */
export function draftToMetadata(rows: readonly MetadataDraftRow[]): DraftResult {
  const used = rows.filter((row) => !isBlank(row));
  const messages: string[] = [];
  const invalidRows = new Set<number>();
  const seen = new Map<string, number>();

  for (const row of used) {
    const single = checkMetadata(
      Object.fromEntries([[row.key, parseDraftValue(row.value)]]),
    );
    if (!single.ok) {
      messages.push(single.message);
      invalidRows.add(row.id);
    }
    const earlier = seen.get(row.key);
    if (earlier !== undefined) {
      messages.push(`metadata key "${row.key}" is used twice; each key may appear once`);
      invalidRows.add(row.id).add(earlier);
    }
    seen.set(row.key, row.id);
  }
  if (messages.length > 0) return { ok: false, messages, invalidRows };

  // fromEntries defines own properties, so even a key like "__proto__" stays a key.
  const metadata = Object.fromEntries(
    used.map((row) => [row.key, parseDraftValue(row.value)]),
  );
  const whole = checkMetadata(metadata);
  if (!whole.ok) return { ok: false, messages: [whole.message], invalidRows };
  // The checked copy is not sent: checkMetadata builds it by assignment, which would
  // swallow a "__proto__" key.
  return { ok: true, metadata: used.length === 0 ? null : metadata };
}

/** True when two metadata objects hold the same keys with the same values and types. */
export function sameMetadata(a: Metadata | null, b: Metadata | null): boolean {
  const left = Object.entries(a ?? {});
  const right = b ?? {};
  if (left.length !== Object.keys(right).length) return false;
  return left.every(([key, value]) => Object.hasOwn(right, key) && right[key] === value);
}
