import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { Layout } from '@/app/layout';
import { RouteError } from '@/app/route-error';
import ScorecardPage from '@/features/scorecard/scorecard-page';

/** The screens. The scorecard is the home page, so it is in the main chunk; the others load lazily. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    // Shown for the moment a lazily loaded screen takes on first load (and silences the router's
    // warning that there is none).
    hydrateFallbackElement: <p className="container">Loading…</p>,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <ScorecardPage /> },
          {
            path: 'import',
            lazy: async () => ({
              Component: (await import('@/features/import/import-page')).default,
            }),
          },
          {
            path: 'indicator/:id',
            lazy: async () => ({
              Component: (await import('@/features/indicator/indicator-page')).default,
            }),
          },
          {
            path: 'meeting/:id?',
            lazy: async () => ({
              Component: (await import('@/features/meeting/meeting-page')).default,
            }),
          },
          {
            path: 'pack',
            lazy: async () => ({ Component: (await import('@/features/pack/pack-page')).default }),
          },
          {
            path: 'views',
            lazy: async () => ({
              Component: (await import('@/features/views/views-page')).default,
            }),
          },
          {
            path: 'messages',
            lazy: async () => ({
              Component: (await import('@/features/messages/messages-page')).default,
            }),
          },
          {
            path: 'completeness',
            lazy: async () => ({
              Component: (await import('@/features/completeness/completeness-page')).default,
            }),
          },
          {
            path: 'overview',
            lazy: async () => ({
              Component: (await import('@/features/overview/rag-overview-page')).default,
            }),
          },
        ],
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
