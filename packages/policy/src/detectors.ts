/**
 * Value detectors: find personal data *values* (card numbers, e-mail addresses, phone numbers,
 * IP addresses, US social security numbers) in free text or classify a single value.
 *
 * Design notes
 * - Every scanner is linear-ish: candidates are found either by hand-written character scans
 *   or by regexes whose quantifiers are all bounded and unambiguous, then verified in code.
 *   Nothing here can backtrack catastrophically, whatever the input.
 * - Precision matters more than recall for *detection* (a linter must not cry wolf); the
 *   masking module adds its own brand-agnostic safety net for card-like digit runs, so a
 *   conservative detector never means a card is printed in full.
 *
 * Decisions (documented here because tests pin them):
 * - E-mail: `local@domain.tld` with at least one dot in the domain and an alphabetic (or
 *   punycode) TLD of 2+ letters. `user@localhost`, `foo@bar`, `@scope/package`,
 *   `pkg@1.2.3` and retina assets such as `icon@2x.png` are NOT e-mail addresses. In free
 *   text, `git@host` (SSH remotes) is not reported as personal data.
 * - IP addresses: every public *and* private address is reported (private addresses still
 *   identify a device on a network), except the unspecified and loopback addresses
 *   (`0.0.0.0`, `127.0.0.0/8`, `::`, `::1`) and the broadcast address `255.255.255.255`. In
 *   text, dotted quads that look like versions (`v1.2.3.4`, `pkg@1.2.3.4`, `1.2.3.4-beta`,
 *   `1.2.3.4.5`) are skipped.
 * - Phone numbers: validated with libphonenumber-js *max* metadata (`isValid()` checks the
 *   number patterns, not just lengths). In free text only international numbers (`+...`) or
 *   national numbers written with separators (`(415) 555-2671`, `415-555-2671`) are reported;
 *   a bare run of 10 digits is not. A card number is never a phone number.
 * - SSN: `AAA-GG-SSSS` (dashes or spaces, the same separator twice); area not 000, 666 or
 *   900–999, group not 00, serial not 0000. `isSSN` also accepts 9 bare digits; free text does not.
 */
import { isIPv4 as netIsIPv4, isIPv6 as netIsIPv6 } from 'node:net';
import { createRequire } from 'node:module';
import type { CountryCode, parsePhoneNumberFromString as Parse } from 'libphonenumber-js/max';

// libphonenumber-js's max metadata is loaded on the first phone-shaped value, not at start-up:
// most files have none, and ESLint and the scanner start faster without it (docs/performance.md).
let parsePhone: typeof Parse | undefined;
function phoneParser(): typeof Parse {
  parsePhone ??= (
    createRequire(import.meta.url)('libphonenumber-js/max') as {
      parsePhoneNumberFromString: typeof Parse;
    }
  ).parsePhoneNumberFromString;
  return parsePhone;
}

export type ValueDetector = 'card-number' | 'email' | 'phone' | 'ipv4' | 'ipv6' | 'ssn';

export interface ValueMatch {
  /** Data category id, e.g. `user.financial.card.number`. */
  category: string;
  /** Offset of the first character of the match (UTF-16 code units). */
  start: number;
  /** Offset just past the last character of the match. */
  end: number;
  /** The matched text, exactly as it appears in the input. */
  value: string;
  detector: ValueDetector;
  /** Card brand (`visa`, `mastercard`, `amex`, ...), for card numbers only. */
  brand?: string;
}

export interface DetectValuesOptions {
  /**
   * Only report matches whose category is one of these, or a descendant of one of these
   * (`user.contact` covers `user.contact.email`). Default: every detector.
   */
  categories?: readonly string[];
  /** Country used to read national phone numbers. Default `US`. */
  defaultCountry?: CountryCode;
  /**
   * Whether `name@host` in a URL's authority (`https://key@o1.ingest.sentry.io/1`,
   * `postgres://user:secret@db.example.com`) counts as an e-mail address. Default `true`, so
   * that masking hides it; {@link detectValuesInCode} reads it as what it is, a user name or a
   * credential of the URL.
   */
  urlUserinfoAsEmail?: boolean;
}

