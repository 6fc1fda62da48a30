import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExperiment, READ_TOKEN, startHarness, type Harness } from './harness';

let harness: Harness;
let experimentId: string;
beforeAll(async () => {
  harness = await startHarness();
  experimentId = (await createExperiment(harness)).id;
});
afterAll(() => harness.close());

async function observationCount() {
  return (
    await harness.call('GET', `/v1/experiments/${experimentId}/observations?limit=0`)
  ).body.count;
}

describe('authentication', () => {
  it('answers 401 with no header, 400 for an unreadable one, 403 for unknown tokens', async () => {
    const none = await harness.call('GET', '/v1/experiments', { token: null });
    expect(none.status).toBe(401);
    expect(none.body.message).toMatch(/No API token provided/);

    const bearer = await harness.call('GET', '/v1/experiments', { header: 'Bearer abc' });
    expect(bearer.status).toBe(400);
    expect(bearer.body.message).toMatch(/Could not parse API token/);

    const unknown = await harness.call('GET', '/v1/experiments', { token: 'nope' });
    expect(unknown.status).toBe(403);
    expect(unknown.body).toMatchObject({ status: 403, token_status: 'revoked' });
  });

  it('lets a read-only token read but not write', async () => {
    const read = await harness.call('GET', `/v1/experiments/${experimentId}`, {
      token: READ_TOKEN,
    });
    expect(read.status).toBe(200);
    const write = await harness.call(
      'POST',
      `/v1/experiments/${experimentId}/suggestions`,
      {
        token: READ_TOKEN,
      },
    );
    expect(write.status).toBe(403);
    expect(write.body.token_status).toBe('invalid_permissions');
  });

  it('answers 404 for ids that do not exist or are not numbers', async () => {
    const missing = await harness.call('GET', '/v1/experiments/999999');
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe('The requested resource could not be found');
    const word = await harness.call('GET', '/v1/experiments/abc/observations');
    expect(word.status).toBe(404);
    expect(word.body.message).toMatch(/"abc": ids are whole numbers/);
    const route = await harness.call('GET', '/v1/nothing-here');
    expect(route.status).toBe(404);
    expect(route.body.message).toBe('Endpoint not found: /v1/nothing-here');
  });

  it('serves //v1 paths, as a SIGOPT_API_URL with a trailing slash produces', async () => {
    const reply = await harness.call('GET', `//v1/experiments/${experimentId}`);
    expect(reply.status).toBe(200);
    expect(reply.body.id).toBe(experimentId);
  });

  it('answers 405 naming the allowed methods', async () => {
    const reply = await harness.call('PUT', '/v1/experiments');
    expect(reply.status).toBe(405);
    expect(reply.body.message).toMatch(/use GET, POST/);
  });
});

describe('bad request bodies never cause a 500 and write nothing', () => {
  const path = () => `/v1/experiments/${experimentId}/observations`;
  const valid = { assignments: { x: 0.5, n: 2, kind: 'a' }, values: [{ value: 1 }] };

  const cases: Array<[string, { raw?: string; body?: unknown }, RegExp]> = [
    ['malformed JSON', { raw: '{"assignments": ' }, /not valid JSON/],
    [
      'NaN',
      {
        raw: '{"assignments": {"x": NaN, "n": 2, "kind": "a"}, "values": [{"value": 1}]}',
      },
      /not valid JSON/,
    ],
    [
      'Infinity',
      {
        raw: '{"assignments": {"x": 0.5, "n": 2, "kind": "a"}, "values": [{"value": Infinity}]}',
      },
      /not valid JSON/,
    ],
    ['an array body', { body: [valid] }, /must be a JSON object, not an array/],
    [
      'a NUL in a string',
      { body: { ...valid, metadata: { note: 'a\u0000b' } } },
      /NUL character/,
    ],
    ['a string body', { body: 'hello' }, /must be a JSON object, not string/],
    [
      'a wrong type',
      { body: { ...valid, failed: 'yes' } },
      /Invalid type for \.failed: "yes" - expected type boolean/,
    ],
    ['an unknown key', { body: { ...valid, value: 3 } }, /Unknown json keys `value`/],
    [
      'an unknown parameter',
      { body: { ...valid, assignments: { ...valid.assignments, y: 1 } } },
      /Unknown parameter names in assignments: `y`/,
    ],
    [
      'a missing parameter',
      { body: { ...valid, assignments: { x: 0.5, n: 2 } } },
      /missing the parameter `kind`/,
    ],
    [
      'a negative stddev',
      { body: { ...valid, values: [{ value: 1, value_stddev: -1 }] } },
      /value_stddev must be at least 0/,
    ],
    [
      'an unknown suggestion',
      { body: { suggestion: '99999', values: [{ value: 1 }] } },
      /No suggestion: 99999/,
    ],
  ];

  it.each(cases)(
    'refuses %s with a 400 that names the problem',
    async (_label, input, message) => {
      const before = await observationCount();
      const reply = await harness.call('POST', path(), input);
      expect(reply.status).toBe(400);
      expect(reply.body.status).toBe(400);
      expect(reply.body.message).toMatch(message);
      expect(await observationCount()).toBe(before);
    },
  );

  it('refuses limits over 1000, negative limits and empty or foreign markers', async () => {
    const over = await harness.call('GET', `${path()}?limit=1001`);
    expect(over.status).toBe(400);
    expect(over.body.message).toBe('Exceeded maximum limit: 1000');
    expect((await harness.call('GET', `${path()}?limit=-1`)).status).toBe(400);
    const empty = await harness.call('GET', `${path()}?before=`);
    expect(empty.body.message).toMatch(/cannot be an empty string/);
    const garbage = await harness.call('GET', `${path()}?before=%%%`);
    expect(garbage.status).toBe(400);
    const timestampMarker = Buffer.from('[5, 7]').toString('base64url');
    const mismatch = await harness.call('GET', `${path()}?before=${timestampMarker}`);
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.message).toMatch(/does not belong to this list/);
  });

  it('answers 413 for a body over the documented limit', async () => {
    const huge = JSON.stringify({
      ...valid,
      metadata: { note: 'x'.repeat(9 * 1024 * 1024) },
    });
    const reply = await harness.call('POST', path(), { raw: huge });
    expect(reply.status).toBe(413);
    expect(reply.body.message).toBe('The request body is larger than 8 MiB');
  });

  it('keeps the typed text \\u0000 (an escaped backslash), which is no NUL', async () => {
    const reply = await harness.call('POST', path(), {
      body: { ...valid, metadata: { note: 'C:\\u0000' } },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.metadata.note).toBe('C:\\u0000');
  });

  it('parses curl form-encoded JSON and treats an empty body as {}', async () => {
    const form = await harness.call('POST', path(), {
      raw: JSON.stringify(valid),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(200);
    const empty = await harness.call(
      'POST',
      `/v1/experiments/${experimentId}/suggestions`,
      { raw: '' },
    );
    expect(empty.status).toBe(200);
  });

  it('answers 204 with no body when asked to skip the response', async () => {
    const response = await fetch(`${harness.url}/v1/experiments/${experimentId}`, {
      headers: {
        Authorization: `Basic ${Buffer.from('test-write-token:').toString('base64')}`,
        'X-Response-Content': 'skip',
      },
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });
});
