import { describe, expect, it } from 'vitest';
import {
  draftFromMetadata,
  draftText,
  draftToMetadata,
  newDraftRow,
  parseDraftValue,
  readsAsNumber,
  sameMetadata,
} from './metadata-draft';

describe('the number rule of the metadata editor', () => {
  it('sends plain numbers as numbers', () => {
    expect(parseDraftValue('42')).toBe(42);
    expect(parseDraftValue('-0.5')).toBe(-0.5);
    expect(parseDraftValue('1e-3')).toBe(0.001);
    expect(parseDraftValue('0.30000000000000004')).toBe(0.30000000000000004);
  });

  it('keeps text that only looks numeric as text', () => {
    for (const text of ['007', '.5', '+1', '1.', '0x10', 'Infinity', ' 42', '42 ', '']) {
      expect(readsAsNumber(text), text).toBe(false);
      expect(parseDraftValue(text)).toBe(text);
    }
  });

  it('keeps integers too long to hold exactly as text', () => {
    expect(parseDraftValue('12345678901234567890')).toBe('12345678901234567890');
  });

  it('strips one pair of double quotes to force text', () => {
    expect(parseDraftValue('"42"')).toBe('42');
    expect(parseDraftValue('""')).toBe('');
    expect(parseDraftValue('"')).toBe('"');
  });

  it('writes every value so that it parses back to the same value and type', () => {
    const values = [
      42,
      0.1,
      -3.5e-12,
      1e21,
      '42',
      'xgboost',
      '"quoted"',
      '',
      '007',
      '1e3',
    ];
    for (const value of values) {
      expect(parseDraftValue(draftText(value))).toBe(value);
    }
  });
});

describe('draftToMetadata', () => {
  it('turns rows into metadata, dropping untouched blank rows', () => {
    const rows = [
      newDraftRow('model', 'xgboost'),
      newDraftRow('epochs', '30'),
      newDraftRow(),
    ];
    expect(draftToMetadata(rows)).toEqual({
      ok: true,
      metadata: { model: 'xgboost', epochs: 30 },
    });
  });

  it('clears metadata when no rows are left', () => {
    expect(draftToMetadata([newDraftRow()])).toEqual({ ok: true, metadata: null });
  });

  it("refuses a 101-character key with the server's message and marks the row", () => {
    const long = newDraftRow('k'.repeat(101), 'v');
    const result = draftToMetadata([newDraftRow('ok', '1'), long]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toContain(
      'is 101 characters long; keys may have at most 100',
    );
    expect([...result.invalidRows]).toEqual([long.id]);
  });

  it('refuses a key used twice and a 501-character text value', () => {
    const a = newDraftRow('a', '1');
    const b = newDraftRow('a', '2');
    const c = newDraftRow('note', 'x'.repeat(501));
    const result = draftToMetadata([a, b, c]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.messages.join('\n')).toMatch(/used twice/);
    expect(result.messages.join('\n')).toMatch(/string values may have at most 500/);
    expect([...result.invalidRows].sort()).toEqual([a.id, b.id, c.id].sort());
  });

  it('refuses more than 100 keys', () => {
    const rows = Array.from({ length: 101 }, (_, index) => newDraftRow(`k${index}`, '1'));
    const result = draftToMetadata(rows);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.messages[0]).toContain('at most 100 are allowed');
  });

  it('keeps a key named __proto__ as an ordinary key', () => {
    const result = draftToMetadata([newDraftRow('__proto__', 'x')]);
    expect(result.ok && Object.keys(result.metadata ?? {})).toEqual(['__proto__']);
  });

  it('round-trips stored metadata through the editor unchanged', () => {
    const stored = { model: 'xgboost', seed: 7, commit: '0123', ratio: 0.25 };
    const result = draftToMetadata(draftFromMetadata(stored));
    expect(result.ok && sameMetadata(result.metadata, stored)).toBe(true);
  });
});

describe('sameMetadata', () => {
  it('tells a number from the same digits as text', () => {
    expect(sameMetadata({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameMetadata({ a: 1 }, { a: 1 })).toBe(true);
    expect(sameMetadata(null, {})).toBe(true);
    expect(sameMetadata({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});