export const DETECTOR_CATEGORIES: Readonly<Record<ValueDetector, string>> = {
  'card-number': 'user.financial.card.number',
  email: 'user.contact.email',
  phone: 'user.contact.phone_number',
  ipv4: 'user.device.ip_address',
  ipv6: 'user.device.ip_address',
  ssn: 'user.government_id.ssn',
};

// ---------------------------------------------------------------------------------------------
// Character helpers

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnumCode = (c: number): boolean => isDigitCode(c) || isAsciiLetterCode(c);
const isHexLetterCode = (c: number): boolean => (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** Separators allowed between the digit groups of a card number: space, dash, no-break space. */
const CARD_SEPARATORS = new Set([' ', '-', '\u00a0']);

function onlyDigits(value: string): string {
  return value.replace(/\D/g, '');
}

// ---------------------------------------------------------------------------------------------
// Card numbers

/** Luhn (mod 10) check over a string of ASCII digits. Non-digit input or empty input → false. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

interface BrandRule {
  brand: string;
  /** Inclusive IIN ranges, compared on the first `width` digits. */
  ranges: readonly (readonly [number, number, number])[];
  lengths: readonly number[];
}

const lengths = (min: number, max: number): number[] =>
  Array.from({ length: max - min + 1 }, (_, k) => min + k);

/** Ordered: the first rule whose prefix and length match wins (specific before generic). */
const BRAND_RULES: readonly BrandRule[] = [
  {
    brand: 'amex',
    ranges: [
      [2, 34, 34],
      [2, 37, 37],
    ],
    lengths: [15],
  },
  { brand: 'visa', ranges: [[1, 4, 4]], lengths: [13, 16, 19] },
  {
    brand: 'mastercard',
    ranges: [
      [2, 51, 55],
      [4, 2221, 2720],
    ],
    lengths: [16],
  },
  {
    brand: 'discover',
    ranges: [
      [4, 6011, 6011],
      [3, 644, 649],
      [2, 65, 65],
    ],
    lengths: lengths(16, 19),
  },
  { brand: 'jcb', ranges: [[4, 3528, 3589]], lengths: lengths(16, 19) },
  {
    brand: 'diners',
    ranges: [
      [3, 300, 305],
      [4, 3095, 3095],
      [2, 36, 36],
      [2, 38, 39],
    ],
    lengths: lengths(14, 19),
  },
  { brand: 'unionpay', ranges: [[2, 62, 62]], lengths: lengths(16, 19) },
  {
    brand: 'maestro',
    ranges: [
      [2, 50, 50],
      [2, 56, 69],
    ],
    lengths: lengths(13, 19),
  },
];

function brandOfDigits(digits: string): string | undefined {
  for (const rule of BRAND_RULES) {
    if (!rule.lengths.includes(digits.length)) continue;
    for (const [width, from, to] of rule.ranges) {
      const prefix = Number(digits.slice(0, width));
      if (prefix >= from && prefix <= to) return rule.brand;
    }
  }
  return undefined;
}

/**
 * Card brand from the IIN prefix and the length, ignoring separators (space, dash);
 * `undefined` when the value is not 13–19 digits or matches no known brand. Does not check Luhn.
 */
export function cardBrand(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^[\d \-\u00a0]+$/.test(trimmed)) return undefined;
  const digits = onlyDigits(trimmed);
  if (digits.length < 13 || digits.length > 19) return undefined;
  return brandOfDigits(digits);
}

function isAllSameDigit(digits: string): boolean {
  return /^(\d)\1*$/.test(digits);
}

/** Brand + Luhn + not a repeated digit, on bare digits. Returns the brand when it is a card. */
function cardDigitsBrand(digits: string): string | undefined {
  if (digits.length < 13 || digits.length > 19) return undefined;
  if (isAllSameDigit(digits)) return undefined;
  if (!luhnValid(digits)) return undefined;
  return brandOfDigits(digits);
}

interface DigitGroup {
  start: number;
  end: number;
}

/** A maximal chain of digit groups joined by exactly one card separator each. */
interface DigitRun {
  groups: DigitGroup[];
}

