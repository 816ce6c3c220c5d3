// The built-in data-category taxonomy: a dotted tree in the style of fideslang
// (https://ethyca.github.io/fideslang/). A parent covers its children: a recipient that may
// receive `user.contact` may receive `user.contact.email`.
//
// `personal` says whether a value of the category is personal data on its own; `sensitive`
// says whether it needs the strictest handling (special categories under GDPR art. 9, card
// data that PCI DSS forbids storing, government identifiers, credentials). Flags are per
// node: `user.financial.card` is sensitive while its child `user.financial.card.last4` is
// neither personal nor sensitive, because the policy allows storing the last four digits.

import { nearest as nearestText } from './text.js';

/** One node of the data-category tree. */
export interface DataCategory {
  /** The dotted id, e.g. `user.contact.email`. */
  readonly id: string;
  /** A short human label, e.g. `Email address`. */
  readonly label: string;
  /** What values of this category hold. */
  readonly description: string;
  /** Whether a value of this category is personal data on its own. */
  readonly personal: boolean;
  /** Whether the category needs the strictest handling (special category, card data, credentials). */
  readonly sensitive: boolean;
}

/** A taxonomy: the built-in categories plus a policy's own `dataCategories`. */
export interface Taxonomy {
  /** The category with this id, if known. */
  get(id: string): DataCategory | undefined;
  /** Whether the id is a known category. */
  has(id: string): boolean;
  /** Every known category, parents before their children. */
  all(): readonly DataCategory[];
  /** Whether the category, or its nearest known ancestor, is personal data. */
  isPersonal(id: string): boolean;
  /** Whether the category, or its nearest known ancestor, is sensitive. */
  isSensitive(id: string): boolean;
  /** The known id closest to `id` by edit distance, for “did you mean …?” messages. */
  nearest(id: string): string | undefined;
}

/** The fields a policy's `dataCategories.<id>` entry may set. */
export interface CategoryExtension {
  readonly label?: string | undefined;
  readonly description?: string | undefined;
  readonly personal?: boolean | undefined;
  readonly sensitive?: boolean | undefined;
}

type Row = readonly [
  id: string,
  label: string,
  description: string,
  personal: boolean,
  sensitive: boolean,
];

// personal, sensitive
const P = true;
const S = true;
const N = false;

