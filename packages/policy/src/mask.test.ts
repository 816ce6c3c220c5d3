import { describe, expect, it } from 'vitest';
import { luhnValid } from './detectors.js';
import { MASK_CHAR, mask, maskDeep, maskText } from './mask.js';

const CARD = 'user.financial.card.number';
const CVC = 'user.financial.card.security_code';
const LAST4 = 'user.financial.card.last4';
const EMAIL = 'user.contact.email';
const PHONE = 'user.contact.phone_number';
const IP = 'user.device.ip_address';
const SSN = 'user.government_id.ssn';
const NAME = 'user.name';
const ADDRESS = 'user.contact.address';
const DOB = 'user.demographic.date_of_birth';
const CREDENTIALS = 'user.authorization.credentials';

const CATEGORIES: readonly string[] = [
  CARD,
  CVC,
  LAST4,
  EMAIL,
  PHONE,
  IP,
  SSN,
  NAME,
  ADDRESS,
  DOB,
  CREDENTIALS,
];

const STRIPE_CARDS: readonly string[] = [
  '4242424242424242',
  '4000056655665556',
  '5555555555554444',
  '2223003122003222',
  '378282246310005',
  '6011111111111117',
  '3056930009020004',
  '36227206271667',
  '3566002020360505',
  '6200000000000005',
];

describe('MASK_CHAR', () => {
  it('is ASCII', () => {
    expect(MASK_CHAR).toBe('*');
  });
});

describe('mask with a category', () => {
  it.each([
    ['4242 4242 4242 4242', CARD, '**** **** **** 4242'],
    ['4242424242424242', CARD, '************4242'],
    ['4242-4242-4242-4242', CARD, '****-****-****-4242'],
    ['3782 822463 10005', CARD, '**** ****** *0005'],
    ['************4242', CARD, '************4242'],
    ['4242', CARD, '****'],
    ['not a card', CARD, 'n***'],
    ['123', CVC, '***'],
    ['1234', CVC, '***'],
    ['4242', LAST4, '4242'],
    ['4242424242424242', LAST4, '************4242'],
    ['jane.doe@example.com', EMAIL, 'j***@e***.com'],
    ['j@ex.co.uk', EMAIL, 'j***@e***.uk'],
    ['not-an-email', EMAIL, 'n***'],
    ['(415) 555-2671', PHONE, '(***) ***-**71'],
    ['+1 415 555 2671', PHONE, '+* *** *** **71'],
    ['+14155552671', PHONE, '+*********71'],
    ['203.0.113.7', IP, '203.0.*.*'],
    ['10.0.0.1', IP, '10.0.*.*'],
    ['2001:db8::1', IP, '2001:***'],
    ['fe80::1ff:fe23:4567:890a', IP, 'fe80:***'],
    ['not-an-ip', IP, 'n***'],
    ['123-45-6789', SSN, '***-**-6789'],
    ['123 45 6789', SSN, '***-**-6789'],
    ['123456789', SSN, '***-**-6789'],
    ['Jane Doe', NAME, 'J***'],
    ['1 Main St, Springfield', ADDRESS, '1***'],
    ['1990-01-01', DOB, '1***'],
    ['hunter2', CREDENTIALS, '***'],
    ['sk_live_abc', 'user.authorization.credentials.api_key', '***'],
    ['Émilie', NAME, 'É***'],
    ['', NAME, ''],
    ['4242424242424242', NAME, '4***'],
    ['jane@example.com', 'user.contact.email.work', 'j***@e***.com'],
    ['anything', 'some.unknown.category', 'a***'],
  ] as const)('mask(%j, %s) → %j', (value, category, expected) => {
    expect(mask(value, category)).toBe(expected);
  });
});

describe('mask without a category masks every detected value', () => {
  it.each([
    ['card 4242424242424242 ok', 'card ************4242 ok'],
    ['card 4242 4242 4242 4242 ok', 'card **** **** **** 4242 ok'],
    ['mail jane@example.com, call (415) 555-2671', 'mail j***@e***.com, call (***) ***-**71'],
    ['ip 203.0.113.7 ssn 123-45-6789', 'ip 203.0.*.* ssn ***-**-6789'],
    ['v6 2001:db8::1 done', 'v6 2001:*** done'],
    ['nothing here 12345', 'nothing here 12345'],
    ['', ''],
    ['localhost 127.0.0.1', 'localhost 127.0.0.1'],
    // Not a branded card (the detector says no), but the safety net still masks the Luhn-valid run.
    ['hash abcdef4242424242424242', 'hash abcdef************4242'],
    ['id 1234567812345670', 'id ************5670'],
    ['4242424242424242 1234', '************4242 1234'],
    // An undetected Luhn-valid run followed by more groups loses all its digits.
    ['1234567812345670 1234', '**************** 1234'],
  ] as const)('mask(%j) → %j', (value, expected) => {
    expect(mask(value)).toBe(expected);
    expect(maskText(value)).toBe(expected);
  });
});

