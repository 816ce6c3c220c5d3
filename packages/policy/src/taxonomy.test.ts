import { describe, expect, it } from 'vitest';
import {
  BUILTIN_CATEGORIES,
  categoryAncestors,
  createTaxonomy,
  isWithinCategory,
} from './taxonomy.js';
import { levenshtein, nearest } from './text.js';

const ids = BUILTIN_CATEGORIES.map((category) => category.id);

describe('BUILTIN_CATEGORIES', () => {
  it('has at least 40 categories with unique ids', () => {
    expect(ids.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists every parent before its children', () => {
    const missing = ids.filter((id) =>
      categoryAncestors(id).some((ancestor) => {
        const index = ids.indexOf(ancestor);
        return index < 0 || index > ids.indexOf(id);
      }),
    );
    expect(missing).toEqual([]);
  });

  it('uses dotted lowercase ids, labels and descriptions', () => {
    const bad = BUILTIN_CATEGORIES.filter(
      (category) =>
        !/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/.test(category.id) ||
        category.label === '' ||
        category.description === '',
    );
    expect(bad).toEqual([]);
  });

  it.each([
    'user',
    'user.contact',
    'user.contact.email',
    'user.contact.phone_number',
    'user.contact.address',
    'user.contact.address.street',
    'user.contact.address.city',
    'user.contact.address.postal_code',
    'user.contact.address.country',
    'user.name',
    'user.name.first',
    'user.name.last',
    'user.financial',
    'user.financial.card',
    'user.financial.card.number',
    'user.financial.card.security_code',
    'user.financial.card.expiry',
    'user.financial.card.last4',
    'user.financial.card.first6',
    'user.financial.card.token',
    'user.financial.bank_account',
    'user.government_id',
    'user.government_id.ssn',
    'user.government_id.passport_number',
    'user.government_id.drivers_license_number',
    'user.government_id.national_id',
    'user.government_id.tax_id',
    'user.authorization',
    'user.authorization.credentials',
    'user.authorization.credentials.password',
    'user.device',
    'user.device.ip_address',
    'user.device.device_id',
    'user.device.cookie_id',
    'user.device.user_agent',
    'user.location',
    'user.location.precise',
    'user.location.imprecise',
    'user.demographic',
    'user.demographic.date_of_birth',
    'user.demographic.age',
    'user.demographic.gender',
    'user.demographic.race_ethnicity',
    'user.demographic.religious_belief',
    'user.demographic.sexual_orientation',
    'user.demographic.political_opinion',
    'user.health',
    'user.health.medical_condition',
    'user.health.biometric',
    'user.behavior',
    'user.behavior.browsing_history',
    'user.behavior.purchase_history',
    'user.behavior.search_history',
    'user.unique_id',
    'user.account',
    'user.account.username',
    'user.content',
    'user.content.message',
    'user.content.testimonial',
    'system',
    'system.operations',
  ])('includes %s', (id) => {
    expect(ids).toContain(id);
  });

  it.each([
    ['user.contact.email', true, false],
    ['user.name', true, false],
    ['user.financial.card', true, true],
    ['user.financial.card.number', true, true],
    ['user.financial.card.security_code', true, true],
    ['user.financial.card.expiry', true, false],
    ['user.financial.card.last4', false, false],
    ['user.financial.card.first6', false, false],
    ['user.financial.card.token', false, false],
    ['user.financial.bank_account', true, true],
    ['user.government_id', true, true],
    ['user.government_id.ssn', true, true],
    ['user.authorization.credentials', true, true],
    ['user.authorization.credentials.password', true, true],
    ['user.device.ip_address', true, false],
    ['user.demographic.race_ethnicity', true, true],
    ['user.demographic.religious_belief', true, true],
    ['user.demographic.sexual_orientation', true, true],
    ['user.demographic.political_opinion', true, true],
    ['user.demographic.date_of_birth', true, false],
    ['user.health', true, true],
    ['user.health.biometric', true, true],
    ['system.operations', false, false],
  ] as const)('%s: personal %s, sensitive %s', (id, personal, sensitive) => {
    const category = BUILTIN_CATEGORIES.find((c) => c.id === id);
    expect(category?.personal).toBe(personal);
    expect(category?.sensitive).toBe(sensitive);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(BUILTIN_CATEGORIES)).toBe(true);
    expect(Object.isFrozen(BUILTIN_CATEGORIES[0])).toBe(true);
  });
});

