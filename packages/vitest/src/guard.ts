import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import https from 'node:https';
import type { RequestController } from '@mswjs/interceptors';
import { ClientRequestInterceptor } from '@mswjs/interceptors/ClientRequest';
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { XMLHttpRequestInterceptor } from '@mswjs/interceptors/XMLHttpRequest';
import {
  citeClause,
  isFirstPartyHost,
  isLoopbackHost as policyIsLoopbackHost,
  isWithinCategory,
  matchHost,
  mayReceive,
  normalizeHost,
  recipientForHost,
  type ClauseCitation,
  type Policy,
  type ThirdPartyEntry,
} from '@pledge/policy';
import { scanRequest } from './payload.js';
import { resolvePolicy, type PolicySource } from './policy.js';
import { describeFinding, redact, type Finding } from './scan.js';

/** `enforce` blocks a request that breaks the policy and fails the test; `record` only records. */
export type GuardMode = 'enforce' | 'record';

/** The client API a request came through. */
export type RequestSource = 'fetch' | 'http' | 'xhr';

/**
 * Who a request goes to: a loopback address (the app under test or a local double), one of the
 * organization's own hosts, a declared recipient, or a host the policy does not know.
 */
export type RequestParty = 'local' | 'first-party' | 'recipient' | 'undeclared';

/** How the guard answered a request. Nothing ever reaches the network. */
export type RequestAnswer = 'responded' | 'forwarded' | 'passed-through' | 'blocked';

/** One promise a request breaks. */
export interface Violation {
  /** `undeclared-host`: not first-party and no recipient declares the host. `forbidden-category`: the recipient may not receive this category. */
  kind: 'undeclared-host' | 'forbidden-category';
  host: string;
  /** The recipient id, for `forbidden-category`. */
  recipient?: string;
  /** The personal value that is not allowed there (always set for `forbidden-category`). */
  finding?: Finding;
  /** The clause of the human policy the request breaks, when the policy names one. */
  clause?: ClauseCitation;
}

/** An outgoing request as the guard saw it. */
export interface GuardedRequest {
  method: string;
  /** The URL as requested. It may carry personal data: never print it, use `redact()`. */
  url: string;
  host: string;
  via: RequestSource;
  party: RequestParty;
  /** The id of the declared recipient that owns the host. */
  recipient: string | undefined;
  /** Every personal value found in the URL, headers and body. */
  findings: Finding[];
  violations: Violation[];
  answer: RequestAnswer;
  /** The failure message (values masked), when the request breaks the policy. */
  message: string | undefined;
}

/** Context given to a `respond` handler. */
export interface RespondContext {
  host: string;
  party: RequestParty;
  recipient: string | undefined;
}

/** Options of {@link createPledgeGuard} and {@link installPledgeGuard}. */
export interface PledgeGuardOptions {
  /** The policy, or the path of its file; default: the nearest `pledge.policy.yaml` above the working directory. */
  policy?: PolicySource;
  /** Default `enforce`. */
  mode?: GuardMode;
  /**
   * Answers requests to these hosts from a local server: host (or `*.domain`) → base URL, e.g.
   * `{ 'api.stripe.com': 'http://127.0.0.1:4010' }`. Path and query are kept.
   */
  forward?: Readonly<Record<string, string>>;
  /** Answers a request locally; return `undefined` to let `forward` or the default handle it. */
  respond?: (
    request: Request,
    context: RespondContext,
  ) => Response | undefined | Promise<Response | undefined>;
  /**
   * The clause to cite for a request to an undeclared host; default: the policy's
   * `disclosureClause`, else a clause with a usual id (`disclosure-to-third-parties`, ...).
   */
  undeclaredHostClause?: string;
  /** Called for each request that breaks the policy, in both modes. */
  onViolation?: (request: GuardedRequest) => void;
}

/** Thrown (and given to the client as a network error) for a request that breaks the policy. */
export class PledgeViolationError extends Error {
  override name = 'PledgeViolationError';
  readonly requests: readonly GuardedRequest[];
  constructor(requests: readonly GuardedRequest[]) {
    super(requests.map((r) => r.message ?? '').join('\n\n'));
    this.requests = requests;
  }
}

/** The network error a client gets for a request the guard cannot answer locally. */
export class PledgeNetworkError extends Error {
  override name = 'PledgeNetworkError';
}