const ROWS: readonly Row[] = [
  ['user', 'User data', 'Data about a person who uses the system.', P, N],

  ['user.contact', 'Contact details', 'Ways to reach a person.', P, N],
  ['user.contact.email', 'Email address', 'An email address.', P, N],
  ['user.contact.phone_number', 'Phone number', 'A telephone or mobile number.', P, N],
  ['user.contact.address', 'Postal address', 'A postal (home, billing or shipping) address.', P, N],
  [
    'user.contact.address.street',
    'Street address',
    'Street name, house number and address lines.',
    P,
    N,
  ],
  ['user.contact.address.city', 'City', 'The city or town of an address.', P, N],
  ['user.contact.address.postal_code', 'Postal code', 'A ZIP or postal code.', P, N],
  ['user.contact.address.country', 'Country', 'The country of an address.', P, N],

  ['user.name', 'Name', 'A person’s name.', P, N],
  ['user.name.first', 'First name', 'A given name.', P, N],
  ['user.name.last', 'Last name', 'A family name or surname.', P, N],

  ['user.financial', 'Financial data', 'Payment and bank data.', P, S],
  [
    'user.financial.card',
    'Payment card',
    'Payment card data (cardholder data under PCI DSS).',
    P,
    S,
  ],
  ['user.financial.card.number', 'Card number', 'The full primary account number (PAN).', P, S],
  [
    'user.financial.card.security_code',
    'Card security code',
    'The CVC/CVV/CSC; PCI DSS forbids storing it after authorization.',
    P,
    S,
  ],
  ['user.financial.card.expiry', 'Card expiry', 'The expiry month and year of a card.', P, N],
  [
    'user.financial.card.last4',
    'Card last four digits',
    'The last four digits of a card number; not enough to identify a person or charge a card.',
    N,
    N,
  ],
  [
    'user.financial.card.first6',
    'Card BIN',
    'The first six (or eight) digits of a card number: the issuer identification number.',
    N,
    N,
  ],
  [
    'user.financial.card.token',
    'Card token',
    'A payment processor’s token or payment-method id that stands in for the card.',
    N,
    N,
  ],
  [
    'user.financial.bank_account',
    'Bank account',
    'A bank account number, IBAN or routing number.',
    P,
    S,
  ],

  ['user.government_id', 'Government identifier', 'An identifier issued by a government.', P, S],
  ['user.government_id.ssn', 'Social security number', 'A US social security number.', P, S],
  ['user.government_id.passport_number', 'Passport number', 'A passport number.', P, S],
  [
    'user.government_id.drivers_license_number',
    'Driver’s license number',
    'A driving licence number.',
    P,
    S,
  ],
  [
    'user.government_id.national_id',
    'National identity number',
    'A national identity card or number.',
    P,
    S,
  ],
  ['user.government_id.tax_id', 'Tax identifier', 'A taxpayer identification number.', P, S],

  ['user.authorization', 'Authorization data', 'Data that lets a person sign in or act.', P, N],
  [
    'user.authorization.credentials',
    'Credentials',
    'Secrets that grant access: passwords, API keys, access tokens, one-time codes.',
    P,
    S,
  ],
  ['user.authorization.credentials.password', 'Password', 'A password or passphrase.', P, S],

  ['user.device', 'Device data', 'Data about a person’s device.', P, N],
  ['user.device.ip_address', 'IP address', 'An IPv4 or IPv6 address of a person’s device.', P, N],
  [
    'user.device.device_id',
    'Device identifier',
    'A device or advertising identifier (IDFA, GAID, IMEI, MAC).',
    P,
    N,
  ],
  [
    'user.device.cookie_id',
    'Cookie identifier',
    'An identifier stored in a cookie: session, visitor or client id.',
    P,
    N,
  ],
  ['user.device.user_agent', 'User agent', 'The browser’s user-agent string.', P, N],

  ['user.location', 'Location', 'Where a person is.', P, N],
  [
    'user.location.precise',
    'Precise location',
    'Coordinates or other location precise to a few metres.',
    P,
    S,
  ],
  [
    'user.location.imprecise',
    'Imprecise location',
    'Approximate location, e.g. derived from an IP address.',
    P,
    N,
  ],

  ['user.demographic', 'Demographic data', 'Facts about a person: age, gender and the like.', P, N],
  ['user.demographic.date_of_birth', 'Date of birth', 'A date of birth or birthday.', P, N],
  ['user.demographic.age', 'Age', 'A person’s age.', P, N],
  ['user.demographic.gender', 'Gender', 'A person’s gender or sex.', P, N],
  [
    'user.demographic.race_ethnicity',
    'Race or ethnicity',
    'Racial or ethnic origin (special category).',
    P,
    S,
  ],
  [
    'user.demographic.religious_belief',
    'Religious belief',
    'Religious or philosophical beliefs (special category).',
    P,
    S,
  ],
  [
    'user.demographic.sexual_orientation',
    'Sexual orientation',
    'Sexual orientation (special category).',
    P,
    S,
  ],
  [
    'user.demographic.political_opinion',
    'Political opinion',
    'Political opinions or affiliation (special category).',
    P,
    S,
  ],

  ['user.health', 'Health data', 'Data about a person’s health (special category).', P, S],
  [
    'user.health.medical_condition',
    'Medical condition',
    'Diagnoses, conditions, medications.',
    P,
    S,
  ],
  [
    'user.health.biometric',
    'Biometric data',
    'Fingerprints, face geometry and other biometrics.',
    P,
    S,
  ],

  ['user.behavior', 'Behavior', 'What a person did.', P, N],
  ['user.behavior.browsing_history', 'Browsing history', 'Pages and URLs a person visited.', P, N],
  ['user.behavior.purchase_history', 'Purchase history', 'What a person bought.', P, N],
  ['user.behavior.search_history', 'Search history', 'What a person searched for.', P, N],

  [
    'user.unique_id',
    'Unique identifier',
    'An identifier of a person in this system: user, customer or member id.',
    P,
    N,
  ],

  ['user.account', 'Account data', 'A person’s account.', P, N],
  ['user.account.username', 'Username', 'A login name, screen name or handle.', P, N],

  ['user.content', 'User content', 'Content a person wrote.', P, N],
  [
    'user.content.message',
    'Message',
    'A message a person wrote: chat, support request, direct message.',
    P,
    N,
  ],
  ['user.content.testimonial', 'Testimonial', 'A review or testimonial a person wrote.', P, N],

  ['system', 'System data', 'Data about the system, not about a person.', N, N],
  [
    'system.operations',
    'Operations data',
    'Logs, metrics and configuration that hold no personal data.',
    N,
    N,
  ],
  [
    'system.authentication',
    'System authentication',
    'Service-to-service secrets that belong to no person.',
    N,
    S,
  ],
];

