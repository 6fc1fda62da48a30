import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  experimentCreateSchema,
  experimentUpdateSchema,
} from '../../shared/validation/experiment';
import { listExperiments, type ExperimentFilter } from '../data/experiments';
import { badRequest, notFound } from '../http/errors';
import { path, readCaller, writeCaller, type RouteContext } from '../http/context';
import {
  objectBody,
  pageRequest,
  parseBody,
  experimentIdOf,
  pathId,
  queryInt,
  queryValue,
  type QueryParams,
} from '../http/params';
import { sendJson } from '../http/reply';
import { bestAssignments, stoppingCriteria } from '../services/best';
import {
  archiveExperiment,
  createExperiment,
  experimentJson,
  loadExperiment,
  parseDefinition,
  updateExperimentFields,
} from '../services/experiments';
import { paginationJson } from '../services/serialize';

function listFilter(clientId: number, query: QueryParams): ExperimentFilter {
  const state = queryValue(query, 'state') ?? 'active';
  if (state !== 'active' && state !== 'deleted' && state !== 'all') {
    throw badRequest(`Invalid state "${state}": use active, deleted or all`);
  }
  const sort = queryValue(query, 'sort') ?? 'id';
  if (sort !== 'id' && sort !== 'recent') throw badRequest(`Invalid sort: ${sort}`);
  const metadataValue = queryValue(query, 'metadata_value') ?? null;
  const metadataKey = queryValue(query, 'metadata_key') ?? null;
  if (metadataValue !== null && metadataKey === null) {
    throw badRequest('metadata_value needs metadata_key');
  }
  return {
    clientId,
    state,
    sort,
    search: queryValue(query, 'search') || null,
    periodStart: queryInt(query, 'period_start'),
    periodEnd: queryInt(query, 'period_end'),
    metadataKey,
    metadataValue,
  };
}

export function experimentRoutes(app: FastifyInstance, context: RouteContext) {
  const { db, now } = context;

  /** The client named in /v1/clients/{id}/… must be the token's own. */
  function checkClient(request: FastifyRequest, clientId: number) {
    const params = request.params as { clientId?: string };
    if (params.clientId !== undefined && pathId(params.clientId, 'client') !== clientId) {
      throw notFound();
    }
  }

  const list = (request: FastifyRequest, reply: Parameters<typeof sendJson>[1]) => {
    const caller = readCaller(context, request);
    checkClient(request, caller.clientId);
    const query = request.query as QueryParams;
    const page = listExperiments(
      db,
      listFilter(caller.clientId, query),
      pageRequest(query),
    );
    const items = page.rows.map((row) =>
      JSON.stringify(
        experimentJson(db, { row, definition: parseDefinition(row.definition) }),
      ),
    );
    return sendJson(request, reply, paginationJson(items, page.count, page));
  };

  const create = (request: FastifyRequest, reply: Parameters<typeof sendJson>[1]) => {
    const caller = writeCaller(context, request);
    checkClient(request, caller.clientId);
    const body = parseBody(
      experimentCreateSchema,
      objectBody(request.body),
      'experiment',
    );
    const id = db.transaction(() => createExperiment(db, caller.clientId, body, now()))();
    return sendJson(
      request,
      reply,
      experimentJson(db, loadExperiment(db, id, caller.clientId)),
    );
  };

  path(app, '/v1/experiments', { GET: list, POST: create });
  path(app, '/v1/clients/:clientId/experiments', { GET: list, POST: create });

  path(app, '/v1/experiments/:experimentId', {
    GET: (request, reply) => {
      const caller = readCaller(context, request);
      const id = experimentIdOf(request);
      return sendJson(
        request,
        reply,
        experimentJson(db, loadExperiment(db, id, caller.clientId)),
      );
    },
    PUT: (request, reply) => {
      const caller = writeCaller(context, request);
      const id = experimentIdOf(request);
      const body = parseBody(
        experimentUpdateSchema,
        objectBody(request.body),
        'experiment',
      );
      db.transaction(() => {
        updateExperimentFields(db, loadExperiment(db, id, caller.clientId), body, now());
      })();
      return sendJson(
        request,
        reply,
        experimentJson(db, loadExperiment(db, id, caller.clientId)),
      );
    },
    DELETE: (request, reply) => {
      const caller = writeCaller(context, request);
      const id = experimentIdOf(request);
      db.transaction(() =>
        archiveExperiment(db, loadExperiment(db, id, caller.clientId), now()),
      )();
      return sendJson(request, reply, {});
    },
  });

  path(app, '/v1/experiments/:experimentId/best_assignments', {
    GET: (request, reply) => {
      const caller = readCaller(context, request);
      const id = experimentIdOf(request);
      const best = bestAssignments(db, loadExperiment(db, id, caller.clientId));
      const items = best.map((item) => JSON.stringify(item));
      return sendJson(
        request,
        reply,
        paginationJson(items, items.length, { before: null, after: null }),
      );
    },
  });

  path(app, '/v1/experiments/:experimentId/stopping_criteria', {
    GET: (request, reply) => {
      const caller = readCaller(context, request);
      const id = experimentIdOf(request);
      return sendJson(
        request,
        reply,
        stoppingCriteria(loadExperiment(db, id, caller.clientId)),
      );
    },
  });
}
