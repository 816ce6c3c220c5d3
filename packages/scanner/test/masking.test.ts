import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from './scan-helpers.js';

// Pledge never prints a value it found in clear, whatever field it reached: values planted in
// a cookie name, a host, a file name, a string, a message and a flow, read back from every
// format of `pledge scan` and `pledge map`. Each round plants other values (Luhn-valid card
// numbers and email addresses made from the round's seed), so no format can pass by
// special-casing one string.

/** A Luhn-valid 16-digit Visa number from a seed. */
function cardFrom(seed: number): string {
  const digits = `4539${String(100_000_000_00 + seed * 7919).padStart(11, '0')}`
    .split('')
    .map(Number);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits[digits.length - 1 - i] ?? 0;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return `${digits.join('')}${String((10 - (sum % 10)) % 10)}`;
}

const SCAN_FORMATS = ['pretty', 'json', 'sarif', 'github', 'markdown'] as const;
const MAP_FORMATS = ['text', 'json', 'markdown'] as const;

describe.each([1, 2, 3])('values planted in every field (round %i)', (seed) => {
  const card = cardFrom(seed);
  const email = `ops.${String(seed)}@shop-mail.example`;
  const spaced = card.replace(/(\d{4})(?=\d)/g, '$1 ');
  const project = tempProject({
    // An email in a file name, a card number in a cookie name and in a host, both in strings.
    [`src/${email}.ts`]: `import express from 'express';
const app = express();
app.get('/x', (req, res) => {
  res.cookie('seen_${card}', '1');
  res.send('ok');
});
export async function track(contact: string) {
  await fetch('https://c${card}.tracker.example/collect', { method: 'POST', body: JSON.stringify({ email: contact }) });
  console.log('charged ${spaced} for ${email}');
}
`,
  });
  const leaks = (text: string): string[] =>
    [card, spaced, email, card.slice(0, 12)].filter((value) => text.includes(value));

  it.each(SCAN_FORMATS)('pledge scan --format %s', async (format) => {
    const { code, stdout, stderr } = await runCli(project, [
      'scan',
      '--format',
      format,
      '--no-progress',
    ]);
    expect(code, stderr).toBe(1);
    expect(stdout.length).toBeGreaterThan(0);
    expect(leaks(stdout + stderr)).toEqual([]);
  });

  it.each(MAP_FORMATS)('pledge map --format %s', async (format) => {
    const { code, stdout, stderr } = await runCli(project, [
      'map',
      '--format',
      format,
      '--no-progress',
    ]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('tracker.example');
    expect(leaks(stdout + stderr)).toEqual([]);
  });
});
