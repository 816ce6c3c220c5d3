import type { CatalogExtension } from '@pledge/core/rules';

/** The catalog entries `no-pii-in-client-storage` adds to the engine (every rule of a run that loads the pack sees them). */
export const catalog: CatalogExtension = {};
