import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { z } from 'zod';
import { formatPath, type PolicyDiagnostic } from './diagnostics.js';
import { PolicySchema, type Policy } from './schema.js';
import { checkSemantics, type DeclaredElsewhere } from './semantic.js';
import { nearest } from './text.js';

/** The largest policy file the loader reads. A policy is a page of YAML, not a data set. */
export const MAX_POLICY_BYTES = 1024 * 1024;

/** YAML aliases allowed while building the value; guards against "billion laughs" files. */
const MAX_ALIAS_COUNT = 100;

/** File names `findPolicy` looks for, in order of preference. */
export const POLICY_FILE_NAMES = [
  'pledge.policy.yaml',
  'pledge.policy.yml',
  'pledge.policy.json',
] as const;

/** What the loader returns: a policy only when there are no errors. */
export interface LoadResult {
  policy: Policy | undefined;
  errors: PolicyDiagnostic[];
  warnings: PolicyDiagnostic[];
}

/** Locates a path of the parsed document: the key or value node, as a line and column. */
export interface Locator {
  (path: readonly PropertyKey[], at?: 'key' | 'value'): { line: number; column: number };
}

/**
 * Reads and validates a policy file (YAML or JSON). Never throws on user input: every problem
 * comes back as a diagnostic with file, line and column.
 */
export function loadPolicy(path: string): LoadResult {
  const file = path;
  const fail = (code: string, message: string, line = 1, column = 1): LoadResult => ({
    policy: undefined,
    errors: [{ file, line, column, code, message, path: '(root)', severity: 'error' }],
    warnings: [],
  });
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      return fail('not-a-file', `expected a policy file, found a directory.`);
    }
    // A named pipe, socket or device would block the read or never end: only regular files.
    if (!stat.isFile()) {
      return fail(
        'not-a-file',
        'expected a regular policy file, found a pipe, socket or device; pass the path of a `pledge.policy.yaml` file.',
      );
    }
    if (stat.size > MAX_POLICY_BYTES) {
      return fail(
        'file-too-large',
        `the policy file is ${String(stat.size)} bytes; the limit is ${String(MAX_POLICY_BYTES)} bytes (1 MiB). A policy is a page of YAML: move data elsewhere.`,
      );
    }
    bytes = readFileSync(path);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
    return fail(
      'unreadable',
      reason === 'ENOENT'
        ? `the policy file does not exist. Create \`pledge.policy.yaml\` or pass the right path.`
        : `the policy file cannot be read (${reason}).`,
    );
  }
  const decoded = decodeUtf8(bytes);
  if (typeof decoded !== 'string') {
    return fail(
      'not-utf8',
      `the policy file is not valid UTF-8 (byte 0x${decoded.byte.toString(16).padStart(2, '0')}); save it as UTF-8.`,
      decoded.line,
      decoded.column,
    );
  }
  return parsePolicy(decoded, file);
}

/**
 * Validates policy text. `file` only names the source in diagnostics; JSON is parsed as the
 * YAML subset it is, so both get the same positions and messages.
 */
