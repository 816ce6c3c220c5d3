import { unwrap, type CallPattern, type FlowQueries, type TypeScriptApi } from '@pledge/core/rules';
import type ts from 'typescript';

// Loggers that drop or censor fields before a line is written, configured where the logger is
// created (usually one module that the whole app imports):
//
//   export const logger = pino({ redact: ['email', 'user.email', '*.password'] });
//   export const logger = pino({ redact: { paths: ['req.body.email'], censor: '***' } });
//   export const logger = pino({ redact: { paths: REDACTED_FIELDS, remove: true } });

/** The calls that create a pino logger, whose first argument holds the `redact` option. */
export const PINO_FACTORIES: readonly CallPattern[] = [
  { modules: ['pino'], member: '' },
  { modules: ['pino'], member: 'pino' },
  { modules: ['pino'], member: 'default' },
  // pino-http and its wrappers take pino's options (`pinoHttp({ redact })`).
  { modules: ['pino-http'], member: '' },
  { modules: ['pino-http'], member: 'pinoHttp' },
];

/**
 * The field names a logger factory's `redact` option hides: the last named segment of each
 * path (`user.email` → `email`, `*.password` → `password`, `req.headers["x-email"]` → `x-email`).
 * A line whose personal data is named so is not printed in clear.
 */
export function redactedNames(
  t: TypeScriptApi,
  flow: FlowQueries,
  factory: ts.CallExpression,
): string[] {
  const [options] = factory.arguments;
  if (!options) return [];
  const redact = flow.property(options, 'redact');
  if (!redact) return [];
  const paths = t.isArrayLiteralExpression(unwrap(t, redact))
    ? redact
    : flow.property(redact, 'paths');
  const list = paths ? arrayOf(t, flow, paths) : undefined;
  if (!list) return [];
  const names: string[] = [];
  for (const element of list) {
    const path = flow.stringValue(element);
    if (path === undefined) continue;
    const last = lastSegment(path);
    if (last !== undefined) names.push(last);
  }
  return names;
}

/** The elements of an array literal, or of the constant that holds one. */
function arrayOf(
  t: TypeScriptApi,
  flow: FlowQueries,
  expr: ts.Expression,
): readonly ts.Expression[] | undefined {
  let e = unwrap(t, expr);
  for (let depth = 0; depth < 4 && t.isIdentifier(e); depth++) {
    const decl = flow.declarationOf(e);
    if (!decl || !t.isVariableDeclaration(decl) || !decl.initializer) return undefined;
    e = unwrap(t, decl.initializer);
  }
  if (!t.isArrayLiteralExpression(e)) return undefined;
  const out: ts.Expression[] = [];
  for (const element of e.elements) {
    if (t.isSpreadElement(element)) {
      const spread = arrayOf(t, flow, element.expression);
      if (spread) out.push(...spread);
    } else if (!t.isOmittedExpression(element)) out.push(element);
  }
  return out;
}

/** `user.email` → `email`; `req.headers["x-user-email"]` → `x-user-email`; `*.password` → `password`. */
export function lastSegment(path: string): string | undefined {
  const segments = path
    .split(/\.|\[|\]/)
    .map((segment) => segment.trim().replace(/^["']|["']$/g, ''))
    .filter((segment) => segment !== '' && segment !== '*');
  return segments[segments.length - 1];
}
