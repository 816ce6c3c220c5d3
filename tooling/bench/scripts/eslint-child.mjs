// One ESLint run in its own process, so its CPU time and peak memory are its own (usage.mjs
// records them). `node eslint-child.mjs JOB.json`: the job names the corpus, the files, the
// configuration (`configs.mjs`), the policy and whether to collect ESLint's per-rule `stats`.
// Writes the outcome (problems, per-rule and per-file times) to the job's `out` file.
import { readFileSync, writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { buildConfig } from './configs.mjs';

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));

// ESLint's `stats` times rules with the wall clock: on a busy machine a file's time includes
// whenever the process was not running. Pledge's per-file latency is also taken in CPU time:
// each of its rules' `create` and listeners is wrapped in `process.cpuUsage()`.
const cpuByFile = new Map();
const cpuByRule = new Map();
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
function timed(rule, id) {
  return {
    ...rule,
    create(context) {
      const file = context.filename;
      const add = (ms) => {
        cpuByFile.set(file, (cpuByFile.get(file) ?? 0) + ms);
        cpuByRule.set(id, (cpuByRule.get(id) ?? 0) + ms);
      };
      const start = cpuNow();
      const listeners = rule.create(context);
      add(cpuNow() - start);
      const wrapped = {};
      for (const [key, listener] of Object.entries(listeners)) {
        wrapped[key] = function (...args) {
          const at = cpuNow();
          try {
            return listener.apply(this, args);
          } finally {
            add(cpuNow() - at);
          }
        };
      }
      return wrapped;
    },
  };
}
/** The config with Pledge's plugins' rules wrapped by `timed`. */
function withTimedRules(config, namespaces) {
  return config.map((entry) => {
    if (!entry.plugins) return entry;
    const plugins = { ...entry.plugins };
    for (const ns of namespaces) {
      const plugin = plugins[ns];
      if (!plugin) continue;
      plugins[ns] = {
        ...plugin,
        rules: Object.fromEntries(
          Object.entries(plugin.rules).map(([id, r]) => [id, timed(r, `${ns}/${id}`)]),
        ),
      };
    }
    return { ...entry, plugins };
  });
}
const files = JSON.parse(readFileSync(job.filesFile, 'utf8')).map((f) => `${job.root}/${f}`);
const out = { problems: 0, fatal: 0, fatalSample: undefined };
try {
  const namespaces = job.namespaces;
  let config = await buildConfig(job.config, {
    root: job.root,
    policy: job.policy,
    files: job.globs,
  });
  if (job.stats) config = withTimedRules(config, namespaces);
  const eslint = new ESLint({
    cwd: job.root,
    overrideConfigFile: true,
    overrideConfig: config,
    // The files are listed exactly (Next.js paths such as `app/[id]/page.tsx` are not globs).
    globInputPaths: false,
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
    allowInlineConfig: false,
    cache: false,
    stats: job.stats === true,
  });
  if (job.stats) {
    // Start-up excluded: the first file pays for loading the rules, the policy and the
    // catalogs; lint it once alone, then measure every file.
    await eslint.lintFiles(files.slice(0, 1));
    cpuByFile.clear();
    cpuByRule.clear();
  }
  const results = await eslint.lintFiles(files);
  const perFile = [];
  const rules = {};
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal) {
        out.fatal++;
        out.fatalSample ??= message.message.split('\n')[0];
      } else out.problems++;
    }
    const pass = result.stats?.times.passes[0];
    if (!pass) continue;
    let ours = 0;
    for (const [id, time] of Object.entries(pass.rules ?? {})) {
      rules[id] = (rules[id] ?? 0) + time.total;
      if (namespaces.some((ns) => id.startsWith(`${ns}/`))) ours += time.total;
    }
    perFile.push({
      file: result.filePath.slice(job.root.length + 1),
      ms: ours,
      cpuMs: cpuByFile.get(result.filePath) ?? 0,
      parseMs: pass.parse.total,
    });
  }
  if (job.stats) Object.assign(out, { rules, rulesCpu: Object.fromEntries(cpuByRule), perFile });
} catch (error) {
  out.error = String(error instanceof Error ? error.message : error).split('\n')[0];
}
writeFileSync(job.out, JSON.stringify(out));
