import type { FlowQueries, Taint, TypeScriptApi } from '@pledge/core/rules';
import type ts from 'typescript';

// A request body logged whole: `req.log.info({ body: req.body })`. Untyped, a body carries
// nothing the engine can name; but the handler that logs it usually reads its fields too
// (`const { email, password } = req.body`), and those names say what the body holds.

/** Properties of a request object that hold what the client sent. */
const BODY_PROPERTIES = new Set(['body']);

/**
 * The personal fields a handler reads from each request body that a log line's inputs hold
 * whole: `{ body: req.body }`, `JSON.stringify(req.body)`, `req.body`.
 */
export function bodyTaints(
  t: TypeScriptApi,
  flow: FlowQueries,
  inputs: readonly ts.Expression[],
  fn: ts.Node | undefined,
  classify: (name: string) => string | undefined,
): Taint[] {
  if (!fn) return [];
  const taints: Taint[] = [];
  for (const body of inputs.flatMap((input) => bodiesIn(t, input))) {
    const holder = body.expression;
    if (!t.isIdentifier(holder)) continue;
    const key = `${holder.text}.${body.name.text}`;
    for (const field of fieldsRead(t, fn, holder.text, body.name.text)) {
      const category = classify(field);
      if (category === undefined) continue;
      taints.push({
        category,
        confidence: 0.9,
        transforms: [],
        name: field,
        steps: [
          {
            location: flow.location(body),
            label: `read from \`${key}\` (its \`${field}\`, read by this handler)`,
          },
        ],
      });
    }
  }
  return taints;
}

/** `req.body` expressions in a log line's input, not those whose field is read (`req.body.id`). */
function bodiesIn(t: TypeScriptApi, input: ts.Expression): ts.PropertyAccessExpression[] {
  const found: ts.PropertyAccessExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (
      t.isPropertyAccessExpression(node) &&
      BODY_PROPERTIES.has(node.name.text) &&
      !(t.isPropertyAccessExpression(node.parent) && node.parent.expression === node) &&
      !(t.isElementAccessExpression(node.parent) && node.parent.expression === node)
    )
      found.push(node);
    t.forEachChild(node, visit);
  };
  visit(input);
  return found;
}

/** The field names a function reads from `holder.prop`: `holder.prop.x`, `const { x } = holder.prop`. */
function fieldsRead(t: TypeScriptApi, fn: ts.Node, holder: string, prop: string): string[] {
  const fields = new Set<string>();
  const isBody = (e: ts.Expression): boolean =>
    t.isPropertyAccessExpression(e) &&
    e.name.text === prop &&
    t.isIdentifier(e.expression) &&
    e.expression.text === holder;
  const visit = (node: ts.Node): void => {
    if (t.isPropertyAccessExpression(node) && isBody(node.expression)) fields.add(node.name.text);
    if (
      t.isVariableDeclaration(node) &&
      node.initializer &&
      isBody(node.initializer) &&
      t.isObjectBindingPattern(node.name)
    )
      for (const element of node.name.elements) {
        const name = element.propertyName ?? element.name;
        if (t.isIdentifier(name)) fields.add(name.text);
      }
    t.forEachChild(node, visit);
  };
  visit(fn);
  return [...fields];
}
