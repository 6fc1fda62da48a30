// Each Playwright worker starts the real Sightline server on a fresh temporary SQLite
// file. Tests create their data through the v1 API, as a training script would.
import { test as base, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSightline } from '../src/server/testing/processes';

export const WRITE_TOKEN = 'e2e-write-token';
export const READ_TOKEN = 'e2e-read-token';

export interface SightlineServer {
  url: string;
  token: string;
}

/** A small v1 API client for tests, with Basic auth as the SigOpt clients send it. */
export class TestApi {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async request<T = any>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Basic ${Buffer.from(`${this.token}:`).toString('base64')}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  }

  post<T = any>(path: string, body: unknown = {}) {
    return this.request<T>('POST', path, body);
  }

  put<T = any>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
}

export const test = base.extend<
  { api: TestApi; loggedIn: Page },
  { server: SightlineServer }
>({
  server: [
    // Playwright reads the fixture's dependencies from this destructuring pattern.
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'sightline-e2e-'));
      const server = await startSightline(join(dir, 'e2e.db'), WRITE_TOKEN, READ_TOKEN);
      await use({ url: server.url, token: WRITE_TOKEN });
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  baseURL: async ({ server }, use) => {
    await use(server.url);
  },

  api: async ({ server }, use) => {
    await use(new TestApi(server.url, server.token));
  },

  /** A page whose localStorage already holds the write token. */
  loggedIn: async ({ page, server }, use) => {
    await page.addInitScript((token) => {
      localStorage.setItem('sightline.token', token);
    }, server.token);
    await use(page);
  },
});

export { expect } from '@playwright/test';
