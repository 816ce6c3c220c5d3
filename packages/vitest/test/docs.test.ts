import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { canary, createPledgeGuard } from '../src/index.js';
import { testPolicy } from './helpers.js';

// docs/testing.md shows real output and real imports: keep them true.

const docs = readFileSync(join(import.meta.dirname, '../../../docs/testing.md'), 'utf8');

function blocks(language: string): string[] {
  const fence = '```';
  return docs
    .split(`${fence}${language}\n`)
    .slice(1)
    .map((rest) => rest.slice(0, rest.indexOf(fence)));
}

describe('docs/testing.md', () => {
  it('shows the message the guard prints for the documented pixel', async () => {
    const [shown] = blocks('text');
    const ada = canary({ id: 'ada1' });
    const guard = createPledgeGuard({ policy: testPolicy() });
    guard.apply();
    let error: unknown;
    try {
      const em = createHash('sha256').update(ada.email).digest('hex');
      await guard.scope(async () => {
        error = await fetch(`https://px.ads.example/pixel.gif?em=${em}`).catch((e: unknown) => e);
      });
    } finally {
      guard.dispose();
    }
    expect(`${String(error)}\n`).toBe(shown);
  });

  it('imports only what the package exports', () => {
    const imported = blocks('ts').flatMap((code) =>
      [...code.matchAll(/import \{([^}]*)\} from '@pledge\/vitest'/g)].flatMap((m) =>
        (m[1] ?? '').split(',').map((name) => name.trim()),
      ),
    );
    expect(imported).toEqual(['pledge', 'installPledgeGuard', 'canary', 'createPledgeGuard']);
    expect(imported.filter((name) => !(name in api))).toEqual([]);
  });
});