describe('isWithinCategory', () => {
  it.each([
    ['user.contact.email', 'user.contact.email', true],
    ['user.contact.email', 'user.contact', true],
    ['user.contact.email', 'user', true],
    ['user.financial.card.number', 'user.financial.card', true],
    ['user.contact', 'user.contact.email', false],
    ['user.contactless', 'user.contact', false],
    ['user.financial.card_holder', 'user.financial.card', false],
    ['system.operations', 'user', false],
    ['user', 'user', true],
    ['username', 'user', false],
  ] as const)('%s within %s: %s', (category, ancestor, expected) => {
    expect(isWithinCategory(category, ancestor)).toBe(expected);
  });
});

describe('categoryAncestors', () => {
  it.each([
    ['user.financial.card.number', ['user.financial.card', 'user.financial', 'user']],
    ['user.contact', ['user']],
    ['user', []],
  ] as const)('%s', (id, ancestors) => {
    expect(categoryAncestors(id)).toEqual(ancestors);
  });
});

describe('createTaxonomy', () => {
  it('knows the built-in categories', () => {
    const taxonomy = createTaxonomy();
    expect(taxonomy.all()).toHaveLength(BUILTIN_CATEGORIES.length);
    expect(taxonomy.has('user.contact.email')).toBe(true);
    expect(taxonomy.has('user.contact.fax')).toBe(false);
    expect(taxonomy.get('user.financial.card.last4')?.label).toBe('Card last four digits');
    expect(taxonomy.get('nope')).toBeUndefined();
  });

  it('answers personal and sensitive for known ids and, by their ancestors, unknown ones', () => {
    const taxonomy = createTaxonomy();
    expect(taxonomy.isPersonal('user.contact.email')).toBe(true);
    expect(taxonomy.isPersonal('user.financial.card.last4')).toBe(false);
    expect(taxonomy.isSensitive('user.financial.card.number')).toBe(true);
    expect(taxonomy.isSensitive('user.contact.email')).toBe(false);
    expect(taxonomy.isPersonal('user.contact.email.work')).toBe(true);
    expect(taxonomy.isSensitive('user.health.genetic')).toBe(true);
    expect(taxonomy.isPersonal('telemetry.cpu')).toBe(false);
    expect(taxonomy.isSensitive('telemetry.cpu')).toBe(false);
  });

  it('adds extra categories with defaults, parents before children', () => {
    const taxonomy = createTaxonomy({
      'custom.loyalty.tier': { label: 'Loyalty tier' },
      'user.contact.email.work': {},
      'user.health.genetic': { sensitive: true, description: 'Genetic data.' },
      'system.build': { personal: false },
    });
    expect(taxonomy.get('custom.loyalty.tier')).toEqual({
      id: 'custom.loyalty.tier',
      label: 'Loyalty tier',
      description: 'Loyalty tier',
      personal: true,
      sensitive: false,
    });
    expect(taxonomy.has('custom.loyalty')).toBe(false);
    expect(taxonomy.isPersonal('custom.loyalty.tier')).toBe(true);
    expect(taxonomy.isSensitive('user.health.genetic')).toBe(true);
    expect(taxonomy.isPersonal('system.build')).toBe(false);
    expect(taxonomy.get('user.contact.email.work')?.label).toBe('user.contact.email.work');

    const all = taxonomy.all().map((category) => category.id);
    expect(all).toHaveLength(BUILTIN_CATEGORIES.length + 4);
    expect(all.indexOf('user.contact.email.work')).toBeGreaterThan(
      all.indexOf('user.contact.email'),
    );
    expect(all.indexOf('user.contact.email.work')).toBeLessThan(
      all.indexOf('user.contact.phone_number'),
    );
  });

  it('does not let an extra entry change a built-in category', () => {
    const taxonomy = createTaxonomy({
      'user.financial.card.number': { personal: false, sensitive: false, label: 'PAN' },
    });
    expect(taxonomy.get('user.financial.card.number')).toBe(
      BUILTIN_CATEGORIES.find((c) => c.id === 'user.financial.card.number'),
    );
    expect(taxonomy.isSensitive('user.financial.card.number')).toBe(true);
    expect(taxonomy.all()).toHaveLength(BUILTIN_CATEGORIES.length);
  });

  it.each([
    ['user.contact.emial', 'user.contact.email'],
    ['user.contact.Email', 'user.contact.email'],
    ['user.financial.card.cvv', 'user.financial.card'],
    ['user.financal.card.number', 'user.financial.card.number'],
    ['user.device.ip_adress', 'user.device.ip_address'],
    ['user.contact.email', 'user.contact.email'],
    ['completely.unrelated.thing', undefined],
  ] as const)('nearest(%s) is %s', (input, expected) => {
    expect(createTaxonomy().nearest(input)).toBe(expected);
  });

  it('suggests extra categories too', () => {
    expect(createTaxonomy({ 'custom.loyalty_tier': {} }).nearest('custom.loyaltytier')).toBe(
      'custom.loyalty_tier',
    );
  });
});

