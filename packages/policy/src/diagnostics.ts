import { maskText } from './mask.js';

/** A problem found in a policy file, always with a position. */
export interface PolicyDiagnostic {
  /** The policy file, as given to the loader. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** A stable code, e.g. `unknown-key`, `dangling-reference`. */
  code: string;
  /** What is wrong and what was expected. */
  message: string;
  /** The path of the offending value, e.g. `thirdParties[1].receives[0]`. */
  path: string;
  /** A replacement that would fix it (e.g. the nearest valid key). */
  suggestion?: string;
  severity: 'error' | 'warning';
  /** On the last entry of a capped list (`too-many-diagnostics`): how many were not listed. */
  omitted?: number;
}

/** How many problems a (possibly capped) list stands for: its entries plus those not listed. */
export function countDiagnostics(list: readonly PolicyDiagnostic[]): number {
  return list.reduce((count, diagnostic) => count + (diagnostic.omitted ?? 1), 0);
}

/**
 * `file:line:column: error: message` followed by the suggestion, as compilers print it. Masked:
 * a message may quote what the policy says (a cookie name, a YAML token), and a policy may hold
 * a card number or an email by mistake.
 */
export function formatDiagnostic(diagnostic: PolicyDiagnostic): string {
  const where = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
  const hint = diagnostic.suggestion ? ` Did you mean \`${diagnostic.suggestion}\`?` : '';
  return maskText(
    `${where}: ${diagnostic.severity}: ${diagnostic.message}${hint} [${diagnostic.code}]`,
  );
}

/** Renders a path array as `a.b[0].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out === '' ? '(root)' : out;
}
