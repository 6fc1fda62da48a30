// Sightline's own endpoints, outside the SigOpt API: what the dashboard needs that v1
// does not answer in one request.
import type { FastifyInstance } from 'fastify';
import type { SessionInfo } from '../../shared/api-types';
import { getExperiment } from '../data/experiments';
import { countOpenSuggestions } from '../data/suggestions';
import { badRequest } from '../http/errors';
import { path, readCaller, type RouteContext } from '../http/context';
import { queryValue, type QueryParams } from '../http/params';
import { sendJson } from '../http/reply';

const MAX_STATS_IDS = 1000;

export function sightlineRoutes(app: FastifyInstance, context: RouteContext) {
  const { db } = context;

  path(app, '/sightline/session', {
    GET: (request, reply) => {
      const caller = readCaller(context, request);
      const session: SessionInfo = {
        object: 'session',
        client: String(caller.clientId),
        permission: caller.permission,
      };
      return sendJson(request, reply, session);
    },
  });

  // Counts the experiment object lacks: failed observations and open suggestions.
  path(app, '/sightline/experiment-stats', {
    GET: (request, reply) => {
      const caller = readCaller(context, request);
      const raw = queryValue(request.query as QueryParams, 'ids') ?? '';
      const ids = raw === '' ? [] : raw.split(',');
      if (ids.length > MAX_STATS_IDS)
        throw badRequest(`ids may list at most ${MAX_STATS_IDS} experiments`);
      const data = ids.flatMap((text) => {
        if (!/^\d{1,15}$/.test(text))
          throw badRequest(`Invalid experiment id in ids: "${text}"`);
        const id = Number(text);
        const experiment = getExperiment(db, id, caller.clientId);
        if (!experiment) return [];
        return [
          {
            object: 'experiment_stats',
            experiment: text,
            observation_count: experiment.observation_count,
            failed_count: experiment.failed_count,
            open_suggestion_count: countOpenSuggestions(db, id),
          },
        ];
      });
      return sendJson(request, reply, { object: 'list', data });
    },
  });
}