describe('levenshtein', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['thirdParty', 'thirdParties', 3],
    ['same', 'same', 0],
    ['a', 'b', 1],
  ] as const)('%s ↔ %s = %d', (a, b, distance) => {
    expect(levenshtein(a, b)).toBe(distance);
    expect(levenshtein(b, a)).toBe(distance);
  });
});

describe('nearest', () => {
  const keys = [
    'version',
    'organization',
    'clauses',
    'firstParty',
    'payments',
    'cookies',
    'thirdParties',
    'dataCategories',
  ];

  it.each([
    ['thirdParty', 'thirdParties'],
    ['third_parties', 'thirdParties'],
    ['ThirdParties', 'thirdParties'],
    ['thirdparties', 'thirdParties'],
    ['third', 'thirdParties'],
    ['cookie', 'cookies'],
    ['cokies', 'cookies'],
    ['payment', 'payments'],
    ['versoin', 'version'],
    ['organisation', 'organization'],
    ['dataCategory', 'dataCategories'],
    ['clauses', 'clauses'],
    ['xyz', undefined],
    ['policy', undefined],
    ['', undefined],
  ] as const)('%s → %s', (input, expected) => {
    expect(nearest(keys, input)).toBe(expected);
  });

  it('prefers an exact match, then a case-insensitive one', () => {
    expect(nearest(['Email', 'email'], 'email')).toBe('email');
    expect(nearest(['emails', 'EMAIL'], 'email')).toBe('EMAIL');
  });

  it('honours maxDistance', () => {
    expect(nearest(['version'], 'vrsn', 2)).toBeUndefined();
    expect(nearest(['version'], 'vrsn', 3)).toBe('version');
  });

  it('returns undefined for no candidates', () => {
    expect(nearest([], 'anything')).toBeUndefined();
  });
});

// docs/taxonomy.md is generated from the built-in taxonomy, so the reference cannot drift.
describe('docs/taxonomy.md', () => {
  it('lists every built-in category (run `vitest -u` to regenerate)', async () => {
    const cell = (text: string) => text.replace(/\|/g, '\\|');
    const rows = BUILTIN_CATEGORIES.map(
      (c) =>
        `| \`${c.id}\` | ${cell(c.label)} | ${c.personal ? 'yes' : 'no'} | ${c.sensitive ? 'yes' : 'no'} | ${cell(c.description)} |`,
    );
    const page = `# Data categories

<!-- Generated from packages/policy/src/taxonomy.ts by its test (\`vitest -u\` regenerates it). -->

The built-in data categories a policy's \`thirdParties[].receives\` and the rules' findings
name. They form a dotted tree in the style of [fideslang](https://ethyca.github.io/fideslang/):
declaring a parent covers its children (\`user.contact\` covers \`user.contact.email\`). A
policy adds its own under \`dataCategories\` ([the policy format](policy.md)); editors that
read \`schema.json\` complete these ids after \`receives:\`.

**personal** — a value of the category is personal data on its own; the rules about personal
data (recipients, logs, URLs, browser storage) report it. **sensitive** — it needs the
strictest handling (card data that may not be stored, government ids, credentials, special
categories).

| category | label | personal | sensitive | what it holds |
| --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
    await expect(page).toMatchFileSnapshot('../../../docs/taxonomy.md');
  });
});
