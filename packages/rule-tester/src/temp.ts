import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// One temporary folder per tester run (a `run()` or a `runFixtures()`), made when a front end
// first needs a file on disk and removed in the suite's `afterAll`.

/** A temporary folder, created on first use. */
export class TempDir {
  #path: string | undefined;

  constructor(private readonly prefix: string) {}

  /** The folder's real path (the scanner and ESLint report real paths), created on first use. */
  get path(): string {
    this.#path ??= realpathSync(mkdtempSync(join(tmpdir(), `${this.prefix}-`)));
    return this.#path;
  }

  /** Writes a file under the folder, creating its parents; returns its absolute path. */
  write(relativePath: string, text: string): string {
    const path = join(this.path, relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return path;
  }

  /** Removes the folder and everything in it. */
  remove(): void {
    if (this.#path !== undefined) rmSync(this.#path, { recursive: true, force: true });
    this.#path = undefined;
  }
}

/** A tsconfig for typed linting of a temporary project: every source file, JavaScript too. */
export const TYPED_TSCONFIG = `${JSON.stringify(
  {
    compilerOptions: {
      strict: true,
      module: 'nodenext',
      target: 'es2022',
      jsx: 'preserve',
      skipLibCheck: true,
      allowJs: true,
      checkJs: false,
      noEmit: true,
    },
    include: ['**/*'],
  },
  null,
  2,
)}\n`;
