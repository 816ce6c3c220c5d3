import type { RuleContext } from '@pledge/core/rules';

// Helpers the pack's rules share.

/** A `*` glob (`user.device.*`) as an anchored RegExp; `*` matches any run of characters. */
export function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

/** A test of a clause: its id and its section name. */
export type ClauseTest = (id: string, section: string) => boolean;

/** The id of the first clause that passes the first test any clause passes, in order. */
export function findClause(
  clauses: RuleContext<object>['policy']['clauses'],
  tests: readonly ClauseTest[],
): string | undefined {
  const entries = Object.entries(clauses);
  for (const test of tests) {
    const found = entries.find(([id, clause]) => test(id, clause.section));
    if (found) return found[0];
  }
  return undefined;
}
