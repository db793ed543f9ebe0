/// <reference types="vite/client" />

/** One part of a language's catalog, cut at build time (electron.vite.config.ts, shared/i18n-parts.ts). */
declare module 'virtual:catalog/*' {
  const catalog: Record<string, unknown>;
  export default catalog;
}
