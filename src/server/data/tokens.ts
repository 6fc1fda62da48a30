import { statement, type Db } from './database';

export type Permission = 'read' | 'write';

export interface TokenRow {
  token: string;
  client_id: number;
  permission: Permission;
}

/** Sightline serves one team: every token belongs to the client made on first start. */
export function ensureDefaultClient(db: Db, now: number): number {
  const existing = statement(db, 'SELECT id FROM clients ORDER BY id LIMIT 1').get() as
    { id: number } | undefined;
  if (existing) return existing.id;
  return Number(
    statement(db, 'INSERT INTO clients (name, created) VALUES (?, ?)').run(
      'Sightline',
      now,
    ).lastInsertRowid,
  );
}

export function findToken(db: Db, token: string): TokenRow | undefined {
  return statement(
    db,
    'SELECT token, client_id, permission FROM tokens WHERE token = ?',
  ).get(token) as TokenRow | undefined;
}

/** Makes sure `token` exists with at least `permission`. */
export function ensureToken(
  db: Db,
  token: string,
  clientId: number,
  permission: Permission,
  now: number,
): void {
  statement(
    db,
    `INSERT INTO tokens (token, client_id, permission, created) VALUES (?, ?, ?, ?)
     ON CONFLICT (token) DO UPDATE SET permission = excluded.permission`,
  ).run(token, clientId, permission, now);
}

export function firstToken(db: Db, permission: Permission): string | undefined {
  const row = statement(
    db,
    'SELECT token FROM tokens WHERE permission = ? ORDER BY created, token LIMIT 1',
  ).get(permission) as { token: string } | undefined;
  return row?.token;
}
