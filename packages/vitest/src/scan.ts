import { classifyIdentifier, detectValues, isWithinCategory, mask, maskText } from '@pledge/policy';
import type { ValueDetector } from '@pledge/policy';
import { canaryNeedles, canaryWithSecurityCode, type CanaryEncoding } from './canary.js';

// Finding personal data in text and in values: the value detectors of @pledge/policy, plus
// exact matches of canary identities in clear, percent-encoded, JSON-escaped, base64-encoded
// and hashed form, plus security codes recognised by the name of the field that holds them.

/** A personal value found in a request, a response or a stored value. */
export interface Finding {
  /** The data category, e.g. `user.contact.email`. */
  category: string;
  /**
   * The value as found, or the canary value that was found encoded or hashed. Never print it:
   * show it with `mask(value, category)`.
   */
  value: string;
  /** Where it was found: `query parameter \`em\``, `JSON body at \`$.user.email\``, `$[0].note`. */
  where: string;
  /** How the value was encoded where it was found; absent when found in clear. */
  encoding?: CanaryEncoding;
  /** What recognised it: a value detector, a canary identity, or the name of the field. */
  detector: ValueDetector | 'canary' | 'field-name';
  /** The canary the value belongs to. */
  canaryId?: string;
}

/** Options of the scanners. */
export interface ScanOptions {
  /** Only report these categories and their descendants. Default: every category. */
  categories?: readonly string[] | undefined;
}

const MAX_TEXT = 1024 * 1024;
const BASE64_TOKEN = /[A-Za-z0-9+/]{16,}={0,2}|[A-Za-z0-9_-]{16,}/g;
const SECURITY_CODE = 'user.financial.card.security_code';

function selected(category: string, options: ScanOptions): boolean {
  const { categories } = options;
  return categories === undefined || categories.some((c) => isWithinCategory(category, c));
}

interface View {
  text: string;
  encoding: CanaryEncoding | undefined;
}

function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    // A malformed escape somewhere: decode each well-formed escape run on its own.
    return text.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

