import { describe, expect, it } from 'vitest';
import {
  cardBrand,
  detectValue,
  detectValues,
  detectValuesInCode,
  isCardNumber,
  isEmail,
  isIPv4,
  isIPv6,
  isPhoneNumber,
  isSSN,
  luhnValid,
} from './detectors.js';

/** Test cards from Stripe's documentation, with their brands. */
const STRIPE_CARDS: readonly (readonly [string, string])[] = [
  ['4242424242424242', 'visa'],
  ['4000056655665556', 'visa'],
  ['5555555555554444', 'mastercard'],
  ['2223003122003222', 'mastercard'],
  ['378282246310005', 'amex'],
  ['6011111111111117', 'discover'],
  ['3056930009020004', 'diners'],
  ['36227206271667', 'diners'],
  ['3566002020360505', 'jcb'],
  ['6200000000000005', 'unionpay'],
];

describe('luhnValid', () => {
  it.each([
    ['4242424242424242', true],
    ['79927398713', true],
    ['0', true],
    ['4242424242424241', false],
    ['1234567812345678', false],
    ['', false],
    ['4242 4242 4242 4242', false],
    ['abc', false],
  ] as const)('%s → %s', (digits, expected) => {
    expect(luhnValid(digits)).toBe(expected);
  });
});

describe('cardBrand', () => {
  it.each(STRIPE_CARDS)('%s is %s', (card, brand) => {
    expect(cardBrand(card)).toBe(brand);
  });

  it.each([
    ['4242 4242 4242 4242', 'visa'],
    ['4222222222222', 'visa'],
    ['4917610000000000003', 'visa'],
    ['2720999999999996', 'mastercard'],
    ['6555900000604105', 'discover'],
    ['6440000000000000', 'discover'],
    ['3530111333300000', 'jcb'],
    ['5018000000000009', 'maestro'],
    ['6759649826438453', 'maestro'],
    ['1234567812345670', undefined],
    ['378282246310005000', undefined], // Amex prefix, wrong length
    ['4242', undefined],
    ['abcd', undefined],
  ] as const)('%s → %s', (value, brand) => {
    expect(cardBrand(value)).toBe(brand);
  });
});

describe('isCardNumber', () => {
  const positives: readonly string[] = [
    ...STRIPE_CARDS.map(([card]) => card),
    '4242 4242 4242 4242',
    '4242-4242-4242-4242',
    '3782 822463 10005',
    '3622 720627 1667',
    '4111111111111111',
    '5105105105105100',
    '6011 0009 9013 9424',
    '4222222222222',
    '4444444444444448',
    '4917610000000000003',
    ' 5555 5555 5555 4444 ',
  ];
  it.each(positives)('%s is a card number', (value) => {
    expect(isCardNumber(value)).toBe(true);
  });

  const negatives: readonly string[] = [
    '4242424242424241', // Luhn fails
    '1234567812345678', // order id, Luhn fails
    '1234567812345670', // Luhn-valid, no brand
    '1700000000004', // ms timestamp, Luhn-valid, no brand
    '1712345678907', // ms timestamp, Luhn-valid, no brand
    '0000000000000000',
    '9999999999999995',
    '12344242424242424248', // 20 digits
    '424242424242', // 12 digits
    '4242.4242.4242.4242',
    '4242  4242 4242 4242',
    '4242-4242 4242-4242',
    '42 4242424242424242',
    '550e8400-e29b-41d4-a716-446655440000',
    'deadbeef42424242',
    '4242424242424242a',
    '',
    '3782822463100050', // Amex prefix, 16 digits
  ];
  it.each(negatives)('%s is not a card number', (value) => {
    expect(isCardNumber(value)).toBe(false);
  });
});

describe('isEmail', () => {
  const positives: readonly string[] = [
    'jane.doe@example.com',
    'j@ex.co',
    'user+tag@sub.example.org',
    'first_last@example.co.uk',
    'a-b@x-y.io',
    'UPPER@EXAMPLE.COM',
    "o'brien@example.com",
    '1234@numbers.net',
    'x@xn--bcher-kva.example',
    'name%percent@example.com',
    'a.b.c@d.e.fr',
    'test@mail.example.museum',
    'git@github.com',
    '  padded@example.com  ',
    'very.common@example.travel',
  ];
  it.each(positives)('%s is an e-mail address', (value) => {
    expect(isEmail(value)).toBe(true);
  });

  const negatives: readonly string[] = [
    'foo@bar',
    '@scope/package',
    'user@localhost',
    'pkg@1.2.3',
    'icon@2x.png',
    'a@b.c',
    '.jane@example.com',
    'jane.@example.com',
    'jane..doe@example.com',
    'jane@example..com',
    'jane@-example.com',
    'jane@example.com.',
    'jane@@example.com',
    'jane doe@example.com',
    'jane@exa_mple.com',
    '',
    'plainaddress',
    '@types/node@20.1.0',
  ];
  it.each(negatives)('%s is not an e-mail address', (value) => {
    expect(isEmail(value)).toBe(false);
  });
});

