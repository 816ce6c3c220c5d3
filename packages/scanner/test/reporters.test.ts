import { detectValues, luhnValid } from '@pledge/policy';
import { describe, expect, it } from 'vitest';
import { render, REPORT_FORMATS } from '../src/reporters/index.js';
import {
  CLEAR_CARD_NUMBERS,
  cleanResult,
  readSource,
  scanResult,
} from './fixtures/reporters/scan-result.js';

const ESC = String.fromCharCode(27);
const ANSI = new RegExp(`${ESC}\\[[0-9;]*m`, 'g');

/** Every Luhn-valid run of 13–19 digits (contiguous or grouped by single spaces/dashes). */
function luhnRuns(text: string): string[] {
  const runs = text.match(/\d(?:[ -]?\d){12,18}/g) ?? [];
  return runs.filter((run) => luhnValid(run.replace(/\D/g, '')));
}

describe('render', () => {
  it.each(REPORT_FORMATS)('never prints a card number in clear (%s)', (format) => {
    const output = render(scanResult, format, { color: false, readSource });
    for (const card of CLEAR_CARD_NUMBERS) expect(output).not.toContain(card);
    expect(luhnRuns(output)).toEqual([]);
    expect(
      detectValues(output).filter((match) => match.category.startsWith('user.financial.card')),
    ).toEqual([]);
    expect(output).not.toContain('jane.doe@example.com');
  });

  it.each(REPORT_FORMATS)('lists every skipped file (%s)', (format) => {
    const output = render(scanResult, format, { color: false, readSource });
    expect(output).toContain('public/vendor/chat-widget.min.js');
    expect(output).toContain('src/legacy/old-checkout.ts');
  });

  it.each(REPORT_FORMATS)('renders a clean scan (%s)', (format) => {
    expect(render(cleanResult, format, { color: false })).not.toBe('');
  });

  it('snapshots pretty output', async () => {
    await expect(render(scanResult, 'pretty', { color: false, readSource })).toMatchFileSnapshot(
      './__snapshots__/reporters/pretty.txt',
    );
  });

  it('snapshots pretty output without sources', async () => {
    await expect(render(scanResult, 'pretty', { color: false })).toMatchFileSnapshot(
      './__snapshots__/reporters/pretty-no-source.txt',
    );
  });

  it('snapshots json output', async () => {
    await expect(render(scanResult, 'json', { color: false, readSource })).toMatchFileSnapshot(
      './__snapshots__/reporters/scan-result.json.txt',
    );
  });

  it('snapshots sarif output', async () => {
    await expect(render(scanResult, 'sarif', { color: false, readSource })).toMatchFileSnapshot(
      './__snapshots__/reporters/scan.sarif',
    );
  });

  it('snapshots github output', async () => {
    await expect(render(scanResult, 'github', { color: false, readSource })).toMatchFileSnapshot(
      './__snapshots__/reporters/github.txt',
    );
  });

  it('snapshots markdown output', async () => {
    await expect(render(scanResult, 'markdown', { color: false, readSource })).toMatchFileSnapshot(
      './__snapshots__/reporters/markdown.md.txt',
    );
  });

  it('summarises a clean scan', () => {
    expect(render(cleanResult, 'pretty', { color: false })).toBe('No findings in 42 files\n');
    expect(render(cleanResult, 'github', { color: false })).toBe(
      'Pledge: No findings in 42 files\n',
    );
    expect(render(cleanResult, 'markdown', { color: false })).toContain(
      '### ✅ Pledge: No findings',
    );
  });

  it.each(['pretty', 'github', 'markdown'] as const)(
    'prints paths relative to cwd (%s)',
    (format) => {
      const output = render(scanResult, format, {
        color: false,
        readSource,
        cwd: '/home/runner/work/shop',
      });
      expect(output).toContain('shop/src/checkout/save-card.ts');
      expect(output).toContain('shop/src/legacy/old-checkout.ts');
    },
  );

  it('colours pretty output only when asked', () => {
    const plain = render(scanResult, 'pretty', { color: false, readSource });
    const coloured = render(scanResult, 'pretty', { color: true, readSource });
    expect(plain).not.toContain(ESC);
    expect(coloured).toContain(ESC);
    expect(coloured.replace(ANSI, '')).toBe(plain);
  });

  it.each(['json', 'sarif', 'github', 'markdown'] as const)(
    'ignores the color option (%s)',
    (format) => {
      expect(render(scanResult, format, { color: true, readSource })).toBe(
        render(scanResult, format, { color: false, readSource }),
      );
    },
  );
});
