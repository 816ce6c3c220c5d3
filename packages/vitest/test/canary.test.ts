import { detectValue, isCardNumber, isEmail, isPhoneNumber, luhnValid } from '@pledge/policy';
import { describe, expect, it } from 'vitest';
import { canary, redact, registeredCanaries, scanText } from '../src/index.js';

describe('canary', () => {
  it('derives every value from a fixed id', () => {
    expect(canary({ id: 'cyd3' })).toEqual({
      id: 'cyd3',
      firstName: 'Ken',
      lastName: 'CanaryCyd3',
      name: 'Ken CanaryCyd3',
      email: 'pledge.canary.cyd3@example.com',
      phone: '+15035550169',
      address: {
        line1: '650 Canary cyd3 Street',
        city: 'Springfield',
        region: 'IL',
        postalCode: '62701',
        country: 'US',
      },
      ip: '198.51.100.220',
      dateOfBirth: '1987-01-03',
      card: {
        number: '4000002109484228',
        brand: 'visa',
        last4: '4228',
        expMonth: 1,
        expYear: 2034,
        cvc: '743',
      },
    });
  });

  it('makes values that the value detectors of @pledge/policy recognise', () => {
    const person = canary();
    expect(isEmail(person.email)).toBe(true);
    expect(isPhoneNumber(person.phone)).toBe(true);
    expect(isCardNumber(person.card.number)).toBe(true);
    expect(luhnValid(person.card.number)).toBe(true);
    expect(detectValue(person.ip)?.category).toBe('user.device.ip_address');
  });

  it('makes a different person for each call', () => {
    const first = canary();
    const second = canary();
    expect(first.id).not.toBe(second.id);
    expect(first.email).not.toBe(second.email);
    expect(registeredCanaries()).toContain(first);
    expect(canary({ id: first.id })).toBe(first);
  });

  it('rejects an id that could collide with ordinary text', () => {
    expect(() => canary({ id: 'Ab' })).toThrow(
      'canary id must be 4–16 lower-case letters or digits, got `Ab`',
    );
  });
});

describe('scanText', () => {
  const dan = canary({ id: 'dan4' });

  it('recognises a canary phone number however it is written', () => {
    const national = dan.phone.slice(2);
    const written = `(${national.slice(0, 3)}) ${national.slice(3, 6)}-${national.slice(6)}`;
    expect(
      scanText(`call ${written} now`, 'the body').map((f) => [f.category, f.detector, f.canaryId]),
    ).toEqual([['user.contact.phone_number', 'canary', 'dan4']]);
  });

  it('does not match a canary value glued to other letters or digits', () => {
    expect(scanText(`x${dan.dateOfBirth.replace(/-/g, '')}9`, 'the body')).toEqual([]);
  });

  it('ignores text that only looks like base64', () => {
    expect(scanText('requestIdentifierForTheSession', 'the body')).toEqual([]);
  });

  it('redacts canary values that the detectors cannot see', () => {
    expect(redact(`/users/${dan.address.line1}/orders`)).toBe(
      `/users/${dan.address.line1.charAt(0)}***/orders`,
    );
  });
});
