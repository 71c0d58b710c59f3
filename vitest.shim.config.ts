import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
const mods = ['words', 'format', 'gaps', 'dot', 'rag', 'ytd'];
export default defineConfig({
  root: '/work/main',
  plugins: [react()],
  resolve: {
    alias: [
      ...mods.map((m) => ({ find: new RegExp(`^@/domain/${m}$`), replacement: `/tmp/shims/${m}.ts` })),
      { find: /^@\//, replacement: '/work/main/src/' },
    ],
  },
  test: { environment: 'jsdom', setupFiles: ['/work/main/tests/setup.ts'], include: ['src/**/*.test.{ts,tsx}'] },
});
