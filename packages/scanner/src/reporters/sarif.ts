import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type * as Sarif from 'sarif';
import type { RuleDescriptor, ScanFinding, ScanResult, Severity } from '../types.js';
import {
  clean,
  cleanLine,
  flowSentence,
  leftOutLine,
  pathResolver,
  ruleLookup,
  SKIP_REASON_TEXT,
  sortFindings,
  sortProblems,
  sourceLines,
  type RenderOptions,
} from './shared.js';

/** The schema URI that GitHub code scanning and editors recognise for SARIF 2.1.0. */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where the project lives; `informationUri` of the driver. */
const INFORMATION_URI = 'https://github.com/pledge-dev/pledge';
/** Every artifact URI is relative to this base id; `originalUriBaseIds` resolves it. */
const SRCROOT = '%SRCROOT%';
/**
 * The key of `partialFingerprints`. Versioned: if the fingerprint's recipe ever changes, the
 * key changes too, so code scanning does not match old alerts against new hashes.
 */
export const FINGERPRINT_KEY = 'pledgeFingerprint/v1';
/** Lines of context in `contextRegion`. */
const CONTEXT = 2;

const LEVEL: Readonly<Record<Severity, Sarif.Result.level>> = {
  error: 'error',
  warning: 'warning',
};

/**
 * SARIF 2.1.0 for GitHub code scanning: rule metadata with help text and the policy clause,
 * results with masked messages and snippets, `partialFingerprints` that survive line moves,
 * the flow as `codeFlows`, inline suppressions as `suppressions`, the baseline as
 * `baselineState`, and skipped files, suppression problems and the test code left out (one
 * `note`, with its count and globs) as tool notifications.
 */
export function renderSarif(result: ScanResult, options: RenderOptions): string {
  return `${JSON.stringify(toSarif(result, options), null, 2)}\n`;
}

