import { packageRoot } from '@pledge/policy';
import type ts from 'typescript';
import type { FileAnalysis } from '../analysis.js';
import { unwrap } from '../resolve.js';
import { propertyKey } from '../values.js';

// Schema facts: the fields of model, entity and schema definitions that name a data category,
// whether or not the code ever writes them.
//
//   pgTable('users', { cardNumber: text() })           field `cardNumber` of a Drizzle table
//   @Entity() class User { @Column() ssn: string }     field `ssn` of a TypeORM entity

/** A field of a model, entity or schema definition that names a data category. */
export interface SchemaFieldFact {
  label: string;
  node: ts.Node;
  name: string;
  category: string;
}

/** The classified fields of a file's schema definitions and decorated entities. */
export function findSchemaFields(analysis: FileAnalysis): SchemaFieldFact[] {
  const t = analysis.ts;
  const facts: SchemaFieldFact[] = [];
  for (const { call, q } of analysis.qualifiedCalls()) {
    const definition = analysis.catalogs.schemas.first(q);
    if (!definition) continue;
    const fields = analysis.argument(call, definition.fields);
    if (!fields) continue;
    const object = unwrap(t, fields);
    if (t.isObjectLiteralExpression(object)) {
      facts.push(...schemaObjectFields(analysis, definition.label, object, undefined));
    } else {
      // knex: table.string('card_number')
      const column = analysis.values.string(object);
      const classification = column?.complete
        ? analysis.taint.classifyName(column.value)
        : undefined;
      if (column && classification)
        facts.push({
          label: definition.label,
          node: object,
          name: column.value,
          category: classification.category,
        });
    }
  }
  for (const cls of analysis.model.classes) {
    const decorators = (node: ts.Node): string[] =>
      (t.canHaveDecorators(node) ? (t.getDecorators(node) ?? []) : []).flatMap((d) => {
        const q = analysis.qualifier.qualify(
          t.isCallExpression(d.expression) ? d.expression.expression : d.expression,
        );
        return q?.root.kind === 'module'
          ? [`${packageRoot(q.root.module)}:${q.members.join('.')}`]
          : [];
      });
    const classDecorators = decorators(cls);
    const kind = analysis.catalogs.entityDecorators.find((entry) =>
      classDecorators.some((d) =>
        entry.modules.some((m) => entry.classDecorators.some((c) => d === `${m}:${c}`)),
      ),
    );
    if (!kind) continue;
    for (const member of cls.members) {
      if (!t.isPropertyDeclaration(member)) continue;
      const fieldDecorators = decorators(member);
      if (
        !fieldDecorators.some((d) =>
          kind.modules.some((m) => kind.fieldDecorators.some((f) => d === `${m}:${f}`)),
        )
      )
        continue;
      const name = propertyKey(t, member.name);
      const classification = name === undefined ? undefined : analysis.taint.classifyName(name);
      if (name !== undefined && classification)
        facts.push({
          label: kind.label,
          node: member.name,
          name,
          category: classification.category,
        });
    }
  }
  return facts;
}

/**
 * The fields of a schema object, nested ones included: `{ card: { number: String } }` declares
 * `card.number`, classified as `cardNumber`. A nested `{ type: String }` is a field's options.
 */
function schemaObjectFields(
  analysis: FileAnalysis,
  label: string,
  object: ts.ObjectLiteralExpression,
  parent: string | undefined,
  depth = 0,
): SchemaFieldFact[] {
  const t = analysis.ts;
  const facts: SchemaFieldFact[] = [];
  for (const property of object.properties) {
    const name = property.name ? propertyKey(t, property.name) : undefined;
    if (name === undefined || !property.name) continue;
    const combined =
      parent === undefined ? undefined : parent + name.charAt(0).toUpperCase() + name.slice(1);
    const classification =
      (combined === undefined ? undefined : analysis.taint.classifyName(combined)) ??
      analysis.taint.classifyName(name);
    const value = t.isPropertyAssignment(property) ? unwrap(t, property.initializer) : undefined;
    const nested =
      value &&
      t.isObjectLiteralExpression(value) &&
      !value.properties.some((p) => p.name !== undefined && propertyKey(t, p.name) === 'type');
    if (nested && depth < 3) {
      facts.push(...schemaObjectFields(analysis, label, value, name, depth + 1));
      continue;
    }
    if (classification)
      facts.push({
        label,
        node: property.name,
        name: combined === undefined ? name : `${parent ?? ''}.${name}`,
        category: classification.category,
      });
  }
  return facts;
}
