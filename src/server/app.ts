// The HTTP server: the v1 API, Sightline's own endpoints, and the built dashboard.
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import type { Db } from './data/database';
import { MarkerMismatch } from './data/pager';
import { HttpError, NOT_FOUND_MESSAGE } from './http/errors';
import type { RouteContext } from './http/context';
import { experimentRoutes } from './routes/experiments';
import { observationRoutes } from './routes/observations';
import { sightlineRoutes } from './routes/sightline';
import { suggestionRoutes } from './routes/suggestions';

/** Largest request body accepted (a batch of 2,500 observations fits easily). */
export const BODY_LIMIT_BYTES = 8 * 1024 * 1024;

export interface AppOptions {
  db: Db;
  /** Folder of the built dashboard; not served when absent. */
  webRoot?: string;
  /** Writes one line per request; silent when absent. */
  log?: (line: string) => void;
  now?: () => number;
}

function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return {};
  // SQLite and most tools cut text at NUL, so such strings are refused outright.
  // (An escaped backslash followed by the letters u0000 is ordinary text.)
  if (/(^|[^\\])(\\\\)*\\u0000/i.test(text)) {
    throw new HttpError(
      400,
      'The request body contains a NUL character (\\u0000) in a string',
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HttpError(400, `The request body is not valid JSON: ${reason}`);
  }
}

/** Query strings carry no secrets in logs: a `token` parameter is masked. */
export function loggable(url: string): string {
  return url.replace(/([?&]token=)[^&]*/gi, '$1***');
}

function errorBody(error: FastifyError | HttpError | Error): {
  status: number;
  body: object;
} {
  if (error instanceof HttpError) {
    return {
      status: error.status,
      body: { message: error.message, status: error.status, ...error.extra },
    };
  }
  if (error instanceof MarkerMismatch) {
    return { status: 400, body: { message: error.message, status: 400 } };
  }
  const status = (error as FastifyError).statusCode;
  if (status === 413) {
    const limit = `${BODY_LIMIT_BYTES / 1024 / 1024} MiB`;
    return {
      status,
      body: { message: `The request body is larger than ${limit}`, status },
    };
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return { status, body: { message: error.message, status } };
  }
  return {
    status: 500,
    body: { message: 'An unexpected server error has occurred.', status: 500 },
  };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  // The Python client joins SIGOPT_API_URL and "/v1" as they are, so a URL ending in a
  // slash asks for //v1/...: treat repeated and trailing slashes as one.
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    logger: false,
    routerOptions: { ignoreDuplicateSlashes: true, ignoreTrailingSlash: true },
  });
  const context: RouteContext = {
    db: options.db,
    now: options.now ?? (() => Math.floor(Date.now() / 1000)),
  };

  // curl sends form-encoded content type with JSON bodies; SigOpt parsed both as JSON
  // and ignored bodies of other types.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    ['application/json', 'application/x-www-form-urlencoded'],
    { parseAs: 'string' },
    (_request, body, done) => {
      try {
        done(null, parseJsonBody(body as string));
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, _body, done) =>
    done(null, {}),
  );

  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.header('Access-Control-Allow-Origin', '*');
    reply.header(
      'Access-Control-Allow-Headers',
      'Authorization, Content-Type, X-Response-Content',
    );
    reply.header('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
    if (
      !reply.hasHeader('cache-control') ||
      String(reply.getHeader('content-type')).includes('json')
    ) {
      reply.header('Cache-Control', 'no-cache, no-store');
    }
    done(null, payload);
  });

  if (options.log) {
    const log = options.log;
    app.addHook('onResponse', async (request, reply) => {
      const ms = reply.elapsedTime.toFixed(1);
      log(`${request.method} ${loggable(request.url)} ${reply.statusCode} ${ms}ms`);
    });
  }

  app.setErrorHandler((error: FastifyError | HttpError, _request, reply) => {
    const { status, body } = errorBody(error);
    if (status >= 500) options.log?.(`error: ${error.stack ?? error.message}`);
    return reply
      .code(status)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(body));
  });

  experimentRoutes(app, context);
  suggestionRoutes(app, context);
  observationRoutes(app, context);
  sightlineRoutes(app, context);

  const webRoot = options.webRoot && existsSync(options.webRoot) ? options.webRoot : null;
  if (webRoot) {
    // Hashed asset names change with every build, so files are looked up per request.
    await app.register(fastifyStatic, { root: webRoot, index: ['index.html'] });
  }

  app.setNotFoundHandler((request, reply) => {
    const apiPath = request.url.startsWith('/v1') || request.url.startsWith('/sightline');
    if (!apiPath && webRoot && request.method === 'GET') {
      // Client-side routes (/experiments/12/history) all load the dashboard.
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    const path = request.url.split('?')[0] ?? '';
    const hint = apiPath ? '' : ' (API paths start with /v1)';
    const message = apiPath
      ? `Endpoint not found: ${path}`
      : `${NOT_FOUND_MESSAGE}: ${path}${hint}`;
    return reply.code(404).send({ message, status: 404 });
  });

  return app;
}