export function parsePolicy(text: string, file = 'pledge.policy.yaml'): LoadResult {
  const errors: PolicyDiagnostic[] = [];
  const warnings: PolicyDiagnostic[] = [];
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const error = (
    code: string,
    message: string,
    line: number,
    column: number,
    path = '(root)',
    suggestion?: string,
  ): PolicyDiagnostic => ({
    file,
    line,
    column,
    code,
    message,
    path,
    severity: 'error',
    ...(suggestion === undefined ? {} : { suggestion }),
  });

  if (Buffer.byteLength(source) > MAX_POLICY_BYTES) {
    return {
      policy: undefined,
      errors: [error('file-too-large', 'the policy is larger than 1 MiB.', 1, 1)],
      warnings,
    };
  }
  if (source.trim() === '') {
    return {
      policy: undefined,
      errors: [
        error(
          'empty',
          'the policy file is empty; expected a mapping that starts with `version: 1`.',
          1,
          1,
        ),
      ],
      warnings,
    };
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  for (const problem of doc.errors) {
    // A quote left open runs to the end of the file, where the parser notices: point at the
    // quote that opens it, which is what the author has to fix.
    const opened =
      problem.code === 'MISSING_CHAR' && /quote/i.test(problem.message)
        ? openQuoteBefore(source, problem.pos[0])
        : undefined;
    const pos = lineCounter.linePos(opened ?? problem.pos[0]);
    const message =
      opened === undefined
        ? (problem.message.split('\n')[0] ?? problem.message)
        : `this ${source[opened] === '"' ? 'double' : 'single'} quote is never closed; close it on the same line or remove it.`;
    errors.push(
      error(
        problem.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax',
        problem.code === 'DUPLICATE_KEY'
          ? 'duplicate key; each key may appear once in a mapping.'
          : `invalid YAML: ${message}`,
        pos.line,
        pos.col,
      ),
    );
  }
  if (errors.length > 0) return { policy: undefined, errors, warnings };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (problem) {
    const message = problem instanceof Error ? problem.message : String(problem);
    return {
      policy: undefined,
      errors: [
        error(
          'alias-limit',
          `the policy expands too many YAML aliases (${message}); write the values out instead of using anchors.`,
          1,
          1,
        ),
      ],
      warnings,
    };
  }

  const locate = yamlLocator(doc, lineCounter);

  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      policy: undefined,
      errors: [
        error(
          'not-a-mapping',
          'expected the policy to be a mapping of keys (`version`, `organization`, ...).',
          1,
          1,
        ),
      ],
      warnings,
    };
  }

  const parsed = PolicySchema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      errors.push(...describeIssue(issue, value, locate, file));
    // The semantic checks run on every part that is valid, so one pass shows every error:
    // an entry the schema rejected is left out (a hole in its list), and ids it declares
    // still count as defined for the references to them.
    const salvaged = salvage(PolicySchema, value) as Policy;
    const semantic = checkSemantics(salvaged, locate, file, declaredIds(value));
    errors.push(...semantic.errors);
    warnings.push(...semantic.warnings);
    errors.sort((a, b) => a.line - b.line || a.column - b.column);
    return { policy: undefined, errors: capped(errors, file), warnings: capped(warnings, file) };
  }

  const semantic = checkSemantics(parsed.data, locate, file);
  errors.push(...semantic.errors);
  warnings.push(...semantic.warnings);
  return {
    policy: errors.length === 0 ? parsed.data : undefined,
    errors: capped(errors, file),
    warnings: capped(warnings, file),
  };
}

/** How many errors (and warnings) a load reports; the rest are counted in one last entry. */
export const MAX_DIAGNOSTICS = 100;

/**
 * The first `MAX_DIAGNOSTICS` diagnostics, then one that counts the rest: a policy with
 * thousands of broken entries gets a readable report in bounded time and size.
 */
function capped(list: PolicyDiagnostic[], file: string): PolicyDiagnostic[] {
  if (list.length <= MAX_DIAGNOSTICS) return list;
  const shown = list.slice(0, MAX_DIAGNOSTICS);
  const last = shown[shown.length - 1];
  const rest = list.length - MAX_DIAGNOSTICS;
  shown.push({
    file,
    line: last?.line ?? 1,
    column: last?.column ?? 1,
    code: 'too-many-diagnostics',
    message: `${String(rest)} more ${last?.severity === 'warning' ? 'warning(s)' : 'error(s)'} of the same kinds not shown; fix those above and check again.`,
    path: '(root)',
    severity: last?.severity ?? 'error',
    omitted: rest,
  });
  return shown;
}

/**
 * The offset of the quote that is still open at `end`: YAML's flow scalars as a reader sees
 * them (a quote starts a scalar after a space, `:`, `-`, `[`, `{` or `,`; `\\` escapes in double
 * quotes, `''` in single ones; `#` after a space starts a comment).
 */
function openQuoteBefore(text: string, end: number): number | undefined {
  let open: number | undefined;
  for (let i = 0; i < Math.min(end, text.length); i++) {
    const c = text[i];
    if (open !== undefined) {
      const quote = text[open];
      if (quote === '"' && c === '\\') i++;
      else if (quote === "'" && c === "'" && text[i + 1] === "'") i++;
      else if (c === quote) open = undefined;
      continue;
    }
    const before = i === 0 ? '\n' : (text[i - 1] ?? '\n');
    if (c === '#' && /\s/.test(before)) {
      const eol = text.indexOf('\n', i);
      if (eol < 0) break;
      i = eol;
    } else if ((c === '"' || c === "'") && /[\s:\-[{,]/.test(before)) {
      open = i;
    }
  }
  return open;
}

/**
 * What the schema accepts of a value it rejected as a whole: valid object fields, list entries
 * (an invalid one is a hole, so the others keep their indexes) and record entries; a required
 * field that is invalid becomes its empty value (`[]`, `{}`) or is left out.
 */
function salvage(schema: z.ZodType, value: unknown): unknown {
  const whole = schema.safeParse(value);
  if (whole.success) return whole.data;
  const def = (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
      return value === undefined ? undefined : salvage(def.innerType as z.ZodType, value);
    case 'object': {
      // A required mapping that is missing or not a mapping: its fields' defaults, so the
      // checks can walk it (`firstParty.env` is `[]`).
      const fields =
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? (value as Record<string, unknown>)
          : {};
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(def.shape ?? {})) {
        const raw = fields[key];
        const kept = salvage(child, raw);
        out[key] = kept === undefined ? emptyOf(child) : kept;
      }
      return out;
    }
    case 'array': {
      if (!Array.isArray(value)) return [];
      // A sparse list: `forEach` in the semantic checks skips the holes.
      const out: unknown[] = new Array<unknown>(value.length);
      value.forEach((item, i) => {
        const kept = (def.element as z.ZodType).safeParse(item);
        if (kept.success) out[i] = kept.data;
      });
      return out;
    }
    case 'record': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const kept = (def.valueType as z.ZodType).safeParse(item);
        if (kept.success && (def.keyType as z.ZodType).safeParse(key).success) out[key] = kept.data;
      }
      return out;
    }
    default:
      return undefined;
  }
}

