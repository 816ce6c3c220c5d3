import type { CatalogExtension } from '@pledge/core/rules';
import { catalog as noUndeclaredThirdPartyScript } from './rules/no-undeclared-third-party-script/catalog.js';
import { catalog as cookieAttributes } from './rules/cookie-attributes/catalog.js';

// What the pack adds to the engine's catalogs, as data in the built-in shapes; each rule keeps
// its entries beside its code. Every rule of a run that loads the pack sees all of them.

/** The catalog entries of the pack's rules, merged. */
export const catalogs: CatalogExtension = merge([noUndeclaredThirdPartyScript, cookieAttributes]);

function merge(parts: readonly CatalogExtension[]): CatalogExtension {
  const out: Record<string, unknown[]> = {};
  for (const part of parts)
    for (const [key, entries] of Object.entries(part) as [string, readonly unknown[]][])
      (out[key] ??= []).push(...entries);
  return out;
}
