import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest globals are off, so Testing Library cannot register its own unmount between tests.
afterEach(() => cleanup());

// Screens are lazy routes over the whole example workspace: on a busy 2-core machine the first
// render can take longer than Testing Library's 1 s default for findBy/waitFor. What a test waits
// for is unchanged; only how long it may take to appear.
configure({ asyncUtilTimeout: 10_000 });