function toSarif(result: ScanResult, options: RenderOptions): Sarif.Log {
  const show = pathResolver(result, options);
  const lines = sourceLines(options);
  const lookup = ruleLookup(result);
  const artifact = (file: string): Sarif.ArtifactLocation => ({
    uri: show(file).split('/').map(encodeURIComponent).join('/'),
    uriBaseId: SRCROOT,
  });

  // Every rule a result names has a descriptor, so `ruleIndex` always points somewhere.
  const rules: RuleDescriptor[] = [...result.rules];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  for (const finding of [...result.findings, ...result.suppressed]) {
    if (!ruleIndex.has(finding.ruleId)) {
      ruleIndex.set(finding.ruleId, rules.length);
      rules.push(lookup(finding.ruleId));
    }
  }

  const toResult = (finding: ScanFinding): Sarif.Result => {
    const source = lines(finding.file);
    const region: Sarif.Region = {
      startLine: finding.line,
      startColumn: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      snippet: { text: clean(finding.excerpt) },
    };
    const physicalLocation: Sarif.PhysicalLocation = {
      artifactLocation: artifact(finding.file),
      region,
    };
    if (source !== undefined && finding.endLine <= source.length) {
      const startLine = Math.max(1, finding.line - CONTEXT);
      const endLine = Math.min(source.length, finding.endLine + CONTEXT);
      physicalLocation.contextRegion = {
        startLine,
        endLine,
        snippet: { text: clean(source.slice(startLine - 1, endLine).join('\n')) },
      };
    }
    const sarifResult: Sarif.Result = {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
      level: LEVEL[finding.severity],
      message: { text: clean(finding.message) },
      locations: [{ physicalLocation }],
      partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    };
    if (finding.flow.length > 0) {
      sarifResult.codeFlows = [
        {
          message: { text: flowSentence(finding.flow) },
          threadFlows: [
            {
              locations: finding.flow.map((step, index) => ({
                location: {
                  physicalLocation: {
                    artifactLocation: artifact(step.file),
                    region: { startLine: step.line, startColumn: step.column },
                  },
                  message: { text: cleanLine(step.label) },
                },
                nestingLevel: 0,
                executionOrder: index + 1,
                importance:
                  index === 0 || index === finding.flow.length - 1 ? 'essential' : 'important',
              })),
            },
          ],
        },
      ];
    }
    // A tool that evaluates suppressions gives every result the property: an empty array
    // says "evaluated, not suppressed" (SARIF §3.27.23).
    sarifResult.suppressions = finding.suppression
      ? [{ kind: 'inSource', justification: clean(finding.suppression.reason) }]
      : [];
    if (result.baseline)
      sarifResult.baselineState = finding.inBaseline === true ? 'unchanged' : 'new';
    const clause = finding.clause;
    sarifResult.properties = {
      messageId: finding.messageId,
      ...(finding.category !== undefined && { category: finding.category }),
      ...(finding.sink !== undefined && { sink: cleanLine(finding.sink) }),
      ...(finding.recipient !== undefined && { recipient: cleanLine(finding.recipient) }),
      ...(finding.cookie !== undefined && { cookie: cleanLine(finding.cookie) }),
      ...(clause && {
        clauseId: clause.id,
        clauseSection: cleanLine(clause.section),
        clauseUrl: clause.url,
      }),
    };
    return sarifResult;
  };

  const tests = result.leftOut?.tests;
  const leftOut = leftOutLine(result);
  const notifications: Sarif.Notification[] = [
    ...result.skipped.map((skip): Sarif.Notification => ({
      level: 'warning',
      message: {
        text: `${show(skip.file)} was not analysed: it ${SKIP_REASON_TEXT[skip.reason]} (${cleanLine(skip.detail)}).`,
      },
      locations: [{ physicalLocation: { artifactLocation: artifact(skip.file) } }],
      descriptor: { id: `skipped/${skip.reason}` },
      properties: { reason: skip.reason },
    })),
    ...sortProblems(result.suppressionProblems).map((problem): Sarif.Notification => {
      const index = ruleIndex.get(problem.ruleId);
      return {
        level: 'warning',
        message: { text: cleanLine(problem.message) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifact(problem.file),
              region: { startLine: problem.line },
            },
          },
        ],
        descriptor: { id: `suppression/${problem.kind}` },
        associatedRule:
          index === undefined ? { id: problem.ruleId } : { id: problem.ruleId, index },
      };
    }),
    // Left out by choice, not a gap: a `note`, where a skipped file is a `warning`.
    ...(tests && leftOut !== undefined
      ? [
          {
            level: 'note',
            message: { text: leftOut },
            descriptor: { id: 'left-out/tests' },
            properties: { count: tests.count, globs: [...tests.globs] },
          } satisfies Sarif.Notification,
        ]
      : []),
  ];

  const root = path.resolve(options.cwd ?? result.root);
  const rootUri = pathToFileURL(root).href;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Pledge',
            fullName: `Pledge privacy-policy scanner ${result.tool.version}`,
            informationUri: INFORMATION_URI,
            version: result.tool.version,
            semanticVersion: result.tool.version,
            rules: rules.map(toRule),
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        originalUriBaseIds: {
          [SRCROOT]: {
            uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/`,
            description: { text: 'The directory that artifact paths are relative to.' },
          },
        },
        columnKind: 'utf16CodeUnits',
        results: [...sortFindings(result.findings), ...sortFindings(result.suppressed)].map(
          toResult,
        ),
        properties: {
          policy: {
            file: result.policy.file,
            organization: cleanLine(result.policy.organization),
            ...(result.policy.url !== '' && { url: result.policy.url }),
          },
          ...(result.configFile !== undefined && { configFile: result.configFile }),
          stats: result.stats,
          ...(result.leftOut && { leftOut: result.leftOut }),
          ...(result.baseline && { baseline: result.baseline }),
          ...(result.changedSince !== undefined && { changedSince: result.changedSince }),
        },
      },
    ],
  };
}

/** A rule as a SARIF `reportingDescriptor`, its help citing the policy clause. */
function toRule(rule: RuleDescriptor): Sarif.ReportingDescriptor {
  const clause = rule.clause;
  const description = cleanLine(rule.description);
  const summary = clause?.summary !== undefined ? cleanLine(clause.summary) : undefined;
  const clauseText = clause
    ? `Policy clause: ${cleanLine(clause.section)}${summary !== undefined ? ` — ${summary}` : ''} (${clause.url})`
    : undefined;
  const clauseMarkdown = clause
    ? `**Policy clause:** [${cleanLine(clause.section)}](${clause.url})${summary !== undefined ? ` — ${summary}` : ''}`
    : undefined;
  const text = [description, clauseText, rule.docsUrl && `Documentation: ${rule.docsUrl}`]
    .filter((part) => part !== undefined && part !== '')
    .join('\n\n');
  const markdown = [
    rule.help !== undefined ? clean(rule.help).trim() : description,
    clauseMarkdown,
    rule.docsUrl && `[Documentation](${rule.docsUrl})`,
  ]
    .filter((part) => part !== undefined && part !== '')
    .join('\n\n');
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: description },
    fullDescription: { text: summary !== undefined ? `${description}. ${summary}` : description },
    ...(rule.docsUrl !== undefined && { helpUri: rule.docsUrl }),
    help: { text, markdown },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ['privacy', 'pledge', ...(clause ? [`policy/${clause.id}`] : [])],
      ...(clause && {
        clauseId: clause.id,
        clauseSection: cleanLine(clause.section),
        clauseUrl: clause.url,
      }),
    },
  };
}

/** `no-full-card-storage` → `NoFullCardStorage` (SARIF's `name` is a readable identifier). */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