/** All maximal digit runs in `text` (groups linked by a single space, dash or no-break space). */
function* digitRuns(text: string): Generator<DigitRun> {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const groups: DigitGroup[] = [];
    for (;;) {
      const start = i;
      while (i < n && isDigitCode(text.charCodeAt(i))) i++;
      groups.push({ start, end: i });
      if (i + 1 < n && CARD_SEPARATORS.has(text.charAt(i)) && isDigitCode(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    yield { groups };
  }
}

/** @internal Used by the masking module; not part of the public API. */
export interface CardWindow {
  start: number;
  end: number;
  digits: string;
  /** True when the window ends where its run of digit groups ends. */
  atRunEnd: boolean;
}

/**
 * @internal Used by the masking module; not part of the public API.
 * Windows of whole digit groups that hold 13–19 digits and satisfy `accept`, scanning each run
 * left to right and taking the longest accepted window at each start (non-overlapping).
 * `strictFormat` applies the usual card groupings (one 13–19 digit group, or a 4-digit first
 * group followed by 3–6 digit groups joined by one repeated separator); otherwise any grouping
 * and any mix of separators is allowed. Linear in the text length.
 */
export function scanCardWindows(
  text: string,
  strictFormat: boolean,
  accept: (digits: string, start: number, end: number) => boolean,
): CardWindow[] {
  const out: CardWindow[] = [];
  for (const { groups } of digitRuns(text)) {
    let i = 0;
    while (i < groups.length) {
      let best: CardWindow | undefined;
      let bestJ = i;
      let digits = '';
      for (let j = i; j < groups.length; j++) {
        const g = groups[j];
        if (g === undefined) break;
        const len = g.end - g.start;
        if (digits.length + len > 19) break;
        if (strictFormat && j > i) {
          const first = groups[i];
          const prev = groups[j - 1];
          if (first === undefined || prev === undefined) break;
          if (first.end - first.start !== 4 || len < 3 || len > 6) break;
          if (text.charAt(prev.end) !== text.charAt(first.end)) break;
        }
        digits += text.slice(g.start, g.end);
        const first = groups[i];
        if (first === undefined) break;
        if (digits.length >= 13 && accept(digits, first.start, g.end)) {
          best = { start: first.start, end: g.end, digits, atRunEnd: j === groups.length - 1 };
          bestJ = j;
        }
      }
      if (best) {
        out.push(best);
        i = bestJ + 1;
      } else {
        i++;
      }
    }
  }
  return out;
}

/**
 * Rejects card-number windows that are really part of something else: a hex string or `0x`
 * literal (adjacent letters all a–f), or a decimal fraction / dotted number (`.` + digit).
 */
function plausibleCardContext(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (text.charAt(start - 1) === '.' && isDigitCode(text.charCodeAt(start - 2))) return false;
  if (text.charAt(end) === '.' && isDigitCode(text.charCodeAt(end + 1))) return false;
  if (
    (text.charAt(start - 1) === 'x' || text.charAt(start - 1) === 'X') &&
    text.charAt(start - 2) === '0'
  ) {
    return false;
  }
  const letterBefore = isAsciiLetterCode(before);
  const letterAfter = isAsciiLetterCode(after);
  if (!letterBefore && !letterAfter) return true;
  // Adjacent letters: a hex token (only a–f letters, digits) is not a card; `card4242...` is.
  let allHex = true;
  for (let k = start - 1; k >= 0 && allHex; k--) {
    const c = text.charCodeAt(k);
    if (!isAlnumCode(c)) break;
    if (isAsciiLetterCode(c) && !isHexLetterCode(c)) allHex = false;
  }
  for (let k = end; k < text.length && allHex; k++) {
    const c = text.charCodeAt(k);
    if (!isAlnumCode(c)) break;
    if (isAsciiLetterCode(c) && !isHexLetterCode(c)) allHex = false;
  }
  return !allHex;
}

const STRICT_CARD_FORMAT = /^\d{13,19}$|^\d{4}([ \-\u00a0])\d{3,6}(?:\1\d{3,6}){0,3}$/;

/**
 * True for a whole value that is a payment card number: 13–19 digits (optionally grouped with
 * spaces or dashes in the usual way), Luhn-valid, with a known brand IIN range and length.
 */
export function isCardNumber(value: string): boolean {
  const trimmed = value.trim();
  if (!STRICT_CARD_FORMAT.test(trimmed)) return false;
  return cardDigitsBrand(onlyDigits(trimmed)) !== undefined;
}

function findCards(text: string): ValueMatch[] {
  const windows = scanCardWindows(
    text,
    true,
    (digits, start, end) =>
      cardDigitsBrand(digits) !== undefined && plausibleCardContext(text, start, end),
  );
  return windows.map((w) => {
    const match: ValueMatch = {
      category: DETECTOR_CATEGORIES['card-number'],
      start: w.start,
      end: w.end,
      value: text.slice(w.start, w.end),
      detector: 'card-number',
    };
    const brand = brandOfDigits(w.digits);
    if (brand !== undefined) match.brand = brand;
    return match;
  });
}

// ---------------------------------------------------------------------------------------------
// E-mail addresses

const EMAIL_LOCAL_EXACT = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const EMAIL_LOCAL_TEXT = /^[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TLD = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;
/** File extensions that follow `@` in asset names (`icon@2x.png`); none is a real TLD. */
const FILE_EXTENSIONS = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'avif',
  'ico',
  'bmp',
  'tif',
  'tiff',
  'heic',
  'js',
  'mjs',
  'cjs',
  'ts',
  'mts',
  'cts',
  'tsx',
  'jsx',
  'css',
  'scss',
  'less',
  'json',
  'map',
  'html',
  'htm',
  'txt',
  'wasm',
  'woff',
  'woff2',
  'ttf',
  'otf',
  'mp3',
  'mp4',
  'webm',
  'pdf',
]);

function validEmailDomain(domain: string): boolean {
  if (domain.length === 0 || domain.length > 253) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) if (!DOMAIN_LABEL.test(label)) return false;
  const tld = labels[labels.length - 1] ?? '';
  return TLD.test(tld) && !FILE_EXTENSIONS.has(tld.toLowerCase());
}

