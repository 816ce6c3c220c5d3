import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

// The tarballs, packed once for every test file: `pack-all.mjs` writes what `pnpm publish`
// would upload (turbo has built the packages first: this package's test depends on ^build).

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder holding one `.tgz` per public package. */
    packs: string;
  }
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export default function setup(project: TestProject): () => void {
  const packs = mkdtempSync(join(tmpdir(), 'pledge-packs-'));
  execFileSync(
    process.execPath,
    [join(ROOT, 'tooling/packaging/scripts/pack-all.mjs'), '--out', packs],
    { cwd: ROOT, stdio: 'pipe' },
  );
  project.provide('packs', packs);
  return () => {
    rmSync(packs, { recursive: true, force: true });
  };
}