/** A guard on outgoing requests. */
export interface PledgeGuard {
  readonly policy: Policy;
  readonly mode: GuardMode;
  /** The requests of the current scope (the current test, when installed in vitest). */
  readonly requests: readonly GuardedRequest[];
  /** The requests of the current scope that break the policy. */
  readonly violations: readonly GuardedRequest[];
  /** Every request since the guard was applied, whatever its scope. */
  readonly allRequests: readonly GuardedRequest[];
  /** Starts intercepting `fetch`, `http`/`https` and `XMLHttpRequest`. Idempotent. */
  apply(): void;
  /** Stops intercepting and restores every patched global. Idempotent. */
  dispose(): void;
  /** Runs `fn` with a record of its own; resolves to the requests made inside it. */
  scope(fn: () => unknown): Promise<GuardedRequest[]>;
  /** Throws a {@link PledgeViolationError} when `requests` (default: the current scope's) break the policy. */
  check(requests?: readonly GuardedRequest[]): void;
  /** A masked, human summary of the requests that broke the policy, or `''`. */
  report(requests?: readonly GuardedRequest[]): string;
}

const DISCLOSURE_CLAUSES = [
  'disclosure-to-third-parties',
  'disclosure-service-providers',
  'disclosure',
  'third-parties',
  'sharing',
];

/**
 * `localhost`, `*.localhost`, `127.0.0.0/8`, `::1` and `0.0.0.0`: where the app under test and
 * local doubles listen. The policy package's check, which the scanner and ESLint use too.
 */
export const isLoopbackHost: (host: string) => boolean = policyIsLoopbackHost;

function listCategories(party: ThirdPartyEntry): string {
  return party.receives.length === 0
    ? `\`${party.id}\` may receive non-personal data only.`
    : `\`${party.id}\` may receive: ${party.receives.join(', ')}.`;
}

