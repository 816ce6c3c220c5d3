import { describe, expect, it } from 'vitest';
import { CLASSIFIER_CASES } from './classifier.cases.js';
import { classifyIdentifier, createClassifier, splitIdentifier } from './classifier.js';
import { BUILTIN_CATEGORIES, createTaxonomy } from './taxonomy.js';

describe('classifyIdentifier', () => {
  it.each(CLASSIFIER_CASES)('%s → %s', (name, expected) => {
    expect(classifyIdentifier(name)?.category).toBe(expected);
  });

  it('has at least 400 cases, each name once', () => {
    const names = CLASSIFIER_CASES.map(([name]) => name);
    expect(names.length).toBeGreaterThanOrEqual(400);
    expect(new Set(names).size).toBe(names.length);
  });

  it('expects only categories of the taxonomy', () => {
    const taxonomy = createTaxonomy();
    const unknown = CLASSIFIER_CASES.filter(
      ([, expected]) => expected !== undefined && !taxonomy.has(expected),
    );
    expect(unknown).toEqual([]);
  });

  it('covers every personal leaf category with at least three positives', () => {
    const ids = BUILTIN_CATEGORIES.map((category) => category.id);
    const leaves = BUILTIN_CATEGORIES.filter(
      (category) => category.personal && !ids.some((id) => id.startsWith(`${category.id}.`)),
    );
    const uncovered = leaves
      .map((leaf) => leaf.id)
      .filter((id) => CLASSIFIER_CASES.filter(([, expected]) => expected === id).length < 3);
    expect(uncovered).toEqual([]);
  });
});

describe('confidence', () => {
  it.each([
    ['email', 0.9, 1],
    ['cardNumber', 0.9, 1],
    ['emailAddress', 0.9, 1],
    ['firstName', 0.9, 1],
    ['ipAddress', 0.9, 1],
    ['pan', 0.6, 0.7],
    ['ip', 0.6, 0.7],
    ['tel', 0.6, 0.7],
    ['addr', 0.6, 0.7],
    ['name', 0, 0.5],
    ['displayName', 0.5, 0.7],
    ['zipCode', 0.5, 0.8],
    ['getEmail', 0.7, 0.8],
    ['hashedEmail', 0.5, 0.6],
    ['encryptedCardNumber', 0.7, 0.8],
    ['expMonth', 0, 0.5],
    ['cardExpMonth', 0.85, 1],
    ['emailCustomer', 0, 0.5],
  ] as const)('%s: between %d and %d', (name, min, max) => {
    const confidence = classifyIdentifier(name)?.confidence;
    expect(confidence).toBeGreaterThanOrEqual(min);
    expect(confidence).toBeLessThanOrEqual(max);
  });
});

describe('matched', () => {
  it.each([
    ['billingEmailAddress', 'email address'],
    ['customerPhoneNumber', 'phone number'],
    ['cardLast4', 'last 4'],
    ['creditCardNumber', 'credit card number'],
    ['x-forwarded-for', 'x forwarded for'],
  ] as const)('%s matched %s', (name, matched) => {
    expect(classifyIdentifier(name)?.matched).toBe(matched);
  });
});

describe('splitIdentifier', () => {
  it.each([
    ['cardLast4', ['card', 'last', '4']],
    ['IPAddress', ['ip', 'address']],
    ['userIDs', ['user', 'ids']],
    ['XForwardedFor', ['x', 'forwarded', 'for']],
    ['EMAIL_ADDRESS', ['email', 'address']],
    ['e-mail', ['e', 'mail']],
    ['$email', ['email']],
    ['__proto__', ['proto']],
    ['CVV2', ['cvv', '2']],
    ['ipV4Addr', ['ip', 'v', '4', 'addr']],
    ['HTMLElement', ['html', 'element']],
    ['getURLs', ['get', 'urls']],
    ['', []],
  ] as const)('%s', (name, words) => {
    expect(splitIdentifier(name)).toEqual(words);
  });
});

describe('extraNames', () => {
  const classify = createClassifier({
    extraNames: {
      'user.contact.email': ['contactAddress'],
      'custom.loyalty_tier': ['loyalty_level', 'VIP status'],
    },
  });

  it.each([
    ['contactAddress', 'user.contact.email'],
    ['contact_address', 'user.contact.email'],
    ['CONTACT_ADDRESS', 'user.contact.email'],
    ['contactaddress', 'user.contact.email'],
    ['contactAddresses', 'user.contact.email'],
    ['billingContactAddress', 'user.contact.email'],
    ['loyaltyLevel', 'custom.loyalty_tier'],
    ['vipStatus', 'custom.loyalty_tier'],
    ['contactAddressType', undefined],
    ['isContactAddress', undefined],
    ['email', 'user.contact.email'],
  ] as const)('%s → %s', (name, expected) => {
    expect(classify(name)?.category).toBe(expected);
  });

  it('does not change the default classifier', () => {
    expect(classifyIdentifier('contactAddress')?.category).toBe('user.contact.address');
    expect(classifyIdentifier('loyaltyLevel')).toBeUndefined();
  });

  it('is honoured by classifyIdentifier', () => {
    const options = { extraNames: { 'user.contact.email': ['contactAddress'] } };
    expect(classifyIdentifier('contactAddress', options)?.category).toBe('user.contact.email');
  });
});

describe('caching', () => {
  it('returns the same result object for the same name', () => {
    const classify = createClassifier();
    const first = classify('customerEmail');
    expect(first).toBeDefined();
    expect(classify('customerEmail')).toBe(first);
    expect(classify('emailTemplate')).toBeUndefined();
    expect(classify('emailTemplate')).toBeUndefined();
  });

  it('keeps answering correctly after the cache is full', () => {
    const classify = createClassifier();
    for (let i = 0; i < 25_000; i++) classify(`field${String(i)}`);
    expect(classify('field1')).toBeUndefined();
    expect(classify('userEmail')?.category).toBe('user.contact.email');
  });

  it('returns frozen results', () => {
    expect(Object.isFrozen(classifyIdentifier('email'))).toBe(true);
  });
});
