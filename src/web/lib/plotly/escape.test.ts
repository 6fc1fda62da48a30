import { describe, expect, it } from 'vitest';
import { escapePlotlyText } from './escape';

describe('escapePlotlyText', () => {
  it('turns markup tags into entities so they show as typed', () => {
    expect(escapePlotlyText('<b>x</b>')).toBe('&lt;b&gt;x&lt;/b&gt;');
    expect(escapePlotlyText('a<br>b')).toBe('a&lt;br&gt;b');
  });

  it('escapes ampersands first so typed entities stay literal', () => {
    expect(escapePlotlyText('&lt;')).toBe('&amp;lt;');
    expect(escapePlotlyText('R&D')).toBe('R&amp;D');
  });

  it('leaves ordinary text alone', () => {
    expect(escapePlotlyText('worker-7 "fast" 95%')).toBe('worker-7 "fast" 95%');
    expect(escapePlotlyText('')).toBe('');
  });
});