interface ZodDef {
  type: string;
  innerType?: unknown;
  shape?: Record<string, z.ZodType>;
  element?: unknown;
  keyType?: unknown;
  valueType?: unknown;
}

/** The empty value of a field the salvage dropped: lists and records are empty, others absent. */
function emptyOf(schema: z.ZodType): unknown {
  const def = (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
  if (def.type === 'array') return [];
  if (def.type === 'record') return {};
  if (def.type === 'default') return emptyOf(def.innerType as z.ZodType);
  return undefined;
}

/**
 * The recipient, clause and category ids a policy declares, read from its raw value, valid or
 * not — under their keys, or under an unknown top-level key (a misspelt `thirdParty:` still
 * declares its recipients: its error is the misspelling, not every reference to them).
 */
function declaredIds(value: unknown): DeclaredElsewhere {
  const raw = value as Record<string, unknown>;
  const isMapping = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  const known = new Set(Object.keys(PolicySchema.shape));
  const unknown = Object.keys(raw)
    .filter((key) => !known.has(key))
    .map((key) => raw[key]);
  const ids = (list: unknown): string[] =>
    Array.isArray(list)
      ? list.flatMap((item: unknown) => {
          const id = isMapping(item) ? item.id : undefined;
          return typeof id === 'string' ? [id] : [];
        })
      : [];
  const keys = (record: unknown): string[] => (isMapping(record) ? Object.keys(record) : []);
  return {
    recipients: [raw.thirdParties, ...unknown].flatMap(ids),
    clauses: [raw.clauses, ...unknown].flatMap(keys),
    categories: [raw.dataCategories, ...unknown].flatMap(keys),
    document: raw.document !== undefined,
  };
}

/** Walks up from `fromDir` to the nearest `pledge.policy.yaml|yml|json`. */
export function findPolicy(fromDir: string): string | undefined {
  let dir = resolve(fromDir);
  for (;;) {
    for (const name of POLICY_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function decodeUtf8(bytes: Buffer): string | { byte: number; line: number; column: number } {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Find the first invalid sequence to point at it.
    let line = 1;
    let column = 1;
    for (let i = 0; i < bytes.length;) {
      const byte = bytes[i] ?? 0;
      const length =
        byte < 0x80
          ? 1
          : byte >= 0xc2 && byte < 0xe0
            ? 2
            : byte >= 0xe0 && byte < 0xf0
              ? 3
              : byte >= 0xf0 && byte < 0xf5
                ? 4
                : 0;
      const valid =
        length > 0 &&
        i + length <= bytes.length &&
        (length === 1 || isValidSequence(bytes.subarray(i, i + length)));
      if (!valid) return { byte, line, column };
      if (byte === 0x0a) {
        line += 1;
        column = 1;
      } else column += 1;
      i += length;
    }
    return { byte: 0, line, column };
  }
}

function isValidSequence(sequence: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sequence);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where a path of a parsed YAML (or JSON) document is, as a 1-based line and column: its key or
 * value node, or the deepest ancestor that exists. The policy loader and the scanner's config
 * loader position their errors with it.
 */
export function yamlLocator(doc: Document, lineCounter: LineCounter): Locator {
  return (path, at = 'value') => {
    const node = findNode(doc.contents, path, at);
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line: pos.line, column: pos.col };
  };
}

/** The YAML node at `path`, or the deepest ancestor that exists. */
function findNode(
  root: unknown,
  path: readonly PropertyKey[],
  at: 'key' | 'value',
): YamlNode | undefined {
  let node = root as YamlNode | null | undefined;
  let found: YamlNode | undefined = node ?? undefined;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) return found;
      if (last && at === 'key' && isScalar(pair.key)) return pair.key;
      node = pair.value as YamlNode | null;
      found = node ?? (isScalar(pair.key) ? pair.key : found);
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as YamlNode | undefined;
      if (!item) return found;
      node = item;
      found = item;
    } else {
      return found;
    }
  }
  return found;
}

