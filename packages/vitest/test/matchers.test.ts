import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { canary, installPledgeMatchers } from '../src/index.js';

installPledgeMatchers();

const ada = canary({ id: 'ada1' });

/** The message a failing expectation throws. */
function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the assertion to fail');
}

describe('toContainFullCardNumber', () => {
  it('passes .not on rows that keep only the last four digits', () => {
    const rows = [
      { id: 1, email: ada.email, cardLast4: ada.card.last4, brand: 'visa' },
      { id: 2, note: 'order #4000 0012 34' },
    ];
    expect(rows).not.toContainFullCardNumber();
  });

  it('fails .not on a stored full number, masked, with its path', () => {
    const rows = [{ id: 1, card: { number: ada.card.number, last4: ada.card.last4 } }];
    const message = failure(() => {
      expect(rows).not.toContainFullCardNumber();
    });
    expect(message).toBe(
      [
        'expected the value not to contain a full card number, but it does:',
        '  - user.financial.card.number `************3143` (canary ada1) in $[0].card.number',
        "  Store only the last four digits or the processor's token.",
      ].join('\n'),
    );
    expect(message).not.toContain(ada.card.number);
  });

  it('finds a card number that no canary carries, grouped with spaces', () => {
    const message = failure(() => {
      expect('charged 4242 4242 4242 4242 ok').not.toContainFullCardNumber();
    });
    expect(message).toContain('  - user.financial.card.number `**** **** **** 4242` in $');
  });

  it('finds a card number stored as a number', () => {
    expect({ pan: 4000008211023143 }).toContainFullCardNumber();
  });

  it('reads captured log lines from a spy', () => {
    const logger = { info: (...args: unknown[]) => args.length };
    const info = vi.spyOn(logger, 'info');
    logger.info('payment accepted', { card: ada.card.number });
    const message = failure(() => {
      expect(info).not.toContainFullCardNumber();
    });
    expect(message).toContain('(canary ada1) in call #1 argument 2.card');
  });

  it('is cycle-safe', () => {
    const node: { self?: unknown; pan: string } = { pan: ada.card.number };
    node.self = node;
    expect(node).toContainFullCardNumber();
    expect(new Map([['k', new Set([node])]])).toContainFullCardNumber();
  });

  it('says so when a positive expectation finds nothing', () => {
    expect(
      failure(() => {
        expect({ last4: '4242' }).toContainFullCardNumber();
      }),
    ).toBe('expected the value to contain a full card number, but it contains none.');
  });
});

describe('toContainPersonalData', () => {
  it('finds every canary field and names its category', () => {
    const message = failure(() => {
      expect({
        who: ada.name,
        where: ada.address.line1,
        born: ada.dateOfBirth,
        from: ada.ip,
      }).not.toContainPersonalData();
    });
    expect(message).toBe(
      [
        'expected the value not to contain personal data, but it does:',
        '  - user.name `D***` (canary ada1) in $.who',
        '  - user.contact.address `6***` (canary ada1) in $.where',
        '  - user.demographic.date_of_birth `1***` (canary ada1) in $.born',
        '  - user.device.ip_address `203.0.*.*` (canary ada1) in $.from',
      ].join('\n'),
    );
  });

  it('limits the search to the given categories and their descendants', () => {
    const row = { email: ada.email, phone: ada.phone };
    expect(row).toContainPersonalData('user.contact.email');
    expect(row).toContainPersonalData(['user.contact']);
    expect(row).not.toContainPersonalData('user.financial');
  });

  it('treats a hashed canary as personal data', () => {
    const message = failure(() => {
      expect({
        hashedEmail: createHash('sha256').update(ada.email).digest('hex'),
      }).not.toContainPersonalData();
    });
    expect(message).toBe(
      [
        'expected the value not to contain personal data, but it does:',
        '  - user.contact.email `p***@e***.com` (canary ada1, as its SHA-256 hash) in $.hashedEmail',
      ].join('\n'),
    );
  });

  it('finds personal data in log lines captured as strings', () => {
    const lines = [
      'GET /health 200',
      `POST /signup 201 email=${encodeURIComponent('jane.doe@example.org')}`,
    ];
    const message = failure(() => {
      expect(lines).not.toContainPersonalData();
    });
    expect(message).toBe(
      [
        'expected the value not to contain personal data, but it does:',
        '  - user.contact.email `j***@e***.org` (URL-encoded) in $[1]',
      ].join('\n'),
    );
  });

  it('finds a security code by the name of its field', () => {
    expect({ card: { cvc: '123' } }).toContainPersonalData('user.financial.card.security_code');
    expect({ order: { quantity: '123' } }).not.toContainPersonalData();
  });

  it('finds personal data in object keys', () => {
    expect({ [ada.email]: { visits: 3 } }).toContainPersonalData('user.contact.email');
  });
});
