import { resolve } from 'node:path';
import { formatDiagnostic } from './diagnostics.js';
import { findPolicy, loadPolicy } from './load.js';
import { citeClause } from './queries.js';
import type { Policy } from './schema.js';

const USAGE = `Usage: pledge-policy check [FILE]

Validates a Pledge policy and prints what it promises. Without FILE, the nearest
pledge.policy.yaml|yml|json above the current directory is used.

Exit codes: 0 valid, 1 invalid, 2 usage error.`;

/** The `pledge-policy` command; returns the exit code. */
export function main(argv: readonly string[], out = process.stdout, err = process.stderr): number {
  const [command, file, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== 'check' || rest.length > 0) {
    err.write(`${USAGE}\n`);
    return 2;
  }
  const path = file ?? findPolicy(process.cwd());
  if (path === undefined) {
    err.write(
      'pledge-policy: no pledge.policy.yaml found in this directory or above; pass a file.\n',
    );
    return 2;
  }
  const { policy, errors, warnings } = loadPolicy(resolve(path));
  for (const diagnostic of [...errors, ...warnings]) {
    err.write(`${formatDiagnostic({ ...diagnostic, file: path })}\n`);
  }
  if (!policy) {
    err.write(`\n${String(errors.length)} error(s): the policy is not valid.\n`);
    return 1;
  }
  out.write(summarize(policy, path));
  return 0;
}

/** A human summary of what a policy promises. */
export function summarize(policy: Policy, file: string): string {
  const lines: string[] = [];
  lines.push(`✔ ${file} is a valid Pledge policy`);
  if (policy.document) {
    lines.push(
      `  ${policy.organization} — ${policy.document.title ?? 'privacy policy'}, effective ${policy.document.effective}`,
    );
    lines.push(`  ${policy.document.url}`);
  } else {
    lines.push(
      `  ${policy.organization} (no human policy linked: findings state each rule's promise)`,
    );
  }
  lines.push('');
  lines.push(`Clauses (${String(Object.keys(policy.clauses).length)}):`);
  for (const id of Object.keys(policy.clauses)) {
    const clause = citeClause(policy, id);
    if (clause) lines.push(`  ${id.padEnd(30)} ${clause.section}`);
  }
  lines.push('');
  lines.push(`First-party hosts: ${policy.firstParty.hosts.join(', ')}`);
  if (policy.payments) {
    const p = policy.payments;
    lines.push('');
    lines.push(`Card data (${p.clause}):`);
    lines.push(`  full card number stored: ${p.storeFullCardNumber ? 'allowed' : 'never'}`);
    lines.push(`  last four digits stored: ${p.storeLast4 ? 'allowed' : 'never'}`);
    lines.push(`  security code stored:    ${p.storeSecurityCode ? 'allowed' : 'never'}`);
    lines.push(`  processors:              ${p.processors.join(', ') || '(none)'}`);
  }
  if (policy.cookies) {
    lines.push('');
    lines.push(
      `Cookies (${String(policy.cookies.declared.length)} declared; unresolved names: ${policy.cookies.unresolvedNames}):`,
    );
    for (const c of policy.cookies.declared) {
      const lifetime =
        c.duration === 'persistent' && c.maxAge !== undefined
          ? `persistent, ${String(c.maxAge)}`
          : (c.duration ?? 'any duration');
      const who =
        c.party === 'third' ? `third party${c.setBy ? `: ${c.setBy}` : ''}` : 'first party';
      lines.push(`  ${c.name.padEnd(20)} ${lifetime.padEnd(18)} ${who}`);
    }
  }
  lines.push('');
  lines.push(`Recipients (${String(policy.thirdParties.length)}):`);
  for (const party of policy.thirdParties) {
    const receives =
      party.receives.length > 0 ? party.receives.join(', ') : 'non-personal data only';
    lines.push(`  ${party.id.padEnd(20)} ${party.role.padEnd(18)} ${receives}`);
  }
  const extended = Object.keys(policy.dataCategories);
  if (extended.length > 0) {
    lines.push('');
    lines.push(`Taxonomy extensions: ${extended.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
