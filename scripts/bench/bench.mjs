// `npm run bench`: runs scripts/bench/run.ts through Vite's module runner (Node 20 cannot run
// TypeScript itself), so the benchmark needs nothing beyond the project's own dependencies.
import process from 'node:process';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./scripts/bench/run.ts', {
  configFile: false,
  logLevel: 'warn',
});
await module.main();
process.exit(0);
