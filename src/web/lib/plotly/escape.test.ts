import { describe, expect, it } from 'vitest';
import { escapePlotlyText, escapeSceneText } from './escape';

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

describe('escapeSceneText', () => {
  it('breaks every tag the 3D scene would style, keeping the visible characters', () => {
    const escaped = escapeSceneText('<b>x</b> <br> <sup>2</sup>');
    expect(escaped).not.toMatch(/<\/?(b|i|br|sup|sub)>/);
    expect(escaped.replace(/\u200b/g, '')).toBe('<b>x</b> <br> <sup>2</sup>');
  });

  it('leaves entities alone, since the scene shows them literally', () => {
    expect(escapeSceneText('a&amp;b')).toBe('a&amp;b');
  });
});
