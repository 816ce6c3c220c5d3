import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from './load.js';
import { policyJsonSchema } from './schema.js';

const DOCS = join(import.meta.dirname, '../../../docs/policy.md');

interface JsonSchemaNode {
  type?: string | string[];
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  additionalProperties?: JsonSchemaNode | boolean;
  propertyNames?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  description?: string;
}

/** Every field path of the schema: `cookies.declared[].name`, `clauses.<key>.section`. */
function fieldPaths(node: JsonSchemaNode, prefix = ''): string[] {
  const paths: string[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    paths.push(path, ...fieldPaths(child, path));
  }
  if (node.items) paths.push(...fieldPaths(node.items, `${prefix}[]`));
  if (typeof node.additionalProperties === 'object') {
    paths.push(...fieldPaths(node.additionalProperties, `${prefix}.<key>`));
  }
  return paths;
}

/** Every leaf or object property in the schema carries a description (editors show it). */
function undocumented(node: JsonSchemaNode, prefix = ''): string[] {
  const missing: string[] = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (!child.description) missing.push(path);
    missing.push(...undocumented(child, path));
  }
  if (node.items) missing.push(...undocumented(node.items, `${prefix}[]`));
  if (typeof node.additionalProperties === 'object') {
    missing.push(...undocumented(node.additionalProperties, `${prefix}.<key>`));
  }
  return missing;
}

describe('schema.json', () => {
  it('is generated from the zod schema (run `vitest -u` to regenerate)', async () => {
    await expect(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`).toMatchFileSnapshot(
      '../schema.json',
    );
  });

  it('describes every field', () => {
    expect(undocumented(policyJsonSchema() as JsonSchemaNode)).toEqual([]);
  });
});

describe('docs/policy.md', () => {
  const docs = readFileSync(DOCS, 'utf8');
  const schemaPaths = fieldPaths(policyJsonSchema() as JsonSchemaNode).filter(
    (path) => path !== '$schema',
  );
  // The reference documents each field in a table row that starts with the path in backticks.
  const reference = docs.slice(docs.indexOf('## Reference'), docs.indexOf('## Checks'));
  const documented = [...reference.matchAll(/^\| `([^`]+)` +\|/gm)].map((match) => match[1]);

  it('documents every field of the schema', () => {
    expect(schemaPaths.filter((path) => !documented.includes(path))).toEqual([]);
  });

  it('documents no field the schema does not have', () => {
    expect(documented.filter((path) => path !== undefined && !schemaPaths.includes(path))).toEqual(
      [],
    );
  });

  it('has complete examples that validate', () => {
    const blocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((match) => match[1] ?? '')
      .filter((block) => /^version: 1$/m.test(block));
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const { errors, warnings } = parsePolicy(block, 'docs/policy.md');
      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
    }
  });
});

describe('schema.json: completion of data categories', () => {
  it('offers the built-in categories after `receives:` and accepts declared ones', () => {
    const schema = policyJsonSchema() as {
      properties: {
        thirdParties: { items: { properties: { receives: { items: { anyOf: unknown[] } } } } };
      };
    };
    const [builtIn, declared] = schema.properties.thirdParties.items.properties.receives.items
      .anyOf as [{ enum: string[]; enumDescriptions: string[] }, { pattern: string }];
    expect(builtIn.enum).toContain('user.contact.email');
    expect(builtIn.enum).toHaveLength(builtIn.enumDescriptions.length);
    expect(new RegExp(declared.pattern).test('user.loyalty.tier')).toBe(true);
  });
});