describe('isPhoneNumber', () => {
  const positives: readonly string[] = [
    '(415) 555-2671',
    '415-555-2671',
    '415.555.2671',
    '415 555 2671',
    '+1 415 555 2671',
    '+14155552671',
    '4155552671',
    '+1 (415) 555-2671',
    '1-800-555-0199',
    '(212) 555-1234',
    '+44 20 7946 0958',
    '+33 1 23 45 67 89',
    '+49 30 901820',
    '+61 2 9876 5432',
    '+81 3-1234-5678',
    '+91 98765 43210',
    '+55 11 91234-5678',
  ];
  it.each(positives)('%s is a phone number', (value) => {
    expect(isPhoneNumber(value)).toBe(true);
  });

  it('reads national numbers in the default country', () => {
    expect(isPhoneNumber('020 7946 0958', 'GB')).toBe(true);
    expect(isPhoneNumber('020 7946 0958', 'US')).toBe(false);
  });

  const negatives: readonly string[] = [
    '555-123-4567', // 555 is not an assigned area code
    '000-000-0000',
    '(000) 000-0000',
    '123',
    '12345',
    '2024-01-15',
    '415-555-267',
    '+1 415 555 26711',
    '+999 123',
    '4242424242424242',
    '4242 4242 4242 4242',
    '378282246310005',
    '1.2.3.4',
    'call me',
    '415 555 2671 ext',
    '',
  ];
  it.each(negatives)('%s is not a phone number', (value) => {
    expect(isPhoneNumber(value)).toBe(false);
  });
});

describe('isIPv4', () => {
  const positives: readonly string[] = [
    '203.0.113.7',
    '8.8.8.8',
    '192.168.1.1',
    '10.0.0.1',
    '172.16.254.3',
    '1.2.3.4',
    '255.255.255.254',
    '100.64.0.1',
    '198.51.100.42',
    '169.254.1.1',
    '224.0.0.1',
    '1.1.1.1',
    '93.184.216.34',
    '11.22.33.44',
    ' 52.95.110.1 ',
  ];
  it.each(positives)('%s is a reportable IPv4 address', (value) => {
    expect(isIPv4(value)).toBe(true);
  });

  const negatives: readonly string[] = [
    '127.0.0.1',
    '127.1.2.3',
    '0.0.0.0',
    '255.255.255.255',
    '256.1.1.1',
    '999.999.999.999',
    '1.2.3',
    '1.2.3.4.5',
    '01.2.3.4',
    'a.b.c.d',
    '1.2.3.4/24',
    '192.168.1.',
    '1..2.3',
    '::1',
    '',
  ];
  it.each(negatives)('%s is not a reportable IPv4 address', (value) => {
    expect(isIPv4(value)).toBe(false);
  });
});

describe('isIPv6', () => {
  const positives: readonly string[] = [
    '2001:db8::1',
    '2001:0db8:85a3:0000:0000:8a2e:0370:7334',
    'fe80::1',
    'fe80::1ff:fe23:4567:890a',
    '::ffff:192.0.2.128',
    '2001:db8::',
    'ff02::1',
    '2606:4700:4700::1111',
    '2001:4860:4860::8888',
    '1::',
    '::2',
    '2001:DB8::ABCD',
    'fd00::1',
    '2001:db8:0:0:1:0:0:1',
    '::ffff:127.0.0.1',
  ];
  it.each(positives)('%s is a reportable IPv6 address', (value) => {
    expect(isIPv6(value)).toBe(true);
  });

  const negatives: readonly string[] = [
    '::1',
    '::',
    '0:0:0:0:0:0:0:1',
    '0:0:0:0:0:0:0:0',
    '0000:0000:0000:0000:0000:0000:0000:0001',
    '2001:db8:::1',
    '12:30:45',
    '00:1A:2B:3C:4D:5E',
    'std::vector',
    'gggg::1',
    '1:2:3:4:5:6:7:8:9',
    '2001:db8::1/64',
    ':',
    '1.2.3.4',
    '',
  ];
  it.each(negatives)('%s is not a reportable IPv6 address', (value) => {
    expect(isIPv6(value)).toBe(false);
  });
});

