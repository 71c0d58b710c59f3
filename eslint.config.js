import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
    // The domain holds every rule and number: no UI library and no DOM may reach it.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts', 'src/domain/**/*.bench.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'src/domain is pure TypeScript: no UI libraries.' },
            {
              group: [
                '@/features/*',
                '@/components/*',
                '@/state/*',
                '@/data/*',
                '@/app/*',
                '@/charts/*',
              ],
              message: 'src/domain must not import from the app layers.',
            },
          ],
        },
      ],
    },
  },
  {
    // Charts render ready series; they do no domain maths and know no screen.
    files: ['src/charts/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/state/*', '@/data/*'],
              message: 'Charts are presentational.',
            },
          ],
        },
      ],
    },
  },
  {
    // Features never import each other (bulletproof-react); shared pieces live in components/.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '../../features/*'],
              message:
                'A feature must not import another feature: move the shared piece to components/.',
            },
          ],
        },
      ],
    },
  },
);
