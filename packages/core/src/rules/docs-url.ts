/** Where rule docs live; `createRule`-style helpers inject it into `meta.docsUrl`. */
export const DOCS_BASE = 'https://github.com/pledge-dev/pledge/blob/main';

/** The docs URL of a built-in rule. */
export function coreRuleDocsUrl(id: string): string {
  return `${DOCS_BASE}/packages/core/src/rules/${id}/README.md`;
}