function jsonUnescape(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|["\\/bfnrt])/g, (_, esc: string) => {
    if (esc.startsWith('u')) return String.fromCharCode(parseInt(esc.slice(1), 16));
    const simple: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
    return simple[esc] ?? esc;
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The UTF-8 text a base64 token decodes to, when it is printable text; otherwise undefined. */
function decodeBase64Token(token: string): string | undefined {
  const bytes = Buffer.from(token.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (bytes.length < 8) return undefined;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex -- control characters mean binary, not text
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/.test(text) ? undefined : text;
}

/** The text, and what it says once URL-decoded, JSON-unescaped or base64-decoded. */
function views(text: string): View[] {
  const out: View[] = [{ text, encoding: undefined }];
  let decoded = text;
  for (let round = 0; round < 2 && /%[0-9a-fA-F]{2}/.test(decoded); round++) {
    decoded = percentDecode(decoded);
    out.push({ text: decoded, encoding: 'url-encoded' });
  }
  if (/\\(?:u[0-9a-fA-F]{4}|["\\/])/.test(text)) {
    out.push({ text: jsonUnescape(text), encoding: 'json-escaped' });
  }
  for (const match of text.matchAll(BASE64_TOKEN)) {
    const inner = decodeBase64Token(match[0]);
    if (inner !== undefined) out.push({ text: inner, encoding: 'base64' });
  }
  return out;
}

const isAlnum = (c: string): boolean => /^[\p{L}\p{N}]$/u.test(c);

/** `needle` occurs in `haystack` (both lower-case) with no letter or digit glued to either end. */
function containsToken(haystack: string, needle: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    const before = haystack.charAt(at - 1);
    const after = haystack.charAt(at + needle.length);
    const edgeStart = !isAlnum(needle.charAt(0)) || before === '' || !isAlnum(before);
    const edgeEnd = !isAlnum(needle.charAt(needle.length - 1)) || after === '' || !isAlnum(after);
    if (edgeStart && edgeEnd) return true;
    from = at + 1;
  }
}

const comparable = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether two findings are the same value: a detector's `(415) 555-0123` is the canary's
 * `+14155550123`, already reported.
 */
function sameValue(a: Finding, b: Finding): boolean {
  if (a.category !== b.category) return false;
  const x = comparable(a.value);
  const y = comparable(b.value);
  return x === y || (x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x)));
}

/** Personal data in one piece of text, found at `where`. */
export function scanText(text: string, where: string, options: ScanOptions = {}): Finding[] {
  if (text.length === 0) return [];
  const input = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const found: Finding[] = [];
  const push = (finding: Finding): void => {
    if (!selected(finding.category, options)) return;
    if (found.some((f) => sameValue(f, finding))) return;
    found.push(finding);
  };
  const allNeedles = canaryNeedles();
  for (const view of views(input)) {
    const lower = view.text.toLowerCase();
    for (const needle of allNeedles) {
      if (needle.hash !== undefined) continue;
      if (containsToken(lower, needle.text)) {
        push({
          category: needle.category,
          value: needle.value,
          where,
          detector: 'canary',
          canaryId: needle.canaryId,
          ...(view.encoding ? { encoding: view.encoding } : {}),
        });
      }
    }
    for (const match of detectValues(
      view.text,
      options.categories ? { categories: options.categories } : {},
    )) {
      push({
        category: match.category,
        value: match.value,
        where,
        detector: match.detector,
        ...(view.encoding ? { encoding: view.encoding } : {}),
      });
    }
  }
  // Hashes are hex digests: look for them in the text as sent (case-insensitively).
  const lower = input.toLowerCase();
  for (const needle of allNeedles) {
    if (needle.hash === undefined) continue;
    if (containsToken(lower, needle.text)) {
      push({
        category: needle.category,
        value: needle.value,
        where,
        detector: 'canary',
        canaryId: needle.canaryId,
        encoding: needle.hash,
      });
    }
  }
  return found;
}

/** Whether a field name (`cvc`, `card[cvc]`, `security_code`, `cardCvv`) holds a card security code. */
export function isSecurityCodeField(name: string): boolean {
  const last = /\[([^\]]*)\]$/.exec(name)?.[1] ?? name.split('.').pop() ?? name;
  // The same name knowledge the static rules use (one classifier, no second list).
  return classifyIdentifier(last)?.category === SECURITY_CODE;
}

/**
 * Personal data in a named field (`key: value`): the text of the value, plus a security code
 * when the field's name says it holds one and the value is 3 or 4 digits.
 */
export function scanField(
  name: string,
  value: string,
  where: string,
  options: ScanOptions = {},
): Finding[] {
  const found = scanText(value, where, options);
  const code = value.trim();
  const category = SECURITY_CODE;
  if (/^\d{3,4}$/.test(code) && isSecurityCodeField(name) && selected(category, options)) {
    const owner = canaryWithSecurityCode(code);
    found.push({
      category,
      value: code,
      where,
      detector: owner ? 'canary' : 'field-name',
      ...(owner ? { canaryId: owner.id } : {}),
    });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Values: strings, objects, arrays of rows, captured log lines

const MAX_NODES = 100_000;
const MAX_DEPTH = 64;

function propertyPath(base: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

interface MockLike {
  mock: { calls: readonly (readonly unknown[])[] };
}

function isMockFunction(value: unknown): value is MockLike {
  if (typeof value !== 'function') return false;
  const mock = (value as unknown as Partial<MockLike>).mock;
  return typeof mock === 'object' && Array.isArray(mock.calls);
}

/**
 * Personal data anywhere in a value: strings, numbers, object keys and values, arrays, `Map`,
 * `Set`, buffers, errors and the calls of a `vi.fn()`/`vi.spyOn()` mock (captured log lines).
 * Deep and cycle-safe; `where` is a path such as `$[0].card.number`.
 */
export function scanValue(
  value: unknown,
  options: ScanOptions = {},
  label: (path: string) => string = (path) => path,
): Finding[] {
  const found: Finding[] = [];
  const seen = new WeakSet<object>();
  let nodes = 0;
  const visit = (node: unknown, path: string, key: string | undefined, depth: number): void => {
    nodes += 1;
    if (nodes > MAX_NODES || depth > MAX_DEPTH) return;
    if (typeof node === 'string') {
      const where = label(path);
      found.push(
        ...(key === undefined
          ? scanText(node, where, options)
          : scanField(key, node, where, options)),
      );
      return;
    }
    if (typeof node === 'number' || typeof node === 'bigint') {
      const text =
        typeof node === 'number' && Number.isInteger(node) ? node.toFixed(0) : String(node);
      const where = label(path);
      found.push(
        ...(key === undefined
          ? scanText(text, where, options)
          : scanField(key, text, where, options)),
      );
      return;
    }
    if (node === null || (typeof node !== 'object' && typeof node !== 'function')) return;
    if (seen.has(node)) return;
    seen.add(node);
    if (isMockFunction(node)) {
      node.mock.calls.forEach((args, call) => {
        args.forEach((arg, index) => {
          visit(
            arg,
            `call #${String(call + 1)} argument ${String(index + 1)}`,
            undefined,
            depth + 1,
          );
        });
      });
      return;
    }
    if (typeof node === 'function') return;
    if (node instanceof Date || node instanceof RegExp) return;
    if (node instanceof Uint8Array) {
      visit(
        Buffer.from(node.buffer, node.byteOffset, node.byteLength).toString('utf8'),
        path,
        key,
        depth,
      );
      return;
    }
    if (node instanceof ArrayBuffer) {
      visit(Buffer.from(node).toString('utf8'), path, key, depth);
      return;
    }
    if (node instanceof Error) {
      visit(node.message, `${path}.message`, undefined, depth + 1);
    }
    if (node instanceof Map) {
      for (const [k, v] of node as Map<unknown, unknown>) {
        const label = typeof k === 'string' ? k : String(k);
        visit(k, `${path}.keys()`, undefined, depth + 1);
        visit(
          v,
          `${path}.get(${JSON.stringify(label)})`,
          typeof k === 'string' ? k : undefined,
          depth + 1,
        );
      }
      return;
    }
    if (node instanceof Set) {
      let index = 0;
      for (const item of node as Set<unknown>) {
        visit(item, `${path}[${String(index)}]`, undefined, depth + 1);
        index += 1;
      }
      return;
    }
    if (Array.isArray(node)) {
      node.forEach((item: unknown, index) => {
        visit(item, `${path}[${String(index)}]`, undefined, depth + 1);
      });
      return;
    }
    for (const [k, v] of Object.entries(node)) {
      const childPath = propertyPath(path, k);
      found.push(...scanText(k, `the key of ${label(childPath)}`, options));
      visit(v, childPath, k, depth + 1);
    }
  };
  visit(value, '$', undefined, 0);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Showing findings

const ENCODING_LABELS: Record<CanaryEncoding, string> = {
  'url-encoded': 'URL-encoded',
  base64: 'base64-encoded',
  'json-escaped': 'JSON-escaped',
  sha256: 'as its SHA-256 hash',
  md5: 'as its MD5 hash',
};

/**
 * One line describing a finding, with the value masked:
 * `user.contact.email \`p***@e***.com\` (canary, as its SHA-256 hash) in query parameter \`em\``.
 */
export function describeFinding(finding: Finding): string {
  const notes: string[] = [];
  if (finding.canaryId !== undefined) notes.push(`canary ${finding.canaryId}`);
  if (finding.encoding !== undefined) notes.push(ENCODING_LABELS[finding.encoding]);
  const note = notes.length > 0 ? ` (${notes.join(', ')})` : '';
  return `${finding.category} \`${mask(finding.value, finding.category)}\`${note} in ${finding.where}`;
}

/**
 * `text` with every detected personal value and every canary value masked: how Pledge shows a
 * URL or any other text that may carry personal data.
 */
export function redact(text: string): string {
  let out = maskText(text);
  for (const needle of canaryNeedles()) {
    if (needle.hash !== undefined) continue;
    let lower = out.toLowerCase();
    let at = lower.indexOf(needle.text);
    while (at >= 0) {
      const masked = mask(needle.value, needle.category);
      out = out.slice(0, at) + masked + out.slice(at + needle.text.length);
      lower = out.toLowerCase();
      at = lower.indexOf(needle.text, at + masked.length);
    }
  }
  return out;
}