/** The built-in categories, parents before their children. */
export const BUILTIN_CATEGORIES: readonly DataCategory[] = Object.freeze(
  ROWS.map(([id, label, description, personal, sensitive]) =>
    Object.freeze({ id, label, description, personal, sensitive }),
  ),
);

const BUILTIN_BY_ID: ReadonlyMap<string, DataCategory> = new Map(
  BUILTIN_CATEGORIES.map((category) => [category.id, category]),
);

/** Whether `category` is `ancestor` or one of its descendants (a parent covers its children). */
export function isWithinCategory(category: string, ancestor: string): boolean {
  return (
    category === ancestor ||
    (category.length > ancestor.length &&
      category.charCodeAt(ancestor.length) === 46 /* . */ &&
      category.startsWith(ancestor))
  );
}

/** The ancestors of a dotted id, nearest first, excluding the id itself. */
export function categoryAncestors(id: string): string[] {
  const ancestors: string[] = [];
  for (let dot = id.lastIndexOf('.'); dot > 0; dot = id.lastIndexOf('.', dot - 1)) {
    ancestors.push(id.slice(0, dot));
  }
  return ancestors;
}

/**
 * A taxonomy of the built-in categories plus `extra` (a policy's `dataCategories`).
 *
 * An extra id that is not built in is added with its label and description (defaulting to
 * the id), `personal` (default `true`) and `sensitive` (default `false`); its parents need
 * not exist. An extra entry for a built-in id changes nothing here — it only adds
 * identifier names (see the classifier) — so a policy cannot make card numbers
 * non-sensitive.
 */
export function createTaxonomy(extra?: Readonly<Record<string, CategoryExtension>>): Taxonomy {
  const byId = new Map(BUILTIN_BY_ID);
  if (extra !== undefined) {
    for (const [id, entry] of Object.entries(extra)) {
      if (byId.has(id)) continue;
      byId.set(
        id,
        Object.freeze({
          id,
          label: entry.label ?? id,
          description: entry.description ?? entry.label ?? id,
          personal: entry.personal ?? true,
          sensitive: entry.sensitive ?? false,
        }),
      );
    }
  }
  const all = Object.freeze([...byId.values()].sort(compareByPath));
  const resolve = (id: string): DataCategory | undefined => {
    const own = byId.get(id);
    if (own !== undefined) return own;
    for (const ancestor of categoryAncestors(id)) {
      const found = byId.get(ancestor);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return {
    get: (id) => byId.get(id),
    has: (id) => byId.has(id),
    all: () => all,
    isPersonal: (id) => resolve(id)?.personal ?? false,
    isSensitive: (id) => resolve(id)?.sensitive ?? false,
    nearest: (id) => (byId.has(id) ? id : nearestText(byId.keys(), id)),
  };
}

/** Orders ids so that parents come before children and the built-in order is kept otherwise. */
function compareByPath(a: DataCategory, b: DataCategory): number {
  const rank = (category: DataCategory) => {
    // Built-in rows keep their declared order; extras sort after their nearest built-in ancestor.
    let index = BUILTIN_CATEGORIES.indexOf(category);
    if (index >= 0) return index;
    for (const ancestor of categoryAncestors(category.id)) {
      const builtin = BUILTIN_BY_ID.get(ancestor);
      if (builtin !== undefined) {
        index = BUILTIN_CATEGORIES.indexOf(builtin);
        return index + 0.5;
      }
    }
    return BUILTIN_CATEGORIES.length;
  };
  return rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