/** The valid keys of the object schema at `path`, for "did you mean" suggestions. */
function validKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: z.core.$ZodType | undefined = PolicySchema;
  const unwrap = (s: z.core.$ZodType | undefined): z.core.$ZodType | undefined => {
    let current = s;
    while (current) {
      const def = current._zod.def as { type: string; innerType?: z.core.$ZodType };
      if ((def.type === 'optional' || def.type === 'default') && def.innerType) {
        current = def.innerType;
      } else break;
    }
    return current;
  };
  for (const segment of path) {
    schema = unwrap(schema);
    if (!schema) return [];
    const def = schema._zod.def as {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
      valueType?: z.core.$ZodType;
    };
    if (def.type === 'object' && def.shape) schema = def.shape[String(segment)];
    else if (def.type === 'array') schema = def.element;
    else if (def.type === 'record') schema = def.valueType;
    else return [];
  }
  schema = unwrap(schema);
  const def = schema?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `${typeof value} ${String(value)}`;
  }
  return typeof value;
}

function describeIssue(
  issue: z.core.$ZodIssue,
  root: unknown,
  locate: Locator,
  file: string,
): PolicyDiagnostic[] {
  const path = issue.path;
  const make = (
    message: string,
    code: string,
    at: readonly PropertyKey[],
    where: 'key' | 'value' = 'value',
    suggestion?: string,
  ): PolicyDiagnostic => ({
    file,
    ...locate(at, where),
    code,
    message,
    path: formatPath(at),
    severity: 'error',
    ...(suggestion === undefined ? {} : { suggestion }),
  });
  switch (issue.code) {
    case 'unrecognized_keys': {
      const valid = validKeysAt(path);
      return issue.keys.map((key) => {
        const suggestion = nearest(valid, key);
        return make(
          `unknown key \`${key}\` in ${formatPath(path)}; expected one of ${valid.map((k) => `\`${k}\``).join(', ')}.`,
          'unknown-key',
          [...path, key],
          'key',
          suggestion,
        );
      });
    }
    case 'invalid_type': {
      const actual = valueAt(root, path);
      const name = String(path[path.length - 1] ?? 'policy');
      if (actual === undefined) {
        return [
          make(
            `missing required key \`${name}\` (expected ${issue.expected}).`,
            'missing-key',
            path.slice(0, -1),
          ),
        ];
      }
      return [
        make(
          `\`${formatPath(path)}\` should be ${article(issue.expected)}, but is ${describeValue(actual)}.`,
          'invalid-type',
          path,
        ),
      ];
    }
    case 'invalid_value': {
      const actual = valueAt(root, path);
      const options = issue.values.map((v) => String(v));
      const suggestion = typeof actual === 'string' ? nearest(options, actual) : undefined;
      if (options.length === 1) {
        return [
          make(
            `\`${formatPath(path)}\` must be \`${options[0] ?? ''}\`, but is ${describeValue(actual)}.`,
            'invalid-value',
            path,
          ),
        ];
      }
      return [
        make(
          `\`${formatPath(path)}\` is ${describeValue(actual)}; expected one of ${options.map((o) => `\`${o}\``).join(', ')}.`,
          'invalid-value',
          path,
          'value',
          suggestion,
        ),
      ];
    }
    case 'invalid_key': {
      return issue.issues.map((inner) =>
        make(
          `invalid key \`${String(path[path.length - 1])}\`: ${inner.message}.`,
          'invalid-key',
          path,
          'key',
        ),
      );
    }
    case 'invalid_union': {
      const actual = valueAt(root, path);
      const messages = issue.errors
        .map((branch) => branch[0]?.message)
        .filter((m): m is string => m !== undefined && !m.startsWith('Invalid input'));
      return [
        make(
          `\`${formatPath(path)}\` is ${describeValue(actual)}: ${messages[0] ?? 'it matches none of the allowed forms'}.`,
          'invalid-value',
          path,
        ),
      ];
    }
    default:
      return [make(`\`${formatPath(path)}\`: ${issue.message}.`, 'invalid-value', path)];
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
