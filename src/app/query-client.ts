import { QueryClient } from '@tanstack/react-query';

/**
 * One client for the app. Everything is local (IndexedDB, files the user picks), so there is
 * nothing to refetch on focus or reconnect, and failures are values rather than retries.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}
