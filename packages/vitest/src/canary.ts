import { createHash, randomBytes } from 'node:crypto';

// Canary identities: synthetic people whose values are unique markers, so the guard and the
// matchers recognise them exactly, in clear, encoded or hashed, where the generic value
// detectors could only guess (a postal address, a name, a date of birth, a hashed e-mail).

/** A synthetic card: a Luhn-valid Visa number in a test range, unique to the canary. */
export interface CanaryCard {
  /** The full number, 16 digits without separators. */
  number: string;
  brand: 'visa';
  /** The last four digits: what the policy usually allows to store. */
  last4: string;
  expMonth: number;
  expYear: number;
  /** The security code (3 digits). */
  cvc: string;
}

/** A synthetic postal address; `line1` carries the canary's marker. */
export interface CanaryAddress {
  line1: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
}

/** A synthetic person whose values are unique to the test that made it. */
export interface Canary {
  /** The marker every textual value of this canary carries (lower-case letters and digits). */
  id: string;
  firstName: string;
  lastName: string;
  /** `firstName lastName`. */
  name: string;
  email: string;
  /** The phone number in E.164 form (`+14155550123`), in a range reserved for fiction. */
  phone: string;
  address: CanaryAddress;
  /** An IPv4 address from the documentation ranges (RFC 5737). */
  ip: string;
  /** The date of birth as `YYYY-MM-DD`. */
  dateOfBirth: string;
  card: CanaryCard;
}

/** Options of {@link canary}. */
export interface CanaryOptions {
  /** A fixed marker instead of a random one (lower-case letters and digits, 4–16 characters). */
  id?: string;
}

/** How a canary value was found: in clear, or after one of these encodings. */
export type CanaryEncoding = 'url-encoded' | 'base64' | 'json-escaped' | 'sha256' | 'md5';

/** One string to look for, and what it means when found. */
export interface CanaryNeedle {
  /** Lower-cased text to search for (hashes as lower-case hex). */
  text: string;
  category: string;
  /** The canary value this needle stands for; shown masked, never in clear. */
  value: string;
  canaryId: string;
  /** Set for hashes: the needle is a digest of `value`. */
  hash?: 'sha256' | 'md5';
}

const registry = new Map<string, Canary>();
let needles: CanaryNeedle[] | undefined;

// Area codes whose 555-01XX numbers libphonenumber accepts as valid US numbers; 555-0100 to
// 555-0199 are reserved for fiction, so no real person is ever reached or named.
const AREA_CODES = ['201', '212', '312', '415', '503', '617', '702', '718', '805', '917'];
const FIRST_NAMES = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken'];
const CITIES: readonly (readonly [string, string, string])[] = [
  ['Springfield', 'IL', '62701'],
  ['Portland', 'OR', '97201'],
  ['Madison', 'WI', '53703'],
  ['Burlington', 'VT', '05401'],
];
const TEST_NETS = ['192.0.2', '198.51.100', '203.0.113'];

let counter = 0;

/**
 * Deterministic choices from a canary's id: every value follows from the id, so a test that
 * fixes the id (`canary({ id: 'ada1' })`) can state exact expected messages.
 */
class Choices {
  private block = 0;
  private bytes: Buffer = Buffer.alloc(0);
  private offset = 0;
  constructor(private readonly seed: string) {}

  int(max: number): number {
    if (this.offset + 4 > this.bytes.length) {
      this.bytes = createHash('sha256')
        .update(`${this.seed}:${String(this.block)}`)
        .digest();
      this.block += 1;
      this.offset = 0;
    }
    const value = this.bytes.readUInt32BE(this.offset);
    this.offset += 4;
    return value % max;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick() from an empty list');
    return item;
  }

  digits(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += String(this.int(10));
    return out;
  }
}

