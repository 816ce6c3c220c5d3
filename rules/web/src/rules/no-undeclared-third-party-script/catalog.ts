import type { CatalogExtension } from '@pledge/core/rules';

/** The catalog entries `no-undeclared-third-party-script` adds to the engine (every rule of a run that loads the pack sees them). */
export const catalog: CatalogExtension = {};