function shownUrl(url: URL): string {
  const path = redact(decodeSafe(url.pathname));
  return `${url.protocol}//${url.host}${path}${url.search.length > 1 ? '?…' : ''}`;
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

// Forwarding uses node's own client as it was before any guard patched it, so a forwarded
// request is neither intercepted again nor subject to a DOM environment's CORS checks.
const directHttp = http.request;
const directHttps = https.request;

interface DirectAnswer {
  status: number;
  statusText: string;
  headers: Headers;
  body: Buffer;
}

function sendDirect(
  url: URL,
  method: string,
  headers: Headers,
  body: Buffer | undefined,
): Promise<DirectAnswer> {
  const send = url.protocol === 'https:' ? directHttps : directHttp;
  const outgoing: Record<string, string> = {};
  headers.forEach((value, name) => {
    outgoing[name] = value;
  });
  return new Promise((resolve, reject) => {
    const req = send(url, { method, headers: outgoing }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const answerHeaders = new Headers();
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
          const name = res.rawHeaders[i] ?? '';
          // The body is passed on whole: drop the headers that describe its transfer.
          if (/^(content-length|transfer-encoding|connection|keep-alive)$/i.test(name)) continue;
          answerHeaders.append(name, res.rawHeaders[i + 1] ?? '');
        }
        resolve({
          status: res.statusCode ?? 502,
          statusText: res.statusMessage ?? '',
          headers: answerHeaders,
          body: Buffer.concat(chunks),
        });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

class Scope {
  readonly requests: GuardedRequest[] = [];
}

class Guard implements PledgeGuard {
  readonly policy: Policy;
  readonly mode: GuardMode;
  readonly allRequests: GuardedRequest[] = [];
  private readonly options: PledgeGuardOptions;
  private readonly storage = new AsyncLocalStorage<Scope>();
  private readonly outside = new Scope();
  private disposers: (() => void)[] = [];

  constructor(options: PledgeGuardOptions) {
    this.options = options;
    this.policy = resolvePolicy(options.policy);
    this.mode = options.mode ?? 'enforce';
  }

  get requests(): readonly GuardedRequest[] {
    return (this.storage.getStore() ?? this.outside).requests;
  }

  get violations(): readonly GuardedRequest[] {
    return this.requests.filter((r) => r.violations.length > 0);
  }

  apply(): void {
    if (this.disposers.length > 0) return;
    const all = [
      { source: 'http' as const, interceptor: new ClientRequestInterceptor() },
      { source: 'fetch' as const, interceptor: new FetchInterceptor() },
      { source: 'xhr' as const, interceptor: new XMLHttpRequestInterceptor() },
    ];
    for (const { source, interceptor } of all) {
      // The interceptors await an async listener before they answer: that is how the guard
      // decides (block, forward, respond) before the request goes anywhere.
      // eslint-disable-next-line @typescript-eslint/no-misused-promises -- awaited by the interceptor
      interceptor.on('request', ({ request, controller }) =>
        this.handle(request, controller, source),
      );
      interceptor.apply();
      this.disposers.push(() => {
        interceptor.dispose();
      });
    }
  }

  dispose(): void {
    for (const dispose of this.disposers.reverse()) dispose();
    this.disposers = [];
  }

  async scope(fn: () => unknown): Promise<GuardedRequest[]> {
    const scope = new Scope();
    await this.storage.run(scope, async () => {
      await fn();
    });
    return scope.requests;
  }

  check(requests: readonly GuardedRequest[] = this.requests): void {
    const broken = requests.filter((r) => r.violations.length > 0);
    if (broken.length > 0) throw new PledgeViolationError(broken);
  }

  report(requests: readonly GuardedRequest[] = this.allRequests): string {
    return requests
      .filter((r) => r.violations.length > 0)
      .map((r) => r.message ?? '')
      .join('\n\n');
  }

  /** Requests made outside any scope (module top level, `beforeAll`). */
  unscopedRequests(): readonly GuardedRequest[] {
    return this.outside.requests;
  }

  private async handle(
    request: Request,
    controller: RequestController,
    via: RequestSource,
  ): Promise<void> {
    const scope = this.storage.getStore() ?? this.outside;
    try {
      const record = await this.inspect(request, via);
      scope.requests.push(record);
      this.allRequests.push(record);
      if (record.violations.length > 0) this.options.onViolation?.(record);
      await this.answer(request, controller, record);
    } catch (error) {
      // Never let a request through because the guard failed: block it and say why.
      controller.errorWith(error instanceof Error ? error : new PledgeNetworkError(String(error)));
    }
  }

  private async inspect(request: Request, via: RequestSource): Promise<GuardedRequest> {
    const url = new URL(request.url);
    const host = normalizeHost(url.hostname);
    const base = {
      method: request.method,
      url: request.url,
      host,
      via,
      answer: 'blocked' as RequestAnswer,
    };
    if (isLoopbackHost(host)) {
      return {
        ...base,
        party: 'local',
        recipient: undefined,
        findings: [],
        violations: [],
        message: undefined,
      };
    }
    const findings = await scanRequest(request);
    if (isFirstPartyHost(this.policy, host)) {
      return {
        ...base,
        party: 'first-party',
        recipient: undefined,
        findings,
        violations: [],
        message: undefined,
      };
    }
    const recipient = recipientForHost(this.policy, host);
    if (!recipient) {
      const violation: Violation = { kind: 'undeclared-host', host };
      const clause = this.clauseFor(undefined, findings[0]);
      if (clause) violation.clause = clause;
      const record: GuardedRequest = {
        ...base,
        party: 'undeclared',
        recipient: undefined,
        findings,
        violations: [violation],
        message: undefined,
      };
      record.message = this.undeclaredMessage(record, url, clause);
      return record;
    }
    const violations: Violation[] = [];
    for (const finding of findings) {
      if (mayReceive(this.policy, recipient.id, finding.category)) continue;
      const violation: Violation = {
        kind: 'forbidden-category',
        host,
        recipient: recipient.id,
        finding,
      };
      const clause = this.clauseFor(recipient, finding);
      if (clause) violation.clause = clause;
      violations.push(violation);
    }
    const record: GuardedRequest = {
      ...base,
      party: 'recipient',
      recipient: recipient.id,
      findings,
      violations,
      message: undefined,
    };
    if (violations.length > 0) record.message = this.forbiddenMessage(record, url, recipient);
    return record;
  }

  private clauseFor(
    recipient: ThirdPartyEntry | undefined,
    finding: Finding | undefined,
  ): ClauseCitation | undefined {
    const payments = this.policy.payments;
    if (finding && payments && isWithinCategory(finding.category, 'user.financial.card')) {
      return citeClause(this.policy, payments.clause);
    }
    if (recipient) return citeClause(this.policy, recipient.clause);
    const id =
      this.options.undeclaredHostClause ??
      this.policy.disclosureClause ??
      DISCLOSURE_CLAUSES.find((c) => c in this.policy.clauses);
    return citeClause(this.policy, id);
  }

  private undeclaredMessage(
    record: GuardedRequest,
    url: URL,
    clause: ClauseCitation | undefined,
  ): string {
    const lines = [
      `Pledge: ${record.method} ${shownUrl(url)} (${record.via}) goes to \`${record.host}\`, which is neither a first-party host nor a declared recipient.`,
    ];
    if (record.findings.length > 0) {
      lines.push('  It carries personal data:');
      for (const finding of record.findings) lines.push(`    - ${describeFinding(finding)}`);
    } else {
      lines.push(
        '  It carries no personal data that Pledge recognised; the host itself is undeclared.',
      );
    }
    if (clause) lines.push(`  Policy: ${clause.section} (${clause.url})`);
    lines.push(
      `  Fix: declare \`${record.host}\` in \`thirdParties\` under the recipient it belongs to, with the categories it may receive (or in \`firstParty.hosts\` if it is yours), or do not send this request.`,
    );
    return lines.join('\n');
  }

  private forbiddenMessage(record: GuardedRequest, url: URL, recipient: ThirdPartyEntry): string {
    const lines = [
      `Pledge: ${record.method} ${shownUrl(url)} (${record.via}) sends \`${recipient.id}\` (${record.host}) personal data the policy does not allow it to receive:`,
    ];
    const clauses = new Map<string, ClauseCitation>();
    for (const violation of record.violations) {
      if (violation.finding) lines.push(`    - ${describeFinding(violation.finding)}`);
      if (violation.clause) clauses.set(violation.clause.id, violation.clause);
    }
    lines.push(`  ${listCategories(recipient)}`);
    for (const clause of clauses.values())
      lines.push(`  Policy: ${clause.section} (${clause.url})`);
    lines.push(
      `  Fix: remove these values from the request, or add their categories to \`receives\` of \`${recipient.id}\` if the policy allows it.`,
    );
    return lines.join('\n');
  }

  private async answer(
    request: Request,
    controller: RequestController,
    record: GuardedRequest,
  ): Promise<void> {
    if (record.violations.length > 0 && this.mode === 'enforce') {
      record.answer = 'blocked';
      controller.errorWith(new PledgeViolationError([record]));
      return;
    }
    const { respond, forward } = this.options;
    if (respond) {
      const response = await respond(request.clone(), {
        host: record.host,
        party: record.party,
        recipient: record.recipient,
      });
      if (response) {
        record.answer = 'responded';
        controller.respondWith(response);
        return;
      }
    }
    const target = Object.entries(forward ?? {}).find(([pattern]) =>
      matchHost(pattern, record.host),
    )?.[1];
    if (target !== undefined) {
      record.answer = 'forwarded';
      controller.respondWith(await this.forwardTo(request, target));
      return;
    }
    if (record.party === 'local') {
      // Loopback: the app under test or a local double. Let the request through.
      record.answer = 'passed-through';
      return;
    }
    record.answer = 'blocked';
    controller.errorWith(
      new PledgeNetworkError(
        `Pledge: ${record.method} ${shownUrl(new URL(record.url))} (${record.via}) was blocked: tests never reach the network. Answer it locally with the guard's \`forward\` (map \`${record.host}\` to a local server) or \`respond\` option.`,
      ),
    );
  }

  private async forwardTo(request: Request, target: string): Promise<Response> {
    const from = new URL(request.url);
    const base = new URL(target);
    const to = new URL(
      `${base.pathname.replace(/\/$/, '')}${from.pathname}${from.search}`,
      base.origin,
    );
    const headers = new Headers(request.headers);
    for (const name of [
      'host',
      'content-length',
      'connection',
      'x-interceptors-internal-request-id',
    ]) {
      headers.delete(name);
    }
    headers.set('x-forwarded-host', from.host);
    const body =
      request.body === null ? undefined : Buffer.from(await request.clone().arrayBuffer());
    const answer = await sendDirect(to, request.method, headers, body);
    const empty = [204, 205, 304].includes(answer.status) || request.method === 'HEAD';
    return new Response(empty ? null : new Uint8Array(answer.body), {
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
    });
  }
}

/**
 * A guard on outgoing requests, not yet applied: call `apply()` and `dispose()` yourself, or
 * use {@link installPledgeGuard} in a vitest setup file.
 */
export function createPledgeGuard(options: PledgeGuardOptions = {}): PledgeGuard & {
  unscopedRequests(): readonly GuardedRequest[];
} {
  return new Guard(options);
}
