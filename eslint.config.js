import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importPlugin from 'eslint-plugin-import';
import { readdirSync } from 'node:fs';
import { URL } from 'node:url';

/**
 * What each folder under src/ must not import (the layers, lowest first): domain (rules and
 * numbers) < workers < data (the async boundary) < state < charts / components (presentational)
 * < features (one folder per screen; never each other) < app (composition). A folder missing
 * here is refused everything but the domain until it is placed.
 */
const layers = {
  domain: ['workers', 'data', 'state', 'read', 'charts', 'components', 'features', 'app'],
  workers: ['data', 'state', 'read', 'charts', 'components', 'features', 'app'],
  data: ['state', 'read', 'charts', 'components', 'features', 'app'],
  state: ['workers', 'read', 'charts', 'components', 'features', 'app'],
  read: ['workers', 'charts', 'components', 'features', 'app'],
  charts: ['workers', 'data', 'state', 'read', 'components', 'features', 'app'],
  components: ['workers', 'data', 'state', 'features', 'app'],
  features: ['workers', 'app'],
  app: ['workers'],
  styles: [],
};

function layerZones() {
  const folders = readdirSync(new URL('./src', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const zones = folders.map((folder) => ({
    target: `./src/${folder}`,
    from: (layers[folder] ?? folders.filter((f) => f !== folder && f !== 'domain'))
      .filter((f) => folders.includes(f))
      .map((f) => `./src/${f}`),
    message: `src/${folder} must not import this layer (see the layers in eslint.config.js).`,
  }));
  // Screens never import each other: a shared piece belongs in components/.
  const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  for (const feature of features)
    zones.push({
      target: `./src/features/${feature}`,
      from: features.filter((f) => f !== feature).map((f) => `./src/features/${f}`),
      message: 'A feature must not import another feature: move the shared piece to components/.',
    });
  return zones.filter((zone) => zone.from.length > 0);
}

/**
 * The domain's derivations that screens reach only through the read layer (src/read: hooks over
 * per-workspace caches). A screen calling one itself would recompute what the read layer keeps
 * (issue 9, "one read layer"); add the derivation to src/read/derive.ts and a hook instead.
 */
const readLayerOnly = [
  ['@/domain/scorecard', ['computeScorecard', 'indexWorkspace', 'orderIndicators']],
  ['@/domain/indicator-view', ['computeIndicatorView']],
  ['@/domain/rag-overview', ['computeRagOverview']],
  ['@/domain/workspace', ['availableMonths', 'latestMonth']],
  ['@/domain/views', ['scorecardForView', 'viewIndicatorIds', 'catalogueTags']],
  ['@/domain/national', ['measureOptions', 'measureYears', 'nationalComparison', 'laOptions']],
].map(([name, importNames]) => ({
  name,
  importNames,
  message: 'Screens get derived data through the read layer (src/read), not the domain.',
}));

const uiLibraries = [
  'react',
  'react-dom',
  'zustand',
  '@tanstack/*',
  'recharts',
  'react-router-dom',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', '**/*.local.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Layers (docs/decisions.md, "Layers"): each folder under src/ may import only the layers
    // below it. Zones are checked on resolved paths, so `@/` and relative imports alike.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/*.bench.ts'],
    plugins: { import: importPlugin },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import/no-restricted-paths': ['error', { zones: layerZones() }],
      'import/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // One read layer (docs/decisions.md, "One read layer"): no screen derives data itself.
    files: ['src/{features,app,components,charts}/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: readLayerOnly }] },
  },
  {
    // The domain holds every rule and number: no UI library and no DOM may reach it.
    files: ['src/domain/**/*.ts', 'src/workers/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/**/*.bench.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'src/domain is pure TypeScript: no UI libraries.' },
          ],
        },
      ],
    },
  },
);
