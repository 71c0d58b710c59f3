/// <reference types="vitest/config" />
import { defineConfig, runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * The Content-Security-Policy that keeps every byte on the user's machine (SPEC 5, privacy).
 * Injected into the built page only: the dev server's hot-reload preamble is an inline script.
 * `style-src 'unsafe-inline'` is needed for the style attributes Recharts writes on SVG.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The headers `npm start` (vite preview) sends with every response, the worker script included: a
 * worker takes its Content-Security-Policy from its own response, not from the page's meta. The
 * header adds what a meta tag cannot carry (`frame-ancestors`). README: "Hosting the build".
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

/**
 * The example workspace shipped ready: `vite build` runs `buildExampleWorkspace` (src/data/demo.ts,
 * through Vite's module runner) on the fixtures and emits the result as a JSON asset, whose URL
 * the app imports from `virtual:example-workspace`. A first visit then fetches data instead of the
 * importer and PapaParse (docs/decisions.md, "The example shipped ready"). In development and tests
 * the URL is null and the example is built from the fixtures as before.
 */
function exampleWorkspace(): Plugin {
  const id = 'virtual:example-workspace';
  let building = false;
  return {
    name: 'example-workspace',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(loaded) {
      if (loaded !== `\0${id}`) return undefined;
      if (!building) return 'export const exampleUrl = null;';
      const src = fileURLToPath(new URL('./src', import.meta.url));
      const [{ module: demo }, { module: shipped }] = await Promise.all([
        runnerImport<typeof import('./src/data/demo')>(`${src}/data/demo.ts`, {
          configFile: false,
          logLevel: 'warn',
          resolve: { alias: { '@': src } },
        }),
        runnerImport<typeof import('./src/data/example-json')>(`${src}/data/example-json.ts`, {
          configFile: false,
          logLevel: 'warn',
          resolve: { alias: { '@': src } },
        }),
      ]);
      const json = JSON.stringify(demo.buildExampleWorkspace(shipped.EXAMPLE_BUILT_AT));
      const ref = this.emitFile({ type: 'asset', name: 'example-workspace.json', source: json });
      return `export const exampleUrl = import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), exampleWorkspace()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  worker: { format: 'es' },
  build: { sourcemap: true, chunkSizeWarningLimit: 1500 },
  preview: { port: 4173, headers: SECURITY_HEADERS },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          // Screen tests render the whole example workspace; a busy 2-core machine needs more than 5 s.
          testTimeout: 30_000,
          benchmark: { include: ['src/**/*.bench.ts', 'tests/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll waits for what a user would see appear; 1 s (the default) is too short for
          // a 75-row re-render on a loaded 2-core machine. What it waits for is unchanged.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
