/**
 * Serves the production build (dist/, made by `npm test` before Vitest starts) on a free local
 * port for the browser tests, and hands its URL to them as `inject('baseURL')`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** The newest modification time under a folder, in ms (0 if it is missing). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export default async function setup(project: TestProject) {
  const root = process.cwd();
  const index = resolve(root, 'dist', 'index.html');
  if (!existsSync(index)) {
    throw new Error(
      'dist/ is missing: the browser tests run against the production build. Run `npm test` (it builds first), `npm run test:e2e`, or `npx vite build` and then Vitest.',
    );
  }
  if (newest(resolve(root, 'src')) > statSync(index).mtimeMs) {
    console.warn(
      '[e2e] dist/ is older than src/: the browser tests are running against a stale build. Run `npx vite build` first.',
    );
  }
  const server = await preview({
    root,
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The preview server has no port.');
  project.provide('baseURL', `http://127.0.0.1:${address.port}`);
  return async () => {
    await server.close();
  };
}
