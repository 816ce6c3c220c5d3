/**
 * Masking: the one place that decides how a found personal value is shown in any Pledge output
 * (CLI, SARIF, ESLint messages, reports, code snippets).
 *
 * Rules, by category (a descendant category follows its ancestor's rule):
 * - `user.financial.card.number`: every digit except the last four becomes `*`, separators are
 *   kept (`4242 4242 4242 4242` → `**** **** **** 4242`). Values with fewer than 8 digit
 *   positions are masked entirely.
 * - `user.financial.card.last4`: same rule (a real last-4 stays readable, a mislabelled full
 *   number is still masked; here 4 digits are enough to show the last four).
 * - `user.financial.card.security_code`, `user.authorization.credentials`: always `***`
 *   (secrets: not even the first character or the length is shown).
 * - `user.contact.email`: `jane.doe@example.com` → `j***@e***.com`.
 * - `user.contact.phone_number`: every digit except the last two becomes `*`.
 * - `user.device.ip_address`: IPv4 keeps the first two octets (`203.0.*.*`), IPv6 the first group
 *   (`2001:***`).
 * - `user.government_id.ssn`: `***-**-6789`.
 * - anything else: the first character then `***` (the length is hidden).
 * - no category: every value that {@link detectValues} finds in the text is masked by its rule.
 *
 * Whatever the input and category, the output never contains a Luhn-valid run of 13–19 digits
 * (contiguous, or in groups joined by single spaces/dashes): a brand-agnostic safety net masks
 * any such run that the precise detectors did not claim.
 */
import { isIPv4 as netIsIPv4, isIPv6 as netIsIPv6 } from 'node:net';
import { detectValues, luhnValid, scanCardWindows } from './detectors.js';

/** The masking character, ASCII so that every terminal, SARIF viewer and log shows it. */
export const MASK_CHAR = '*';

const HIDDEN = MASK_CHAR.repeat(3);

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

function within(category: string, base: string): boolean {
  return category === base || category.startsWith(`${base}.`);
}

/**
 * Replaces every digit except the last `keep` with the mask character, keeping all other
 * characters. Positions already masked count as digits, so masking is idempotent; when fewer
 * than `minPositions` digit positions exist, every digit is masked.
 */
function keepLastDigits(value: string, keep: number, minPositions: number): string {
  let positions = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (c === MASK_CHAR || isDigitCode(value.charCodeAt(i))) positions++;
  }
  const kept = positions >= minPositions ? keep : 0;
  let seen = 0;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (c === MASK_CHAR || isDigitCode(value.charCodeAt(i))) {
      seen++;
      out += seen > positions - kept ? c : MASK_CHAR;
    } else {
      out += c;
    }
  }
  return out;
}

function maskGeneric(value: string): string {
  if (value.length === 0) return '';
  const first = String.fromCodePoint(value.codePointAt(0) ?? 0x2a);
  return `${first}${HIDDEN}`;
}

function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const tld = domain.slice(dot + 1);
  if (at <= 0 || dot <= 0 || tld.length === 0 || !/^[A-Za-z0-9-]+$/.test(tld))
    return maskGeneric(value);
  return `${maskGeneric(local)}@${maskGeneric(domain)}.${tld}`;
}

function maskIp(value: string): string {
  const trimmed = value.trim();
  if (netIsIPv4(trimmed)) {
    const [a = '', b = ''] = trimmed.split('.');
    return `${a}.${b}.${MASK_CHAR}.${MASK_CHAR}`;
  }
  if (netIsIPv6(trimmed)) {
    const [first = ''] = trimmed.split(':');
    return `${first}:${HIDDEN}`;
  }
  return maskGeneric(value);
}

function maskSSN(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length === 9) return `${HIDDEN}-${MASK_CHAR.repeat(2)}-${digits.slice(5)}`;
  return keepLastDigits(value, 4, 8);
}

function maskCardLike(value: string, minPositions = 8): string {
  if (!/^[\d\s.\-*]*$/.test(value) || !/\d/.test(value)) return maskGeneric(value);
  return keepLastDigits(value, 4, minPositions);
}

function maskPhone(value: string): string {
  if (!/^[+\d\s().\-*]*$/.test(value) || !/\d/.test(value)) return maskGeneric(value);
  return keepLastDigits(value, 2, 6);
}

function maskByCategory(value: string, category: string): string {
  if (within(category, 'user.financial.card.security_code')) return HIDDEN;
  if (within(category, 'user.authorization.credentials')) return HIDDEN;
  if (within(category, 'user.financial.card.number')) return maskCardLike(value);
  if (within(category, 'user.financial.card.last4')) return maskCardLike(value, 4);
  if (within(category, 'user.contact.email')) return maskEmail(value);
  if (within(category, 'user.contact.phone_number')) return maskPhone(value);
  if (within(category, 'user.device.ip_address')) return maskIp(value);
  if (within(category, 'user.government_id.ssn')) return maskSSN(value);
  return maskGeneric(value);
}

/**
 * Masks every Luhn-valid run of 13–19 digits (whole digit groups joined by single spaces,
 * dashes or no-break spaces, any brand) still present in `text`. The last four digits are kept
 * only when nothing follows the run, so no new run can form from the kept digits.
 */
function maskCardLikeRuns(text: string): string {
  const windows = scanCardWindows(text, false, (digits) => luhnValid(digits));
  if (windows.length === 0) return text;
  let out = '';
  let last = 0;
  for (const w of windows) {
    const slice = text.slice(w.start, w.end);
    out += text.slice(last, w.start) + keepLastDigits(slice, w.atRunEnd ? 4 : 0, 8);
    last = w.end;
  }
  return out + text.slice(last);
}

