// Preloaded into every measured child (`node --import ./usage.mjs …`): when the process exits,
// its own CPU time (user + system) and peak resident set size go to $BENCH_USAGE_FILE. The
// figures are the kernel's for this process alone, so a run of ESLint, `pledge scan` or `tsc`
// is measured the same way, whatever it does inside.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
        userMs: usage.userCPUTime / 1000,
        systemMs: usage.systemCPUTime / 1000,
        maxRssMiB: usage.maxRSS / 1024,
        wallMs: performance.now(),
      }),
    );
  });
}