function luhnCheckDigit(payload: string): string {
  let sum = 0;
  let double = true;
  for (let i = payload.length - 1; i >= 0; i--) {
    let d = payload.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return String((10 - (sum % 10)) % 10);
}

function newId(): string {
  counter += 1;
  const random = randomBytes(5).readUIntBE(0, 5).toString(36).padStart(8, '0').slice(-6);
  return `${random}${counter.toString(36)}`;
}

/**
 * A synthetic person (name, e-mail, phone, postal address, IP, date of birth, a Luhn-valid test
 * card and its security code) whose values are unique to the test. Every canary is registered:
 * the guard and the matchers recognise its values exactly, also URL-encoded, base64-encoded,
 * JSON-escaped and hashed (SHA-256 and MD5 of the trimmed, lower-cased e-mail or phone).
 * With a fixed `id`, every value is derived from it (the same id gives the same person).
 */
export function canary(options: CanaryOptions = {}): Canary {
  const id = options.id ?? newId();
  if (!/^[a-z0-9]{4,16}$/.test(id)) {
    throw new TypeError(`canary id must be 4–16 lower-case letters or digits, got \`${id}\``);
  }
  const existing = registry.get(id);
  if (existing) return existing;
  const choose = new Choices(id);
  const firstName = choose.pick(FIRST_NAMES);
  const lastName = `Canary${id.charAt(0).toUpperCase()}${id.slice(1)}`;
  const [city, region, postalCode] = choose.pick(CITIES);
  // 400000 is the prefix processors use for test Visa numbers; 9 digits + the check digit.
  const payload = `400000${choose.digits(9)}`;
  const number = `${payload}${luhnCheckDigit(payload)}`;
  const year = 1950 + choose.int(50);
  const month = 1 + choose.int(12);
  const day = 1 + choose.int(28);
  const person: Canary = {
    id,
    firstName,
    lastName,
    name: `${firstName} ${lastName}`,
    email: `pledge.canary.${id}@example.com`,
    phone: `+1${choose.pick(AREA_CODES)}55501${choose.digits(2)}`,
    address: {
      line1: `${String(1 + choose.int(999))} Canary ${id} Street`,
      city,
      region,
      postalCode,
      country: 'US',
    },
    ip: `${choose.pick(TEST_NETS)}.${String(1 + choose.int(254))}`,
    dateOfBirth: `${String(year)}-${pad2(month)}-${pad2(day)}`,
    card: {
      number,
      brand: 'visa',
      last4: number.slice(-4),
      expMonth: 1 + choose.int(12),
      expYear: 2030 + choose.int(10),
      cvc: String(100 + choose.int(900)),
    },
  };
  registry.set(id, person);
  needles = undefined;
  return person;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Every canary made so far in this worker. */
export function registeredCanaries(): Canary[] {
  return [...registry.values()];
}

/** Forgets every canary (their values are no longer recognised). */
export function forgetCanaries(): void {
  registry.clear();
  needles = undefined;
}

function digest(algorithm: 'sha256' | 'md5', text: string): string {
  return createHash(algorithm).update(text, 'utf8').digest('hex');
}

/** The strings that identify a canary, in clear and hashed. Cached until a canary is added. */
export function canaryNeedles(): readonly CanaryNeedle[] {
  if (needles) return needles;
  const out: CanaryNeedle[] = [];
  for (const person of registry.values()) out.push(...needlesOf(person));
  needles = out;
  return out;
}

function needlesOf(person: Canary): CanaryNeedle[] {
  const out: CanaryNeedle[] = [];
  const add = (
    category: string,
    value: string,
    variants: readonly string[],
    hashed: readonly string[],
  ): void => {
    for (const text of new Set(variants.map((v) => v.toLowerCase()))) {
      out.push({ text, category, value, canaryId: person.id });
    }
    // Ad pixels hash the trimmed, lower-cased value (SHA-256, some MD5): a hash of a canary
    // value is still that person's data.
    for (const source of new Set(hashed.map((v) => v.trim().toLowerCase()))) {
      for (const hash of ['sha256', 'md5'] as const) {
        out.push({ text: digest(hash, source), category, value, canaryId: person.id, hash });
      }
    }
  };
  const national = person.phone.slice(2);
  const [area, exchange, line] = [national.slice(0, 3), national.slice(3, 6), national.slice(6)];
  add('user.contact.email', person.email, [person.email], [person.email]);
  add(
    'user.contact.phone_number',
    person.phone,
    [
      person.phone,
      person.phone.slice(1),
      national,
      `${area}-${exchange}-${line}`,
      `(${area}) ${exchange}-${line}`,
      `${area}.${exchange}.${line}`,
      `${area} ${exchange} ${line}`,
      `+1 ${area} ${exchange} ${line}`,
      `+1 ${area}-${exchange}-${line}`,
    ],
    [person.phone, person.phone.slice(1), national],
  );
  add('user.name', person.name, [person.name, person.lastName], [person.name, person.lastName]);
  add('user.contact.address', person.address.line1, [person.address.line1], []);
  add('user.device.ip_address', person.ip, [person.ip], []);
  const [y = '', m = '', d = ''] = person.dateOfBirth.split('-');
  add(
    'user.demographic.date_of_birth',
    person.dateOfBirth,
    [person.dateOfBirth, `${m}/${d}/${y}`, `${y}${m}${d}`],
    [`${y}${m}${d}`],
  );
  const n = person.card.number;
  const groups = [n.slice(0, 4), n.slice(4, 8), n.slice(8, 12), n.slice(12)];
  add('user.financial.card.number', n, [n, groups.join(' '), groups.join('-')], []);
  return out;
}

/** The canary whose security code is `code`, if any (codes are matched only by field name). */
export function canaryWithSecurityCode(code: string): Canary | undefined {
  for (const person of registry.values()) if (person.card.cvc === code) return person;
  return undefined;
}