/** Pragmatic RFC 5322 check of a whole value: dot-atom local part (≤ 64) `@` dotted domain with a TLD. */
export function isEmail(value: string): boolean {
  const trimmed = value.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || trimmed.indexOf('@') !== at) return false;
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1);
  return local.length <= 64 && EMAIL_LOCAL_EXACT.test(local) && validEmailDomain(domain);
}

const isEmailLocalTextCode = (c: number): boolean =>
  isAlnumCode(c) ||
  c === 46 /* . */ ||
  c === 95 /* _ */ ||
  c === 37 /* % */ ||
  c === 43 /* + */ ||
  c === 45; /* - */
const isDomainCode = (c: number): boolean => isAlnumCode(c) || c === 46 || c === 45;

/**
 * Whether the local part starting at `start` is a URL's user info: right after `//`
 * (`https://key@sentry.io`) or after `//user:` (`postgres://user:secret@db.example.com`).
 */
function isUrlUserinfo(text: string, start: number): boolean {
  if (text.startsWith('//', start - 2)) return true;
  if (text.charAt(start - 1) !== ':') return false;
  let k = start - 1;
  // The user name: unreserved, percent-encoded and sub-delimiter characters (RFC 3986).
  while (k > 0 && start - k < 256 && /[A-Za-z0-9\-._~%!$&'()*+,;=]/.test(text.charAt(k - 1))) k--;
  return text.startsWith('//', k - 2);
}

function findEmails(text: string, urlUserinfo = true): ValueMatch[] {
  const out: ValueMatch[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf('@', from);
    if (at < 0) break;
    from = at + 1;
    // Local part: up to 64 characters to the left.
    let s = at;
    while (s > 0 && at - s < 65 && isEmailLocalTextCode(text.charCodeAt(s - 1))) s--;
    if (at - s > 64) continue;
    while (s < at && text.charAt(s) === '.') s++;
    if (s === at) continue;
    // Domain: up to 253 characters to the right.
    let e = at + 1;
    while (e < text.length && e - at - 1 < 254 && isDomainCode(text.charCodeAt(e))) e++;
    if (e - at - 1 > 253) continue;
    while (e > at + 1 && (text.charAt(e - 1) === '.' || text.charAt(e - 1) === '-')) e--;
    const local = text.slice(s, at);
    let domain = text.slice(at + 1, e);
    // An address in a file name (`ops@shop.com.ts`): the extension is not the domain's.
    const dot = domain.lastIndexOf('.');
    if (
      !validEmailDomain(domain) &&
      dot > 0 &&
      FILE_EXTENSIONS.has(domain.slice(dot + 1).toLowerCase()) &&
      validEmailDomain(domain.slice(0, dot))
    ) {
      domain = domain.slice(0, dot);
      e = at + 1 + domain.length;
    }
    if (!EMAIL_LOCAL_TEXT.test(local) || !validEmailDomain(domain)) continue;
    if (local.toLowerCase() === 'git') continue;
    if (!urlUserinfo && isUrlUserinfo(text, s)) continue;
    out.push({
      category: DETECTOR_CATEGORIES.email,
      start: s,
      end: e,
      value: text.slice(s, e),
      detector: 'email',
    });
    from = e;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

const PHONE_CHARS = /^[+\d\s().-]+$/;

function looksLikeDate(candidate: string): boolean {
  return /^\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}$|^\d{1,2}[-./ ]\d{1,2}[-./ ]\d{4}$/.test(candidate);
}

function validPhone(candidate: string, defaultCountry: CountryCode): boolean {
  const digits = onlyDigits(candidate);
  if (digits.length < 7 || digits.length > 15) return false;
  if (cardDigitsBrand(digits) !== undefined) return false;
  const parsed = phoneParser()(candidate, { defaultCountry, extract: false });
  return parsed?.isValid() === true;
}

/**
 * True for a whole value that is a valid phone number (libphonenumber-js, max metadata), read
 * in `defaultCountry` unless it starts with `+`. Accepts bare digits; never a card number.
 */
export function isPhoneNumber(value: string, defaultCountry: CountryCode = 'US'): boolean {
  const trimmed = value.trim();
  if (!PHONE_CHARS.test(trimmed) || looksLikeDate(trimmed)) return false;
  return validPhone(trimmed, defaultCountry);
}

/** `+` then 7–16 digits or parenthesised groups, each after at most one separator. */
const INTERNATIONAL_PHONE = /(?<![\w+])\+\d(?:[ .-]?(?:\(\d{1,4}\)|\d)){5,16}(?!\w|[ .-]\d)/g;
/** A national number written with separators: `(415) 555-2671`, `415-555-2671`, `020 7946 0958`. */
const NATIONAL_PHONE =
  /(?:(?<![\w+(])\(\d{1,5}\)[ ]?|(?<![\w+(]|\d[ .-]|\d\)[ ]?)\d{1,5}[ .-])\d{2,5}(?:[ .-]\d{2,5}){0,3}(?!\w|[ .-]\d)/g;

function findPhones(text: string, defaultCountry: CountryCode): ValueMatch[] {
  const out: ValueMatch[] = [];
  const push = (start: number, value: string): void => {
    out.push({
      category: DETECTOR_CATEGORIES.phone,
      start,
      end: start + value.length,
      value,
      detector: 'phone',
    });
  };
  for (const m of text.matchAll(INTERNATIONAL_PHONE)) {
    if (validPhone(m[0], defaultCountry)) push(m.index, m[0]);
  }
  for (const m of text.matchAll(NATIONAL_PHONE)) {
    if (!looksLikeDate(m[0]) && validPhone(m[0], defaultCountry)) push(m.index, m[0]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// IP addresses

function reportableIPv4(value: string): boolean {
  if (!netIsIPv4(value)) return false;
  return value !== '0.0.0.0' && value !== '255.255.255.255' && !value.startsWith('127.');
}

function reportableIPv6(value: string): boolean {
  return netIsIPv6(value) && !isLoopbackOrUnspecifiedV6(value.toLowerCase());
}

/** `::`, `::1` and their long forms (`0:0:0:0:0:0:0:1`). */
function isLoopbackOrUnspecifiedV6(lower: string): boolean {
  if (lower.includes('.')) return false;
  const [head = '', tail] = lower.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - headGroups.length - tailGroups.length;
  if (missing < 0) return false;
  const groups = [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups].map((g) =>
    parseInt(g, 16),
  );
  const last = groups[7];
  return groups.slice(0, 7).every((g) => g === 0) && (last === 0 || last === 1);
}

/**
 * True for a whole value that is a reportable IPv4 address: any valid address (public or
 * private) except `0.0.0.0`, `127.0.0.0/8` and `255.255.255.255`.
 */
export function isIPv4(value: string): boolean {
  return reportableIPv4(value.trim());
}

/** True for a whole value that is a valid IPv6 address other than `::` and `::1`. */
export function isIPv6(value: string): boolean {
  return reportableIPv6(value.trim());
}

const IPV4_CANDIDATE = /(?<![\w.@-])(?:\d{1,3}\.){3}\d{1,3}(?![\w@]|[.-]\w)/g;
const HEX_COLON_RUN = /[0-9A-Fa-f:.]+/g;

function findIPs(text: string): ValueMatch[] {
  const out: ValueMatch[] = [];
  for (const m of text.matchAll(IPV4_CANDIDATE)) {
    if (reportableIPv4(m[0])) {
      out.push({
        category: DETECTOR_CATEGORIES.ipv4,
        start: m.index,
        end: m.index + m[0].length,
        value: m[0],
        detector: 'ipv4',
      });
    }
  }
  for (const m of text.matchAll(HEX_COLON_RUN)) {
    let value = m[0];
    if (value.length < 2 || value.length > 60 || !value.includes(':')) continue;
    let start = m.index;
    let end = start + value.length;
    // A leading `:` belongs to the text (`ip:2001:db8::1`) unless it starts `::`.
    if (value.startsWith(':') && !value.startsWith('::')) {
      value = value.slice(1);
      start++;
    }
    // Trailing sentence punctuation.
    while (value.endsWith('.') || (value.endsWith(':') && !value.endsWith('::'))) {
      value = value.slice(0, -1);
      end--;
    }
    if (value.length > 45) continue;
    const before = text.charCodeAt(start - 1);
    const after = text.charCodeAt(end);
    if (isAsciiLetterCode(before) || before === 95 || isAsciiLetterCode(after) || after === 95)
      continue;
    if (reportableIPv6(value)) {
      out.push({
        category: DETECTOR_CATEGORIES.ipv6,
        start,
        end,
        value,
        detector: 'ipv6',
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// US social security numbers

function validSSNParts(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return a !== 0 && a !== 666 && a < 900 && group !== '00' && serial !== '0000';
}

const SSN_EXACT = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/;
const SSN_TEXT = /(?<![\w-]|\d[ ])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-]|[ ]\d)/g;

/** True for a whole value that is a US SSN (`AAA-GG-SSSS`, spaces, or 9 bare digits). */
export function isSSN(value: string): boolean {
  const m = SSN_EXACT.exec(value.trim());
  if (!m) return false;
  return validSSNParts(m[1] ?? '', m[3] ?? '', m[4] ?? '');
}

function findSSNs(text: string): ValueMatch[] {
  const out: ValueMatch[] = [];
  for (const m of text.matchAll(SSN_TEXT)) {
    if (validSSNParts(m[1] ?? '', m[3] ?? '', m[4] ?? '')) {
      out.push({
        category: DETECTOR_CATEGORIES.ssn,
        start: m.index,
        end: m.index + m[0].length,
        value: m[0],
        detector: 'ssn',
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Orchestration

function categorySelected(category: string, selected: readonly string[] | undefined): boolean {
  if (selected === undefined) return true;
  return selected.some((c) => category === c || category.startsWith(`${c}.`));
}

/**
 * All personal values found in free text, sorted by start and non-overlapping. When two
 * detectors claim overlapping text the higher-priority one wins: card number, e-mail, SSN,
 * IP address, phone number (so a card is never reported as a phone).
 */
export function detectValues(text: string, options: DetectValuesOptions = {}): ValueMatch[] {
  const { categories, defaultCountry = 'US', urlUserinfoAsEmail = true } = options;
  const want = (d: ValueDetector): boolean => categorySelected(DETECTOR_CATEGORIES[d], categories);
  const ordered: ValueMatch[] = [];
  // Priority order; when a category filter removes a detector, it does not shadow others.
  if (want('card-number')) ordered.push(...findCards(text));
  if (want('email')) ordered.push(...findEmails(text, urlUserinfoAsEmail));
  if (want('ssn')) ordered.push(...findSSNs(text));
  if (want('ipv4')) ordered.push(...findIPs(text));
  if (want('phone')) ordered.push(...findPhones(text, defaultCountry));
  if (ordered.length === 0) return [];
  const taken = new Uint8Array(text.length);
  const accepted: ValueMatch[] = [];
  for (const match of ordered) {
    let free = true;
    for (let k = match.start; k < match.end; k++) {
      if (taken[k] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, match.start, match.end);
    accepted.push(match);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/**
 * Classifies a whole string value (e.g. a string literal): the single match of
 * {@link detectValues} that spans the entire trimmed value, or `undefined`. The free-text rules
 * apply, so bare 10-digit numbers are not phones and bare 9-digit numbers are not SSNs; offsets
 * refer to the untrimmed `value`. Values longer than 1000 characters are never classified.
 */
export function detectValue(
  value: string,
  options: DetectValuesOptions = {},
): ValueMatch | undefined {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 1000) return undefined;
  const offset = value.indexOf(trimmed);
  const matches = detectValues(trimmed, options);
  const [only] = matches;
  if (
    matches.length !== 1 ||
    only === undefined ||
    only.start !== 0 ||
    only.end !== trimmed.length
  ) {
    return undefined;
  }
  return { ...only, start: only.start + offset, end: only.end + offset };
}

/** Longer strings of code are not read for values (a bundled asset, a data blob). */
const MAX_CODE_TEXT = 20_000;

function isWholeValue(text: string, match: ValueMatch): boolean {
  return (
    match.start === text.length - text.trimStart().length && match.end === text.trimEnd().length
  );
}

/**
 * A card number inside longer text of code (`'seeded card 4539-1488-0343-6467'`,
 * `'sid=4539148803436467'`): grouped with separators in the usual way, or a bare run of 15 or
 * 16 digits, the lengths of nearly every card issued. Longer bare runs are far more often ids
 * (a Discord or Twitter id has 17–19 digits and may pass Luhn and a Maestro prefix), and a run
 * that is a URL path segment (`/orders/6011…`) is an id.
 */
function plausibleEmbeddedCard(text: string, match: ValueMatch): boolean {
  if (/\D/.test(match.value)) return true;
  const length = match.value.length;
  return (length === 15 || length === 16) && text.charAt(match.start - 1) !== '/';
}

/**
 * Personal values written in a string of source code (a string literal, the text of a
 * template), which are personal wherever they are sent or stored:
 * - a card number: the whole value as {@link detectValue} reads it, or one inside longer text
 *   (grouped with separators, or a bare run of 15–16 digits that is not a URL path segment);
 *   the last four digits, a masked number (`4539 **** **** 6467`), a number failing Luhn, a
 *   UUID or a hex id are not card numbers;
 * - an e-mail address anywhere in the text (`?email=ops@shop.example.com`, `'contact ops@…'`),
 *   but not a URL's user info (`https://key@sentry.io/1`), a package (`@scope/pkg@1.2.3`), an
 *   asset (`icon@2x.png`) or a git remote (`git@github.com:org/repo`);
 * - a US social security number, only as the whole value.
 * Phone numbers and IP addresses in code are too often something else (ids, versions, hosts).
 * Sorted by start; strings longer than 20,000 characters are not read.
 */
export function detectValuesInCode(text: string): ValueMatch[] {
  if (text.length > MAX_CODE_TEXT || text.trim().length === 0) return [];
  const found = detectValues(text, {
    categories: [DETECTOR_CATEGORIES['card-number'], DETECTOR_CATEGORIES.email],
    urlUserinfoAsEmail: false,
  }).filter(
    (match) =>
      match.detector === 'email' || isWholeValue(text, match) || plausibleEmbeddedCard(text, match),
  );
  const ssn = detectValue(text, { categories: [DETECTOR_CATEGORIES.ssn] });
  return ssn ? [ssn, ...found] : found;
}
