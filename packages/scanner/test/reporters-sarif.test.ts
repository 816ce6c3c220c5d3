import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import formats from 'ajv-formats';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY, renderSarif } from '../src/reporters/index.js';
import type { ScanResult } from '../src/types.js';
import { cleanResult, readSource, scanResult } from './fixtures/reporters/scan-result.js';

// The official OASIS SARIF 2.1.0 schema (draft-07), vendored: see schemas/README.md.
const sarifSchema = JSON.parse(
  readFileSync(new URL('../schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

// ajv-formats is CommonJS with `exports.default`; under NodeNext its default import is the
// module object, whose `default` is the plugin.
const addFormats = formats as unknown as typeof formats.default;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

function schemaErrors(log: unknown): ErrorObject[] {
  return validateSarif(log) ? [] : (validateSarif.errors ?? []);
}

function sarif(result: ScanResult, options = { color: false, readSource }): Log {
  return JSON.parse(renderSarif(result, options)) as Log;
}

function resultAt(log: Log, file: string, line: number): Result {
  const found = log.runs[0]?.results?.find(
    (r) =>
      r.locations?.[0]?.physicalLocation?.artifactLocation?.uri === file &&
      r.locations[0].physicalLocation.region?.startLine === line,
  );
  if (!found) throw new Error(`no result at ${file}:${String(line)}`);
  return found;
}

describe('SARIF reporter', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    expect(schemaErrors(sarif(scanResult))).toEqual([]);
  });

  it('validates for a clean scan, without sources and with a cwd', () => {
    expect(schemaErrors(sarif(cleanResult))).toEqual([]);
    expect(schemaErrors(sarif(scanResult, { color: false, readSource: () => undefined }))).toEqual(
      [],
    );
    expect(
      schemaErrors(
        JSON.parse(
          renderSarif(scanResult, { color: false, readSource, cwd: '/home/runner/work/shop' }),
        ),
      ),
    ).toEqual([]);
  });

  it('catches an invalid log (the validator is not vacuous)', () => {
    const log = sarif(scanResult);
    const broken = { ...log, runs: [{ ...log.runs[0], results: [{ level: 'fatal' }] }] };
    expect(schemaErrors(broken)).not.toEqual([]);
  });

  it('describes the driver and every rule', () => {
    const driver = sarif(scanResult).runs[0]?.tool.driver;
    expect(driver?.name).toBe('Pledge');
    expect(driver?.semanticVersion).toBe('0.1.0');
    expect(driver?.informationUri).toMatch(/^https:\/\//);
    expect(driver?.rules?.map((rule) => rule.id)).toEqual([
      'no-full-card-storage',
      'no-undeclared-cookie',
      'no-pii-to-undeclared-third-party',
    ]);
    const rule = driver?.rules?.[0];
    expect(rule?.name).toBe('NoFullCardStorage');
    expect(rule?.helpUri).toBe(
      'https://github.com/pledge-dev/pledge/blob/main/packages/core/src/rules/no-full-card-storage/README.md',
    );
    expect(rule?.defaultConfiguration?.level).toBe('error');
    expect(rule?.properties?.tags).toContain('privacy');
    expect(rule?.help?.text).toContain('Purchase Information');
    expect(rule?.help?.markdown).toContain(
      '[Purchase Information](https://shop.example/privacy#purchase-information)',
    );
    expect(driver?.rules?.[1]?.defaultConfiguration?.level).toBe('warning');
  });

  it('points every result at its rule', () => {
    const run = sarif(scanResult).runs[0];
    for (const result of run?.results ?? []) {
      expect(run?.tool.driver.rules?.[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
    }
  });

  it('adds a descriptor for a rule the result does not describe', () => {
    const log = sarif({ ...scanResult, rules: [] });
    expect(log.runs[0]?.tool.driver.rules?.map((rule) => [rule.id, rule.name])).toEqual([
      ['no-full-card-storage', 'NoFullCardStorage'],
      ['no-undeclared-cookie', 'NoUndeclaredCookie'],
      ['no-pii-to-undeclared-third-party', 'NoPiiToUndeclaredThirdParty'],
    ]);
    expect(schemaErrors(log)).toEqual([]);
  });

  it('reports a finding with its location, fingerprint, flow and clause', () => {
    const result = resultAt(sarif(scanResult), 'src/checkout/save-card.ts', 5);
    expect(result.ruleId).toBe('no-full-card-storage');
    expect(result.level).toBe('error');
    expect(result.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: '5f0c9a7e2b41d3c8' });
    const location = result.locations?.[0]?.physicalLocation;
    expect(location?.artifactLocation).toEqual({
      uri: 'src/checkout/save-card.ts',
      uriBaseId: '%SRCROOT%',
    });
    expect(location?.region).toEqual({
      startLine: 5,
      startColumn: 9,
      endLine: 7,
      endColumn: 4,
      snippet: { text: '  await prisma.paymentMethod.create({' },
    });
    expect(location?.contextRegion?.startLine).toBe(3);
    expect(location?.contextRegion?.snippet?.text).toContain("'**** **** **** 4242'");
    const steps = result.codeFlows?.[0]?.threadFlows[0]?.locations.map((step) => [
      step.location?.physicalLocation?.artifactLocation?.uri,
      step.location?.physicalLocation?.region?.startLine,
      step.location?.message?.text,
    ]);
    expect(steps).toEqual([
      ['src/api/checkout.ts', 9, '`req.body.card.number`'],
      ['src/api/checkout.ts', 9, 'assigned to `number`'],
      ['src/api/checkout.ts', 10, 'passed to `saveCard()`'],
      ['src/checkout/save-card.ts', 6, 'written by Prisma'],
    ]);
    expect(result.codeFlows?.[0]?.message?.text).toBe(
      'read from `req.body.card.number` → assigned to `number` → passed to `saveCard()` → written by Prisma',
    );
    expect(result.properties).toEqual({
      messageId: 'fullCardStored',
      category: 'user.financial.card.number',
      sink: 'Prisma',
      clauseId: 'purchase-information',
      clauseSection: 'Purchase Information',
      clauseUrl: 'https://shop.example/privacy#purchase-information',
    });
    expect(result.suppressions).toEqual([]);
  });

  it('masks the snippet of an unmasked excerpt', () => {
    const result = resultAt(sarif(scanResult), 'src/checkout/retry.ts', 22);
    expect(result.locations?.[0]?.physicalLocation?.region?.snippet?.text).toBe(
      '    logger.info(`retrying with ****-****-****-5556`);',
    );
  });

  it('has no codeFlows for a finding without a flow', () => {
    const result = resultAt(sarif(scanResult), 'src/middleware/ab-test.ts', 5);
    expect(result.codeFlows).toBeUndefined();
    expect(result.level).toBe('warning');
    expect(result.properties?.cookie).toBe('ab_variant');
  });

  it('includes suppressed findings with their justification', () => {
    const result = resultAt(sarif(scanResult), 'src/middleware/sticky-session.ts', 9);
    expect(result.suppressions).toEqual([
      {
        kind: 'inSource',
        justification:
          'Load-balancer affinity cookie: strictly necessary, listed in the infrastructure register (PRIV-212)',
      },
    ]);
  });

  it('marks the baseline state when a baseline was used', () => {
    const log = sarif(scanResult);
    expect(resultAt(log, 'src/support/zendesk.ts', 18).baselineState).toBe('unchanged');
    expect(resultAt(log, 'src/analytics/track.ts', 5).baselineState).toBe('new');
    const noBaseline = sarif({ ...scanResult, baseline: undefined });
    expect(noBaseline.runs[0]?.results?.map((r) => r.baselineState)).toEqual(
      noBaseline.runs[0]?.results?.map(() => undefined),
    );
  });

  it('reports skipped files, suppression problems and test code left out as tool notifications', () => {
    const invocation = sarif(scanResult).runs[0]?.invocations?.[0];
    expect(invocation?.executionSuccessful).toBe(true);
    const notifications = invocation?.toolExecutionNotifications?.map((n) => [
      n.level,
      n.descriptor?.id,
      n.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
      n.message.text,
    ]);
    expect(notifications).toEqual([
      [
        'warning',
        'skipped/minified',
        'public/vendor/chat-widget.min.js',
        'public/vendor/chat-widget.min.js was not analysed: it is minified (average line length 4812 characters).',
      ],
      [
        'warning',
        'skipped/parse-error',
        'src/legacy/old-checkout.ts',
        "src/legacy/old-checkout.ts was not analysed: it could not be parsed (':' expected. (12:18)).",
      ],
      [
        'warning',
        'suppression/missing-reason',
        'src/api/orders.ts',
        'This `pledge-ignore no-pii-to-undeclared-third-party` comment has no reason, so it suppresses nothing; write why after a colon: `// pledge-ignore <rule>: <reason>`.',
      ],
      [
        'warning',
        'suppression/unused',
        'src/checkout/refund.ts',
        'This `pledge-ignore no-full-card-storage` comment suppresses nothing; remove it.',
      ],
      [
        'note',
        'left-out/tests',
        undefined,
        'Left out 37 test files (tests, specs, mocks, fixtures, stories — `--include-tests` or `tests.include: true` in pledge.config.yaml brings them back).',
      ],
    ]);
  });

  it('resolves %SRCROOT% to the scan root, or to cwd with paths relative to it', () => {
    expect(sarif(scanResult).runs[0]?.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe(
      'file:///home/runner/work/shop/shop/',
    );
    const log = JSON.parse(
      renderSarif(scanResult, { color: false, cwd: '/home/runner/work/shop' }),
    ) as Log;
    expect(log.runs[0]?.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe(
      'file:///home/runner/work/shop/',
    );
    expect(resultAt(log, 'shop/src/analytics/track.ts', 5).ruleId).toBe(
      'no-pii-to-undeclared-third-party',
    );
  });

  it('percent-encodes paths into valid relative URIs', () => {
    const odd: ScanResult = {
      ...cleanResult,
      skipped: [{ file: 'src/a b/c:d#e.ts', reason: 'binary', detail: 'NUL bytes' }],
    };
    const log = sarif(odd);
    expect(
      log.runs[0]?.invocations?.[0]?.toolExecutionNotifications?.[0]?.locations?.[0]
        ?.physicalLocation?.artifactLocation?.uri,
    ).toBe('src/a%20b/c%3Ad%23e.ts');
    expect(schemaErrors(log)).toEqual([]);
  });
});
