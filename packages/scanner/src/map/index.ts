// `pledge map`: every data category the code handles, where it goes (recipients, cookies,
// storage, logs), the cookies the third parties it uses are known to set, and the drift from
// the policy both ways. See docs/data-map.md.
export { buildDataMap, relativePath, type DataMapInput } from './build.js';
export { renderDataMap, renderMermaid, mermaidLabel, type DataMapFormat } from './render.js';
export {
  cookieDatabase,
  createCookieDatabase,
  type CookieDatabase,
  type CookieRecord,
} from './cookie-database.js';
export { platformsFor } from './platforms.js';
export * from './types.js';
