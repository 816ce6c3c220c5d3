import { parsePolicy, type Policy } from '@pledge/policy';
import ts from 'typescript';
import { analyzeFile } from '../engine/analysis.js';
import { runRule, type PledgeRule } from '../rule.js';
import type { Finding } from '../types.js';

/** Parses a policy for tests; throws with the diagnostics when it is invalid. */
export function testPolicy(text: string): Policy {
  const { policy, errors } = parsePolicy(text, 'test.policy.yaml');
  if (!policy)
    throw new Error(
      errors.map((e) => `${String(e.line)}:${String(e.column)} ${e.message}`).join('\n'),
    );
  return policy;
}

/** Runs a rule over source text with the workspace's TypeScript, without type information. */
export function runOnCode(
  rule: PledgeRule,
  code: string,
  policy: Policy,
  fileName = 'file.ts',
): Finding[] {
  const sourceFile = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  return runRule(rule, analyzeFile({ ts, sourceFile, policy }));
}
