import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Sends JSON text (or a value to stringify). A request with `X-Response-Content: skip`
 * gets 204 and no body, as SigOpt's API did for clients that discard responses.
 */
export function sendJson(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string | object,
) {
  if (request.headers['x-response-content'] === 'skip') return reply.code(204).send();
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return reply.type('application/json; charset=utf-8').send(text);
}
