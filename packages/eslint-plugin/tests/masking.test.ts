import { describe, expect, it } from 'vitest';
import { lint } from './lint.js';

// Nothing Pledge found is printed in clear in ESLint either: card numbers and emails planted
// in strings, templates, URLs, cookie names and values, identifiers, comments and suppressions
// never appear in a message, whatever separators they are written with.

const CARDS = ['4539148803436467', '5555555555554444', '378282246310005'];
const EMAILS = ['fuzz.victim@shop-example.com', 'ops+leak@mail.example.org'];
const SEPARATORS = ['', ' ', '-', '.', '_', '  ', '\\t'];

const written = (card: string, sep: string): string => card.match(/.{1,4}/g)?.join(sep) ?? card;

/** Sources with `CARD` (a card as written), `DIGITS` (bare digits) and `EMAIL` planted. */
const TEMPLATES = [
  `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export const seed = () => prisma.note.create({ data: { text: 'seeded card CARD for EMAIL' } });`,
  `export const send = () => fetch('https://collector.example.net/in?email=EMAIL&card=CARD');`,
  `export const body = () => fetch('https://collector.example.net/in', { method: 'POST', body: \`to EMAIL card CARD\` });`,
  `document.cookie = 'cDIGITS=CARD';`,
  `document.cookie = \`EMAIL=\${'CARD'}\`;`,
  `import Cookies from 'js-cookie';
export const keep = (cardNumber: string) => Cookies.set('pan_DIGITS', cardNumber);`,
  `// pledge-ignore DIGITS: EMAIL
document.cookie = 'cardDIGITS=1';`,
  `import Mixpanel from 'mixpanel';
const mixpanel = Mixpanel.init('token');
export const track = () => mixpanel.track('signup', { email: 'EMAIL', card: 'CARD' });`,
  `/* CARD EMAIL */ export const c_DIGITS = 'EMAIL';
localStorage.setItem('EMAIL', 'CARD');`,
];

describe('ESLint messages mask planted values', () => {
  const cases = TEMPLATES.flatMap((template, t) =>
    SEPARATORS.map((sep, s) => {
      const card = CARDS[(t + s) % CARDS.length] ?? '';
      const email = EMAILS[(t + s) % EMAILS.length] ?? '';
      return {
        name: `template ${String(t)}, separator ${JSON.stringify(sep)}`,
        code: template
          .replaceAll('CARD', written(card, sep))
          .replaceAll('DIGITS', card)
          .replaceAll('EMAIL', email),
        card,
        email,
      };
    }),
  );

  it('has cases that report', () => {
    const reported = cases.filter((c) => lint(c.code).length > 0);
    expect(reported.length).toBeGreaterThan(cases.length / 2);
  });

  it.each(cases)('$name', ({ code, card, email }) => {
    for (const message of lint(code)) {
      const text = `${message.message} ${JSON.stringify(message.suggestions ?? [])}`;
      expect(text.replace(/[^0-9]/g, '')).not.toContain(card);
      expect(text).not.toContain(email);
    }
  });
});
