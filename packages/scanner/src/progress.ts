import type { ScanProgress } from './scan.js';

/** Where progress goes: a stream that may be a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

/**
 * Progress on one line of a terminal ("Scanning 120/5800 files…", rewritten in place), at most
 * every `intervalMs`. Only when the stream is a TTY and `CI` is unset: logs of CI runs and
 * piped output get nothing extra.
 */
export function progressReporter(
  stream: ProgressStream,
  env: Readonly<Record<string, string | undefined>>,
  intervalMs = 100,
): { onProgress: ((progress: ScanProgress) => void) | undefined; done: () => void } {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
  if (stream.isTTY !== true || ci) return { onProgress: undefined, done: () => undefined };
  let last = 0;
  let shown = false;
  const width = Math.max(20, (stream.columns ?? 80) - 1);
  return {
    onProgress: ({ done, total, file }) => {
      const now = Date.now();
      if (now - last < intervalMs && done < total) return;
      last = now;
      shown = true;
      // A file name could hold control characters; they must not move the cursor.
      const name = file === undefined ? undefined : printable(file);
      let line = `Scanning ${String(done)}/${String(total)} files…${name ? ` ${name}` : ''}`;
      if (line.length > width) line = `${line.slice(0, width - 1)}…`;
      stream.write(`\r\x1b[2K${line}`);
    },
    done: () => {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}

/** Control characters replaced by `?`. */
function printable(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code < 0x20 || (code >= 0x7f && code <= 0x9f) ? '?' : ch;
  }
  return out;
}
