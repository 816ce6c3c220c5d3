import type ts from 'typescript';
import type { StorageSink } from '../../catalog/types.js';
import type { Taint } from '../../types.js';
import type { FileAnalysis } from '../analysis.js';

// Storage facts: calls of a storage sink (ORMs, query builders, key-value stores, loggers) and
// tagged SQL templates, with the data they write and, for raw SQL, the columns it names.
//
//   db.user.create({ data: { cardNumber } })           a write of `cardNumber`
//   sql`INSERT INTO cards (number) VALUES (${n})`      a write of `n` into column `number`

/** Data written to a storage sink. */
export interface StorageFact {
  sink: StorageSink;
  /** The call, or a tagged template (`sql\`INSERT …\``, `prisma.$executeRaw\`…\``). */
  node: ts.CallExpression | ts.NewExpression | ts.TaggedTemplateExpression;
  taints: readonly Taint[];
  /** For raw SQL: the columns written, classified. */
  sqlColumns: readonly { name: string; category: string }[];
  /** The expressions that carry the stored data (empty for a fact at a helper's call). */
  inputs: readonly ts.Expression[];
}

const SQL_WRITE = /\b(insert|update|replace|upsert|merge)\b/i;

/** The storage writes of a file's own calls (a helper's are its callers' facts, see summaries). */
export function findStorage(analysis: FileAnalysis): StorageFact[] {
  const facts: StorageFact[] = [];
  for (const { call, q } of analysis.qualifiedCalls()) {
    const sink = analysis.catalogs.storage.first(q);
    if (!sink) continue;
    let sqlColumns: { name: string; category: string }[] = [];
    if (sink.sql) {
      const sqlArg = analysis.argument(call, sink.sql);
      const sql = sqlArg ? analysis.values.string(sqlArg) : undefined;
      // A statement we can read that writes nothing (SELECT, DELETE) stores nothing.
      if (sql?.complete && !SQL_WRITE.test(sql.value)) continue;
      if (sql) sqlColumns = sqlWriteColumns(analysis, sql.value);
    }
    const inputs = analysis.dataArguments(call, sink.data);
    facts.push({ sink, node: call, taints: analysis.taintsOf(inputs), sqlColumns, inputs });
  }
  // Tagged SQL templates: the static parts are the statement, the substitutions its values.
  for (const tagged of analysis.model.taggedTemplates) {
    const q = analysis.qualifier.qualify(tagged.tag);
    const sink = q ? analysis.catalogs.storage.first(q) : undefined;
    if (!sink?.sql) continue;
    const template = tagged.template;
    const spans = analysis.ts.isTemplateExpression(template) ? template.templateSpans : [];
    const sql = analysis.ts.isTemplateExpression(template)
      ? [template.head.text, ...spans.map((span) => span.literal.text)].join('?')
      : template.text;
    if (!SQL_WRITE.test(sql)) continue;
    const inputs = spans.map((span) => span.expression);
    facts.push({
      sink,
      node: tagged,
      taints: analysis.taintsOf(inputs),
      sqlColumns: sqlWriteColumns(analysis, sql),
      inputs,
    });
  }
  return facts;
}

/** Columns written by `INSERT INTO t (a, b)` or `UPDATE t SET a = ?, b = ?`, classified. */
function sqlWriteColumns(
  analysis: FileAnalysis,
  sql: string,
): { name: string; category: string }[] {
  const columns: string[] = [];
  const insert = /\b(?:insert|replace)\s+(?:or\s+\w+\s+)?into\s+[\w."`[\]]+\s*\(([^)]{0,2000})\)/gi;
  for (const match of sql.matchAll(insert)) columns.push(...(match[1] ?? '').split(','));
  const update = /\bupdate\s+[\w."`[\]]+\s+set\s+([^;]{0,2000}?)(?:\bwhere\b|;|$)/gi;
  for (const match of sql.matchAll(update)) {
    for (const assignment of (match[1] ?? '').split(','))
      columns.push(assignment.split('=')[0] ?? '');
  }
  const out: { name: string; category: string }[] = [];
  for (const raw of columns) {
    const name = raw.trim().replace(/^["`[]|["`\]]$/g, '');
    if (name === '') continue;
    const classification = analysis.taint.classifyName(name);
    if (classification) out.push({ name, category: classification.category });
  }
  return out;
}
