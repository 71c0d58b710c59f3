/** vite.config.ts, plugin `example-workspace`. */
declare module 'virtual:example-workspace' {
  /** The example workspace's JSON in a production build; null in development and tests. */
  export const exampleUrl: string | null;
}
