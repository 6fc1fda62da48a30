import { expect, it } from 'vitest';
import { loggable } from './app';

it('masks a token in a logged URL and leaves other parameters alone', () => {
  expect(loggable('/login?token=s3cret&next=%2F')).toBe('/login?token=***&next=%2F');
  expect(loggable('/x?a=1&TOKEN=abc')).toBe('/x?a=1&TOKEN=***');
  expect(loggable('/v1/experiments?limit=5')).toBe('/v1/experiments?limit=5');
});