describe('isSSN', () => {
  const positives: readonly string[] = [
    '123-45-6789',
    '123 45 6789',
    '123456789',
    '078-05-1120',
    '001-01-0001',
    '665-12-3456',
    '667-01-0001',
    '899-99-9999',
    '219-09-9999',
    '457-55-5462',
    '536-22-1234',
    '772-01-0101',
    '899 01 0001',
    '234-56-7890',
    '001010001',
  ];
  it.each(positives)('%s is an SSN', (value) => {
    expect(isSSN(value)).toBe(true);
  });

  const negatives: readonly string[] = [
    '000-12-3456',
    '666-12-3456',
    '900-12-3456',
    '999-99-9999',
    '123-00-6789',
    '123-45-0000',
    '123-456-789',
    '12-345-6789',
    '123-45-678',
    '123-45 6789',
    '1234-56-7890',
    'abc-de-fghi',
    '123.45.6789',
    '123--45-6789',
    '',
  ];
  it.each(negatives)('%s is not an SSN', (value) => {
    expect(isSSN(value)).toBe(false);
  });
});

type Expected = readonly (readonly [detector: string, value: string])[];
const found = (text: string): Expected =>
  detectValues(text).map((m) => [m.detector, m.value] as const);

describe('detectValues in free text', () => {
  it.each([
    // Cards
    ['pay with 4242 4242 4242 4242 today', [['card-number', '4242 4242 4242 4242']]],
    ['card=4242424242424242&x=1', [['card-number', '4242424242424242']]],
    ['{"pan":"378282246310005"}', [['card-number', '378282246310005']]],
    ['card4242424242424242', [['card-number', '4242424242424242']]],
    ['amex 3782-822463-10005.', [['card-number', '3782-822463-10005']]],
    [
      'two 4242424242424242,5555555555554444',
      [
        ['card-number', '4242424242424242'],
        ['card-number', '5555555555554444'],
      ],
    ],
    ['order 12344242424242424248', []],
    ['id 42424242424242421', []],
    ['order 1234567812345678', []],
    ['ts 1700000000004', []],
    ['uuid 550e8400-e29b-41d4-a716-446655440000', []],
    ['hash abcdef4242424242424242', []],
    ['hex 0x4242424242424242', []],
    ['pi 3.4242424242424242', []],
    // E-mail
    ['contact <jane@example.com>.', [['email', 'jane@example.com']]],
    ['mailto:jane.doe@example.co.uk?subject=hi', [['email', 'jane.doe@example.co.uk']]],
    ['import x from "@scope/pkg"', []],
    ['"repository": "git@github.com:org/repo.git"', []],
    ['npm i lodash@4.17.21 @types/node@20.1.0', []],
    ['<img src="icon@2x.png">', []],
    ['src/ops.1@shop-mail.example.ts', [['email', 'ops.1@shop-mail.example']]],
    ['<img src="logo@retina.example.png">', [['email', 'logo@retina.example']]],
    ['ping user@localhost', []],
    // Phones
    ['call (415) 555-2671 now', [['phone', '(415) 555-2671']]],
    ['tel: +44 20 7946 0958.', [['phone', '+44 20 7946 0958']]],
    ['or 415.555.2671', [['phone', '415.555.2671']]],
    ['id 4155552671', []],
    ['on 2024-01-15 at 10:30', []],
    ['v 12 415-555-2671', []],
    ['4242 4242 4242 4242', [['card-number', '4242 4242 4242 4242']]],
    // IPs
    ['server at 203.0.113.7.', [['ipv4', '203.0.113.7']]],
    [
      'from 10.0.0.1 to 192.168.0.1',
      [
        ['ipv4', '10.0.0.1'],
        ['ipv4', '192.168.0.1'],
      ],
    ],
    ['version v1.2.3.4', []],
    ['pkg@1.2.3.4', []],
    ['release 1.2.3.4-beta', []],
    ['a 1.2.3.4.5 b', []],
    ['localhost 127.0.0.1 0.0.0.0', []],
    ['addr [2001:db8::1]:8080', [['ipv6', '2001:db8::1']]],
    ['ip=fe80::1, mac 00:1A:2B:3C:4D:5E', [['ipv6', 'fe80::1']]],
    ['std::vector<int> at 12:30:45 ::1', []],
    // SSN
    ['SSN 123-45-6789.', [['ssn', '123-45-6789']]],
    ['ssn: 123 45 6789', [['ssn', '123 45 6789']]],
    ['id 123456789', []],
    ['x123-45-6789', []],
    ['ref 1-123-45-6789', []],
    ['bad 666-12-3456', []],
    // Mixed
    [
      'Jane <jane@example.com>, +1 415 555 2671, card 4242424242424242, 203.0.113.7',
      [
        ['email', 'jane@example.com'],
        ['phone', '+1 415 555 2671'],
        ['card-number', '4242424242424242'],
        ['ipv4', '203.0.113.7'],
      ],
    ],
  ] as const)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each(STRIPE_CARDS)('finds Stripe test card %s (%s) in text', (card, brand) => {
    const text = `charge ${card} now`;
    expect(detectValues(text)).toEqual([
      {
        category: 'user.financial.card.number',
        start: 7,
        end: 7 + card.length,
        value: card,
        detector: 'card-number',
        brand,
      },
    ]);
  });

  it('reports offsets and categories', () => {
    const text = 'a jane@example.com b 123-45-6789';
    expect(detectValues(text)).toEqual([
      {
        category: 'user.contact.email',
        start: 2,
        end: 18,
        value: 'jane@example.com',
        detector: 'email',
      },
      {
        category: 'user.government_id.ssn',
        start: 21,
        end: 32,
        value: '123-45-6789',
        detector: 'ssn',
      },
    ]);
  });

  it('filters by category, parents covering their children', () => {
    const text = 'jane@example.com 4242424242424242 (415) 555-2671';
    expect(detectValues(text, { categories: ['user.contact'] }).map((m) => m.detector)).toEqual([
      'email',
      'phone',
    ]);
    expect(
      detectValues(text, { categories: ['user.financial.card'] }).map((m) => m.detector),
    ).toEqual(['card-number']);
    expect(detectValues(text, { categories: [] })).toEqual([]);
  });

  it('never reports a card number as a phone, even when only phones are wanted', () => {
    expect(
      detectValues('+4242424242424242', { categories: ['user.contact.phone_number'] }),
    ).toEqual([]);
    expect(
      detectValues('4242 4242 4242 4242', { categories: ['user.contact.phone_number'] }),
    ).toEqual([]);
  });

  // Sizes a quadratic or backtracking scan could not finish; no timing is asserted.
  it('completes on 256 KB of digits, spaces and @ characters', () => {
    const alphabet = '0123456789 @0123456789 .-:@';
    let seed = 42;
    const chars: string[] = [];
    for (let i = 0; i < 256_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      chars.push(alphabet.charAt(seed % alphabet.length));
    }
    const text = chars.join('');
    const matches = detectValues(text);
    expect(Array.isArray(matches)).toBe(true);
    for (let k = 1; k < matches.length; k++) {
      const prev = matches[k - 1];
      const cur = matches[k];
      expect(prev && cur && prev.end <= cur.start).toBe(true);
    }
    expect(detectValues('1'.repeat(256_000))).toEqual([]);
    expect(detectValues('a'.repeat(128_000) + '@' + 'b'.repeat(128_000))).toEqual([]);
    expect(detectValues('1 '.repeat(128_000))).toEqual([]);
  }, 30_000);
});

