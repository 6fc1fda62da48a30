// HTTP Basic auth with the API token as the user name, as SigOpt's clients send it.
import type { Db } from '../data/database';
import { findToken, type Permission } from '../data/tokens';
import { HttpError } from './errors';

export interface Caller {
  clientId: number;
  permission: Permission;
}

const HELP =
  'Send the API token with HTTP Basic authentication: the token as the user name and ' +
  'an empty password (curl -u "$SIGOPT_API_TOKEN:").';

/** The token inside an Authorization header, or null when none can be read. */
export function parseBasicToken(header: string): string | null {
  const match = /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header);
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const user = colon === -1 ? decoded : decoded.slice(0, colon);
  return user === '' ? null : user;
}

// Every call presents its token, and a lookup costs about as much as a small insert.
// Tokens are only made when the server starts, so a known one is remembered briefly.
const REMEMBER_MS = 10_000;
const REMEMBER_MAX = 1000;
const remembered = new WeakMap<Db, Map<string, { caller: Caller; until: number }>>();

/** Who is calling: 401 without a header, 400 when it cannot be read, 403 when unknown. */
export function authenticate(db: Db, header: string | undefined): Caller {
  if (header === undefined || header === '') {
    throw new HttpError(401, `No API token provided. ${HELP}`);
  }
  let known = remembered.get(db);
  if (!known) {
    known = new Map();
    remembered.set(db, known);
  }
  const hit = known.get(header);
  if (hit && hit.until > Date.now()) return hit.caller;

  const caller = lookUp(db, header);
  if (known.size >= REMEMBER_MAX) known.clear();
  known.set(header, { caller, until: Date.now() + REMEMBER_MS });
  return caller;
}

function lookUp(db: Db, header: string): Caller {
  const token = parseBasicToken(header);
  if (token === null) throw new HttpError(400, `Could not parse API token. ${HELP}`);

  const row = findToken(db, token);
  if (!row) {
    throw new HttpError(403, `This endpoint requires a valid API token. ${HELP}`, {
      token_status: 'revoked',
    });
  }
  return { clientId: row.client_id, permission: row.permission };
}

export function requireWrite(caller: Caller): void {
  if (caller.permission !== 'write') {
    throw new HttpError(
      403,
      "You don't have permission to do this action: this API token is read-only.",
      { token_status: 'invalid_permissions' },
    );
  }
}
