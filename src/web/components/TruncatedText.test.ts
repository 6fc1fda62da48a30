import { describe, expect, it } from 'vitest';
import { truncateText } from './TruncatedText';

describe('truncateText', () => {
  it('keeps text up to the limit whole', () => {
    expect(truncateText('abcdef', 6)).toBe('abcdef');
  });

  it('cuts longer text to the limit, ellipsis included', () => {
    expect(truncateText('abcdefgh', 6)).toBe('abcde…');
    expect(truncateText('abcdefgh', 6)).toHaveLength(6);
  });

  it('counts an emoji as one character and never splits it', () => {
    expect(truncateText('😀😀😀', 3)).toBe('😀😀😀');
    expect(truncateText('😀😀😀😀', 3)).toBe('😀😀…');
  });
});
