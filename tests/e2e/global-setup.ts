/**
 * Serves the production build (dist/, made by `npm test` before Vitest starts) on a free local
 * port for the browser tests, and hands its URL to them.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = resolve(process.cwd(), 'dist', 'index.html');
  if (!existsSync(dist)) {
    throw new Error(
      'dist/ is missing: the browser tests run against the production build. Run `npm test` (it builds first) or `npx vite build`.',
    );
  }
  const server = await preview({
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
