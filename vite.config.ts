import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The dev server proxies the API to a Sightline server started separately
// (`npm run dev:server`), so the SPA and the API share one origin as in production.
const apiTarget = process.env.SIGHTLINE_API ?? 'http://127.0.0.1:5800';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist/web', sourcemap: false, chunkSizeWarningLimit: 4000 },
  server: { proxy: { '/v1': apiTarget, '/sightline': apiTarget } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    pool: 'forks',
    testTimeout: 20000,
  },
});
