import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('writes plain text and numbers unchanged', () => {
    expect(csvCell('i-3')).toBe('i-3');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(-0.5)).toBe('-0.5');
  });

  it('writes missing values as empty cells', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])(
    'prefixes the formula-like text %j with a single quote',
    (text) => {
      expect(csvCell(text).replace(/^"/, '').startsWith(`'${text[0]}`)).toBe(true);
    },
  );

  it('defuses a formula hidden behind quoting', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(
      `"'=HYPERLINK(""http://x"",""y"")"`,
    );
  });

  it('quotes separators, quotes, line breaks and edge spaces', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded')).toBe('" padded"');
  });

  it('keeps text that only contains a formula character later on', () => {
    expect(csvCell('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('joins a header and rows with CRLF line ends', () => {
    const text = toCsv(
      ['id', 'note'],
      [
        [1, '=cmd'],
        [2, null],
      ],
    );
    expect(text).toBe("id,note\r\n1,'=cmd\r\n2,\r\n");
  });
});
