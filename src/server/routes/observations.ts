import type { FastifyInstance } from 'fastify';
import { dropNullKeys } from '../../shared/validation/common';
import {
  observationBatchSchema,
  observationWriteSchema,
} from '../../shared/validation/observation';
import { deleteAllObservations, listObservations } from '../data/observations';
import { touchExperiment } from '../data/experiments';
import { getObservation } from '../data/observations';
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
import { observationSort } from '../services/observation-sort';
import {
  findObservation,
  insertObservations,
  prepareObservation,
  removeObservation,
  updateObservation,
} from '../services/observations';
import { observationJson, paginationJson } from '../services/serialize';
import { HttpError } from '../http/errors';

export function observationRoutes(app: FastifyInstance, context: RouteContext) {
  const { db, now } = context;
  const base = '/v1/experiments/:experimentId/observations';

  path(app, base, {
    GET: (request, reply) => {
      const caller = readCaller(context, request);
      const experimentId = experimentIdOf(request);
      const experiment = loadExperiment(db, experimentId, caller.clientId);
      const query = request.query as QueryParams;
      const sort = observationSort(experiment.definition, queryValue(query, 'sort'));
      const deleted = queryBool(query, 'deleted', false);
      const page = listObservations(db, experimentId, deleted, sort, pageRequest(query));
      const items = page.rows.map(observationJson);
      return sendJson(request, reply, paginationJson(items, page.count, page));
    },
    POST: (request, reply) => {
      const caller = writeCaller(context, request);
      const experimentId = experimentIdOf(request);
      const body = parseBody(
        observationWriteSchema,
        dropNullKeys(objectBody(request.body)),
        'observation',
      );
      // The insert is one statement and so one transaction; the reads before it cannot
      // interleave with other requests (better-sqlite3 runs each handler to the end).
      const experiment = loadExperiment(db, experimentId, caller.clientId);
      const fields = prepareObservation(db, experiment, body, now());
      const id = insertObservations(db, experiment, [fields])[0] as number;
      return sendJson(request, reply, observationJson({ ...fields, id, deleted: 0 }));
    },
    DELETE: (request, reply) => {
      const caller = writeCaller(context, request);
      const experimentId = experimentIdOf(request);
      db.transaction(() => {
        loadExperiment(db, experimentId, caller.clientId);
        deleteAllObservations(db, experimentId);
        touchExperiment(db, experimentId, now());
      })();
      return sendJson(request, reply, {});
    },
  });

  path(app, `${base}/batch`, {
    POST: (request, reply) => {
      const caller = writeCaller(context, request);
      const experimentId = experimentIdOf(request);
      const batch = parseBody(observationBatchSchema, objectBody(request.body), 'batch');
      const total = batch.observations.length;

      const createdIds = db.transaction(() => {
        const experiment = loadExperiment(db, experimentId, caller.clientId);
        const time = now();
        const rows = batch.observations.map((item, index) => {
          try {
            const body = parseBody(
              observationWriteSchema,
              dropNullKeys(objectBody(item)),
              'observation',
            );
            return prepareObservation(db, experiment, body, time);
          } catch (error) {
            if (!(error instanceof HttpError)) throw error;
            throw badRequest(
              `Error in observation ${index + 1}/${total}: ${error.message}`,
            );
          }
        });
        return batch.dry_run ? [] : insertObservations(db, experiment, rows);
      })();

      const items = createdIds.map((id) => {
        const row = getObservation(db, experimentId, id);
        return observationJson(row as NonNullable<typeof row>);
      });
      return sendJson(
        request,
        reply,
        paginationJson(items, items.length, { before: null, after: null }),
      );
    },
  });

  path(app, `${base}/:observationId`, {
    GET: (request, reply) => {
      const caller = readCaller(context, request);
      const { experimentId, childId: observationId } = childIdsOf(request, 'observation');
      loadExperiment(db, experimentId, caller.clientId);
      return sendJson(
        request,
        reply,
        observationJson(findObservation(db, experimentId, observationId)),
      );
    },
    PUT: (request, reply) => {
      const caller = writeCaller(context, request);
      const { experimentId, childId: observationId } = childIdsOf(request, 'observation');
      const body = parseBody(
        observationWriteSchema,
        objectBody(request.body),
        'observation',
      );
      db.transaction(() => {
        const experiment = loadExperiment(db, experimentId, caller.clientId);
        const stored = findObservation(db, experimentId, observationId);
        updateObservation(db, experiment, stored, body, now());
      })();
      return sendJson(
        request,
        reply,
        observationJson(findObservation(db, experimentId, observationId)),
      );
    },
    DELETE: (request, reply) => {
      const caller = writeCaller(context, request);
      const { experimentId, childId: observationId } = childIdsOf(request, 'observation');
      db.transaction(() => {
        const experiment = loadExperiment(db, experimentId, caller.clientId);
        removeObservation(
          db,
          experiment,
          findObservation(db, experimentId, observationId),
          now(),
        );
      })();
      return sendJson(request, reply, {});
    },
  });
}