describe("detectValues: a URL's user info", () => {
  it.each([
    ['https://key123@o12.ingest.sentry.io/45', 'key123@o12.ingest.sentry.io'],
    ['postgres://admin:hunter2@db.example.com:5432/app', 'hunter2@db.example.com'],
  ] as const)('%s is an e-mail by default (masking hides it), not in code', (text, value) => {
    expect(found(text)).toEqual([['email', value]]);
    expect(detectValues(text, { urlUserinfoAsEmail: false })).toEqual([]);
  });

  it('still reads an address after `mailto:` or in a query with user info off', () => {
    expect(
      detectValues('mailto:ops@shop.example.com?cc=x', { urlUserinfoAsEmail: false }).map(
        (m) => m.value,
      ),
    ).toEqual(['ops@shop.example.com']);
    expect(
      detectValues('https://x.example/in?email=ops@shop.example.com', {
        urlUserinfoAsEmail: false,
      }).map((m) => m.value),
    ).toEqual(['ops@shop.example.com']);
  });
});

describe('detectValuesInCode', () => {
  it.each([
    // Card numbers inside longer strings
    ['seeded card 4539-1488-0343-6467 for tests', [['card-number', '4539-1488-0343-6467']]],
    ['sid=4539148803436467', [['card-number', '4539148803436467']]],
    ['pay with 4111 1111 1111 1111 today', [['card-number', '4111 1111 1111 1111']]],
    ['amex 378282246310005 on file', [['card-number', '378282246310005']]],
    ['/v1/tokens?card[number]=4242424242424242', [['card-number', '4242424242424242']]],
    // The whole value, as detectValue reads it
    ['4242424242424242', [['card-number', '4242424242424242']]],
    [' 6200000000000005 ', [['card-number', '6200000000000005']]],
    ['123-45-6789', [['ssn', '123-45-6789']]],
    // E-mail addresses anywhere in the text
    [
      'https://collector.example.net/in?email=ops@shop.example.com',
      [['email', 'ops@shop.example.com']],
    ],
    ['contact ops@shop.example.com', [['email', 'ops@shop.example.com']]],
    ['jane@example.com', [['email', 'jane@example.com']]],
    // Hard negatives
    ['card ending 6467', []],
    ['4539 **** **** 6467', []],
    ['**** **** **** 4242', []],
    ['order 1234567812345678', []],
    ['1234567812345678', []],
    ['ts 1700000000004, phone 4155552671', []],
    ['id 550e8400-e29b-41d4-a716-446655440000', []],
    ['sha 4242424242424242abcdef', []],
    // Luhn-valid with a Maestro prefix, but an id's length (a whole value would be a card)
    ['https://discord.com/api/webhooks/612345678901234566/token', []],
    ['snowflake 6123456789012345675', []],
    ['https://api.example.com/orders/4242424242424242', []],
    ['my ssn is 123-45-6789', []],
    ['v1.2.3 released 2024-01-15T10:30:00Z', []],
    ['https://key123@o12.ingest.sentry.io/45', []],
    ['postgres://admin:hunter2@db.example.com:5432/app', []],
    ['git@github.com:org/repo.git', []],
    ['https://unpkg.com/react@18.2.0/umd/react.production.min.js', []],
    ['npm i @scope/pkg@1.2.3', []],
    ['<img src="logo@2x.png">', []],
    ['', []],
  ] as const)('%j', (text, expected) => {
    expect(detectValuesInCode(text).map((m) => [m.detector, m.value])).toEqual(expected);
  });

  it('reports offsets into the text', () => {
    const text = 'card 4539-1488-0343-6467, mail ops@shop.example.com';
    expect(detectValuesInCode(text).map((m) => text.slice(m.start, m.end))).toEqual([
      '4539-1488-0343-6467',
      'ops@shop.example.com',
    ]);
  });

  it('does not read strings longer than 20,000 characters', () => {
    expect(detectValuesInCode(`${'x'.repeat(20_000)} 4242424242424242`)).toEqual([]);
  });
});

describe('detectValue', () => {
  it.each([
    ['4242424242424242', 'card-number'],
    ['4242 4242 4242 4242', 'card-number'],
    ['  jane@example.com ', 'email'],
    ['(415) 555-2671', 'phone'],
    ['+1 415 555 2671', 'phone'],
    ['203.0.113.7', 'ipv4'],
    ['2001:db8::1', 'ipv6'],
    ['123-45-6789', 'ssn'],
    ['my email is jane@example.com', undefined],
    ['4155552671', undefined],
    ['123456789', undefined],
    ['127.0.0.1', undefined],
    ['1234567812345678', undefined],
    ['hello', undefined],
    ['', undefined],
  ] as const)('%j → %s', (value, detector) => {
    expect(detectValue(value)?.detector).toBe(detector);
  });

  it('returns offsets into the untrimmed value and the brand', () => {
    expect(detectValue('  4242424242424242\n')).toEqual({
      category: 'user.financial.card.number',
      start: 2,
      end: 18,
      value: '4242424242424242',
      detector: 'card-number',
      brand: 'visa',
    });
  });
});
