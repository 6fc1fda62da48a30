import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../data/database';
import { authenticate, requireWrite, type Caller } from './auth';
import { HttpError } from './errors';

/** What route handlers share: the database and a clock in Unix seconds. */
export interface RouteContext {
  db: Db;
  now: () => number;
}

export function readCaller(context: RouteContext, request: FastifyRequest): Caller {
  return authenticate(context.db, request.headers.authorization);
}

export function writeCaller(context: RouteContext, request: FastifyRequest): Caller {
  const caller = readCaller(context, request);
  requireWrite(caller);
  return caller;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Handler = (request: FastifyRequest, reply: FastifyReply) => unknown;

/**
 * Registers the handlers of one path; the other methods answer 405 naming the allowed
 * ones, and OPTIONS answers `{}` for browsers' preflight requests.
 */
export function path(
  app: FastifyInstance,
  url: string,
  handlers: Partial<Record<Method, Handler>>,
) {
  const allowed = Object.keys(handlers) as Method[];
  for (const method of allowed)
    app.route({ method, url, handler: handlers[method] as Handler });

  const others = (['GET', 'POST', 'PUT', 'DELETE'] as const).filter(
    (m) => !allowed.includes(m),
  );
  if (others.length > 0) {
    app.route({
      method: others,
      url,
      handler: (request) => {
        throw new HttpError(
          405,
          `${request.method} is not allowed on ${url}; use ${allowed.join(', ')}`,
        );
      },
    });
  }
  app.route({ method: 'OPTIONS', url, handler: (_request, reply) => reply.send({}) });
}