/**
 * Every window of whole digit groups (contiguous digits, groups joined by one space, dash or
 * no-break space) holding 13–19 digits that is Luhn-valid.
 */
function luhnRuns(text: string): string[] {
  const found: string[] = [];
  for (const run of text.match(/\d+(?:[ \-\u00a0]\d+)*/g) ?? []) {
    const groups = run.split(/[ \-\u00a0]/);
    for (let i = 0; i < groups.length; i++) {
      let digits = '';
      for (let j = i; j < groups.length; j++) {
        digits += groups[j] ?? '';
        if (digits.length > 19) break;
        if (digits.length >= 13 && luhnValid(digits)) found.push(digits);
      }
    }
  }
  return found;
}

const formats = (card: string): string[] => {
  const by4 = card.replace(/(\d{4})(?=\d)/g, '$1 ');
  return [
    card,
    by4,
    by4.replaceAll(' ', '-'),
    by4.replaceAll(' ', '\u00a0'),
    `abc${card}xyz`,
    `abcdef${card}`,
    `0x${card}`,
    `3.${card}`,
    `${card}.5`,
    `{"pan":"${card}","cvc":"123"}`,
    `12 ${by4}`,
    `${by4} 1234 5678`,
    `${card}-${card}`,
    `${card} ${card}`,
    `card:${card};exp=12/30`,
    `tel +1${card}`,
    `mail ${card}@example.com`,
  ];
};

const PROPERTY_INPUTS: readonly string[] = [
  ...STRIPE_CARDS.flatMap(formats),
  ...formats('1234567812345670'), // Luhn-valid, no brand
  ...formats('4444444444444448'),
  ...formats('4917610000000000003'),
  '4242424242424242424242',
  '4242 4242 4242 4242 4242',
  '1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6',
  '0000000000000000',
  '12344242424242424248',
  'no digits at all',
  `${'4242 '.repeat(50)}4242`,
];

describe('mask never prints a full card number', () => {
  it('the property checker sees the raw cards', () => {
    expect(luhnRuns('x 4242 4242 4242 4242 y')).toEqual(['4242424242424242']);
    expect(luhnRuns('abc4242424242424242xyz')).toEqual(['4242424242424242']);
  });

  it.each(PROPERTY_INPUTS)('%j', (input) => {
    expect(luhnRuns(mask(input))).toEqual([]);
    expect(luhnRuns(maskText(input))).toEqual([]);
    for (const category of CATEGORIES) {
      expect(luhnRuns(mask(input, category))).toEqual([]);
    }
  });

  it('keeps only the last four digits of a detected card', () => {
    for (const card of STRIPE_CARDS) {
      const masked = mask(card);
      expect(masked).toBe(MASK_CHAR.repeat(card.length - 4) + card.slice(-4));
      expect(mask(masked, CARD)).toBe(masked);
    }
  });

  // Sizes a quadratic or backtracking scan could not finish; no timing is asserted.
  it('completes on 256 KB of digits and separators', () => {
    const alphabet = '0123456789 @-';
    let seed = 7;
    const chars: string[] = [];
    for (let i = 0; i < 256_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      chars.push(alphabet.charAt(seed % alphabet.length));
    }
    const masked = maskText(chars.join(''));
    expect(masked).toHaveLength(256_000);
    expect(luhnRuns(masked)).toEqual([]);
  }, 30_000);
});

describe('maskDeep', () => {
  it('masks every string of a JSON-like value, keys too, except verbatim keys', () => {
    const card = '4539 1488 0343 6467';
    const value = {
      cookie: `seen_${card}`,
      hosts: ['api.example.com', 'ops@example.com'],
      nested: { [`key ${card}`]: 1, n: 3, ok: true, none: null },
      fingerprint: '4539148803436467',
    };
    const masked = maskDeep(value, new Set(['fingerprint']));
    const text = JSON.stringify(masked);
    expect(text).not.toContain('4539 1488 0343 6467');
    expect(text).not.toContain('ops@example.com');
    expect(masked.hosts[0]).toBe('api.example.com');
    expect(masked.nested.n).toBe(3);
    expect(masked.fingerprint).toBe('4539148803436467');
  });
});
