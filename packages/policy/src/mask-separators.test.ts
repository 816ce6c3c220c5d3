import { describe, expect, it } from 'vitest';
import { maskText } from './mask.js';

// The safety net recognises a card number under any separator and in any script's digits:
// nothing Luhn-valid of 13–19 digits, written as whole digit groups, survives masking.

const CARD = '4539148803436467';
/** The card in another script's digits, from that script's zero. */
const inDigits = (zero: number, text = CARD): string =>
  text.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));
const FULL_WIDTH = inDigits(0xff10);
const groups = (sep: string): string => CARD.match(/.{4}/g)?.join(sep) ?? CARD;

describe('masking card numbers under any separator', () => {
  it.each([
    ['dots', groups('.')],
    ['underscores', groups('_')],
    ['numeric separators', '4_539_148_803_436_467'],
    ['double spaces', groups('  ')],
    ['tabs', groups('\t')],
    ['en dashes', groups('\u2013')],
    ['zero-width spaces', groups('\u200b')],
    ['slashes', groups('/')],
    ['escaped tabs, as JSON quotes them', groups('\\t')],
    ['full-width digits', FULL_WIDTH],
    [
      'full-width digits in groups',
      groups(' ').replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d))),
    ],
    ['Arabic-Indic digits', inDigits(0x0660)],
    ['mathematical digits', inDigits(0x1d7ce + 10)],
  ])('%s', (_, written) => {
    const masked = maskText(`seeded card ${written} for tests`);
    const digits = masked.match(/\p{Nd}/gu) ?? [];
    expect(digits.length).toBeLessThanOrEqual(4);
    expect(masked.startsWith('seeded card ')).toBe(true);
    expect(masked.endsWith(' for tests')).toBe(true);
  });

  it('keeps the last four when nothing follows, none when digits follow', () => {
    expect(maskText(`card ${groups('.')}`)).toBe('card ****.****.****.6467');
    expect(maskText(`${groups('_')}_12_28`)).toBe('****_****_****_****_12_28');
  });

  it('leaves numbers that are not card numbers alone', () => {
    for (const text of [
      'version 10.2.33',
      '2024/01/02 12:34:56',
      'order 4539.1488.0343.6468', // not Luhn-valid
      'id 12345678901234567890123456789012', // one long group
    ])
      expect(maskText(text)).toBe(text);
  });
});
