import type { FastifyInstance } from 'fastify';
import {
  suggestionCreateSchema,
  suggestionUpdateSchema,
} from '../../shared/validation/observation';
import {
  deleteSuggestion,
  deleteSuggestions,
  listSuggestions,
} from '../data/suggestions';
import { badRequest } from '../http/errors';
import { path, readCaller, writeCaller, type RouteContext } from '../http/context';
import {
  objectBody,
  pageRequest,
  parseBody,
  childIdsOf,
  experimentIdOf,
  queryBool,
  queryValue,
  type QueryParams,
} from '../http/params';
import { sendJson } from '../http/reply';
import { loadExperiment } from '../services/experiments';
import { paginationJson, suggestionJson } from '../services/serialize';
import {
  createSuggestion,
  findSuggestion,
  updateSuggestionMetadata,
} from '../services/suggestions';

/** Only `state=open` filters; SigOpt refused any other state. */
function openOnly(query: QueryParams): boolean {
  const state = queryValue(query, 'state');
  if (state === undefined) return false;
  if (state !== 'open')
    throw badRequest(`Unrecognized state ${state} (if provided, must be open)`);
  return true;
}

function idList(query: QueryParams): number[] | null {
  const raw = queryValue(query, 'id');
  if (raw === undefined || raw === '') return null;
  return raw.split(',').map((part) => pathIdOr400(part.trim()));
}

function pathIdOr400(part: string): number {
  if (!/^\d{1,15}$/.test(part))
    throw badRequest(`Invalid suggestion id in id: "${part}"`);
  return Number(part);
}

export function suggestionRoutes(app: FastifyInstance, context: RouteContext) {
  const { db, now } = context;
  const base = '/v1/experiments/:experimentId/suggestions';

  path(app, base, {
    GET: (request, reply) => {
      const caller = readCaller(context, request);
      const experimentId = experimentIdOf(request);
      loadExperiment(db, experimentId, caller.clientId);
      const query = request.query as QueryParams;
      const filter = {
        experimentId,
        openOnly: openOnly(query),
        deleted: queryBool(query, 'deleted', false),
        ids: idList(query),
      };
      // Suggestions are always listed newest first; `sort` and `ascending` do not apply.
      const page = listSuggestions(db, filter, {
        ...pageRequest(query),
        ascending: false,
      });
      return sendJson(
        request,
        reply,
        paginationJson(page.rows.map(suggestionJson), page.count, page),
      );
    },
    POST: (request, reply) => {
      const caller = writeCaller(context, request);
      const experimentId = experimentIdOf(request);
      const body = parseBody(
        suggestionCreateSchema,
        objectBody(request.body),
        'suggestion',
      );
      const id = db.transaction(() =>
        createSuggestion(
          db,
          loadExperiment(db, experimentId, caller.clientId),
          body,
          now(),
        ),
      )();
      return sendJson(
        request,
        reply,
        suggestionJson(findSuggestion(db, experimentId, id)),
      );
    },
    DELETE: (request, reply) => {
      const caller = writeCaller(context, request);
      const experimentId = experimentIdOf(request);
      const onlyOpen = openOnly(request.query as QueryParams);
      db.transaction(() => {
        loadExperiment(db, experimentId, caller.clientId);
        deleteSuggestions(db, experimentId, onlyOpen);
      })();
      return sendJson(request, reply, {});
    },
  });

  path(app, `${base}/:suggestionId`, {
    GET: (request, reply) => {
      const caller = readCaller(context, request);
      const { experimentId, childId: suggestionId } = childIdsOf(request, 'suggestion');
      loadExperiment(db, experimentId, caller.clientId);
      return sendJson(
        request,
        reply,
        suggestionJson(findSuggestion(db, experimentId, suggestionId)),
      );
    },
    PUT: (request, reply) => {
      const caller = writeCaller(context, request);
      const { experimentId, childId: suggestionId } = childIdsOf(request, 'suggestion');
      const body = parseBody(
        suggestionUpdateSchema,
        objectBody(request.body),
        'suggestion',
      );
      db.transaction(() => {
        loadExperiment(db, experimentId, caller.clientId);
        updateSuggestionMetadata(
          db,
          findSuggestion(db, experimentId, suggestionId),
          body.metadata,
        );
      })();
      return sendJson(
        request,
        reply,
        suggestionJson(findSuggestion(db, experimentId, suggestionId)),
      );
    },
    DELETE: (request, reply) => {
      const caller = writeCaller(context, request);
      const { experimentId, childId: suggestionId } = childIdsOf(request, 'suggestion');
      db.transaction(() => {
        loadExperiment(db, experimentId, caller.clientId);
        deleteSuggestion(db, findSuggestion(db, experimentId, suggestionId).id);
      })();
      return sendJson(request, reply, {});
    },
  });
}
