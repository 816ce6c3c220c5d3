import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../src/reporters/index.js';
import { SCAN_RESULT_VERSION, type ScanResult } from '../src/types.js';
import { cleanResult, scanResult } from './fixtures/reporters/scan-result.js';

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  allOf?: SchemaNode[];
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
}

const schema = JSON.parse(
  readFileSync(new URL('../schemas/scan-result.schema.json', import.meta.url), 'utf8'),
) as SchemaNode;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function resolve(node: SchemaNode): SchemaNode {
  if (node.$ref !== undefined)
    return resolve(schema.$defs?.[node.$ref.replace('#/$defs/', '')] ?? {});
  if (node.allOf?.[0]) return resolve(node.allOf[0]);
  return node;
}

/** Paths of properties in `value` that the schema does not describe. */
function undescribed(value: unknown, node: SchemaNode, at = '$'): string[] {
  const resolved = resolve(node);
  if (Array.isArray(value))
    return value.flatMap((item, i) =>
      undescribed(item, resolved.items ?? {}, `${at}[${String(i)}]`),
    );
  if (typeof value !== 'object' || value === null || !resolved.properties) return [];
  const properties = resolved.properties;
  return Object.entries(value).flatMap(([key, child]) => {
    const described = properties[key];
    return described ? undescribed(child, described, `${at}.${key}`) : [`${at}.${key}`];
  });
}

function parse(result: ScanResult): unknown {
  return JSON.parse(renderJson(result));
}

describe('JSON reporter', () => {
  it('validates against schemas/scan-result.schema.json', () => {
    expect(validate(parse(scanResult)) ? [] : validate.errors).toEqual([]);
    expect(validate(parse(cleanResult)) ? [] : validate.errors).toEqual([]);
  });

  it('emits only properties the schema documents', () => {
    expect(undescribed(parse(scanResult), schema)).toEqual([]);
  });

  it('rejects what is not a version-1 result', () => {
    expect(validate({ ...cleanResult, version: 2 })).toBe(false);
    expect(validate({ ...cleanResult, findings: [{ ruleId: 'x' }] })).toBe(false);
  });

  it('is the scan result itself, versioned', () => {
    const output = parse(cleanResult);
    expect(output).toEqual(cleanResult);
    expect(SCAN_RESULT_VERSION).toBe(1);
  });

  it('masks free text and leaves identifiers alone', () => {
    const output = parse(scanResult) as ScanResult;
    const retry = output.findings.find((finding) => finding.file === 'src/checkout/retry.ts');
    expect(retry?.excerpt).toBe('    logger.info(`retrying with ****-****-****-5556`);');
    expect(retry?.fingerprint).toBe('0e7b3f21c9d8a614');
    expect(output.rules[0]?.help).toContain('"**** **** **** 4242"');
    expect(output.findings.map((finding) => finding.fingerprint)).toEqual(
      scanResult.findings.map((finding) => finding.fingerprint),
    );
  });
});