/** Masks every personal value detected in free text (used by reporters on code snippets). */
export function maskText(text: string): string {
  const matches = detectValues(text);
  let out = '';
  let last = 0;
  for (const m of matches) {
    out += text.slice(last, m.start) + maskByCategory(m.value, m.category);
    last = m.end;
  }
  return maskEmailLike(maskSeparatedCardRuns(maskCardLikeRuns(out + text.slice(last))));
}

// The email safety net: the detectors find an address where code holds one; a file name, a
// YAML token or a mutated string may glue it to other text (`ops@shop.example.com-18.ts`).
// Whatever looks like `local@domain.tld` is masked, at the cost of an occasional `user@2x.png`.
const EMAIL_LIKE = /[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/g;

function maskEmailLike(text: string): string {
  if (!text.includes('@')) return text;
  return text.replace(EMAIL_LIKE, (found) => maskEmail(found));
}

// The safety net's second pass: a card number however it is written — groups joined by any
// short run of separators (`.`, `_`, `/`, tabs, double spaces, en or em dashes, zero-width
// characters, JavaScript's numeric separators), in any script's decimal digits (full-width
// `４５３９`…). Digits are read as digits of any script; a run of 13–19 of them that passes
// Luhn is masked, all but the last four when nothing follows.
const SEPARATOR = /^[\s._\-/\u2010-\u2015\u2212\u200B-\u200D\u2060\uFEFF,'\u00B7]$/u;
const DECIMAL = /^\p{Nd}$/u;
/** At most this many separator characters between two digit groups. */
const MAX_SEPARATORS = 3;

/** The value of a decimal digit of any script (their blocks are runs of ten from zero). */
function digitValue(text: string, index: number): number {
  const code = text.codePointAt(index) ?? 0;
  if (code >= 48 && code <= 57) return code - 48;
  let zero = code;
  while (zero > 0 && DECIMAL.test(String.fromCodePoint(zero - 1))) zero--;
  return (code - zero) % 10;
}

function maskSeparatedCardRuns(text: string): string {
  // Most strings (messages, paths, names) have fewer than 13 digits: nothing to look for.
  const digits = text.match(/\p{Nd}/gu);
  if (digits === null || digits.length < 13) return text;
  // Digit groups (digits with nothing between them), and runs of groups joined by short
  // separators. A card is whole groups: 13–19 digits from a group's start to a group's end.
  type Position = { index: number; size: number; value: number };
  const runs: Position[][][] = [];
  let run: Position[][] = [];
  let group: Position[] = [];
  let gap = 0;
  const endGroup = (): void => {
    if (group.length > 0) run.push(group);
    group = [];
  };
  const endRun = (): void => {
    endGroup();
    if (run.length > 0) runs.push(run);
    run = [];
    gap = 0;
  };
  for (let i = 0; i < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
    if (DECIMAL.test(char)) {
      if (gap > 0) endGroup();
      group.push({ index: i, size: char.length, value: digitValue(text, i) });
      gap = 0;
    } else if (
      (group.length > 0 || run.length > 0) &&
      char === '\\' &&
      /^[tnrfv]$/.test(text.charAt(i + 1)) &&
      gap < MAX_SEPARATORS
    ) {
      // An escaped tab or line break, as JSON and YAML messages quote them: a separator.
      gap++;
      i += 2;
      continue;
    } else if (
      (group.length > 0 || run.length > 0) &&
      SEPARATOR.test(char) &&
      gap < MAX_SEPARATORS
    ) {
      gap++;
    } else {
      endRun();
    }
    i += char.length;
  }
  endRun();
  const masked: Position[] = [];
  for (const groups of runs) {
    const hit = groups.map((g) => g.map(() => false));
    for (let first = 0; first < groups.length; first++) {
      let digits: Position[] = [];
      for (let last = first; last < groups.length; last++) {
        digits = digits.concat(groups[last] ?? []);
        if (digits.length > 19) break;
        if (digits.length < 13) continue;
        if (!luhnValid(digits.map((d) => String(d.value)).join(''))) continue;
        const keep = last === groups.length - 1 ? 4 : 0;
        let k = 0;
        for (let g = first; g <= last; g++)
          (groups[g] ?? []).forEach((_, index) => {
            if (k++ < digits.length - keep) (hit[g] ?? [])[index] = true;
          });
      }
    }
    groups.forEach((g, gi) => {
      g.forEach((d, di) => {
        if (hit[gi]?.[di]) masked.push(d);
      });
    });
  }
  if (masked.length === 0) return text;
  let out = '';
  let last = 0;
  for (const d of masked) {
    out += text.slice(last, d.index) + MASK_CHAR;
    last = d.index + d.size;
  }
  return out + text.slice(last);
}

/**
 * The masked form of a found value. With a `category`, `value` is masked by that category's
 * rule; without one, every value detected inside `value` is masked (see {@link maskText}).
 */
export function mask(value: string, category?: string): string {
  if (category === undefined) return maskText(value);
  return maskCardLikeRuns(maskByCategory(value, category));
}

/**
 * A copy of a JSON-like value with every string passed through {@link maskText} — object
 * keys too — except the values of the `verbatim` keys (identifiers a consumer matches
 * exactly, such as fingerprints). For outputs built from data a value may have reached:
 * a cookie name, a host, a file name, a message.
 */
export function maskDeep<T>(value: T, verbatim: ReadonlySet<string> = new Set()): T {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return maskText(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node))
      out[maskText(key)] = verbatim.has(key) ? child : walk(child);
    return out;
  };
  return walk(value) as T;
}
