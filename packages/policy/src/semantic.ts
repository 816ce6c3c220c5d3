import { formatPath, type PolicyDiagnostic } from './diagnostics.js';
import type { Locator } from './load.js';
import type { Policy } from './schema.js';
import { createTaxonomy } from './taxonomy.js';
import { nearest } from './text.js';

// The checks a JSON Schema cannot express, each named after what it guards. They run on a
// policy that passed the schema, or on the valid parts of one that did not (lists then have
// holes where the rejected entries were: the checks walk them with `forEach`, which skips
// holes, and never index them directly).

interface Reporter {
  /** `suggestion` is computed only for the first errors (see `SUGGESTED_ERRORS`). */
  error(
    path: readonly PropertyKey[],
    code: string,
    message: string,
    suggestion?: () => string | undefined,
  ): void;
  warn(path: readonly PropertyKey[], code: string, message: string): void;
}

/**
 * Ids declared by entries the schema rejected (the checks then run on the valid rest): they
 * count as defined, so a reference to them is not reported as dangling too.
 */
export interface DeclaredElsewhere {
  recipients: readonly string[];
  clauses: readonly string[];
  categories: readonly string[];
  /** A `document` was given, valid or not. */
  document?: boolean;
}

const NOTHING_ELSEWHERE: DeclaredElsewhere = { recipients: [], clauses: [], categories: [] };

type Check = (policy: Policy, report: Reporter, elsewhere: DeclaredElsewhere) => void;

/** Every clause reference names a clause in `clauses`. */
const clauseReferencesResolve: Check = (policy, report, elsewhere) => {
  const ids = Object.keys(policy.clauses);
  const known = new Set([...ids, ...elsewhere.clauses]);
  const check = (clause: string | undefined, path: readonly PropertyKey[]) => {
    if (clause === undefined || known.has(clause)) return;
    report.error(
      path,
      'dangling-reference',
      `clause \`${clause}\` is not defined; add it under \`clauses\` or cite one of ${list(ids)}.`,
      () => nearest(ids, clause),
    );
  };
  check(policy.payments?.clause, ['payments', 'clause']);
  check(policy.cookies?.clause, ['cookies', 'clause']);
  check(policy.disclosureClause, ['disclosureClause']);
  policy.cookies?.declared.forEach((cookie, i) => {
    check(cookie.clause, ['cookies', 'declared', i, 'clause']);
  });
  policy.thirdParties.forEach((party, i) => {
    check(party.clause, ['thirdParties', i, 'clause']);
  });
};

/** `payments.processors` and `cookies.declared[].setBy` name declared recipients. */
const recipientReferencesResolve: Check = (policy, report, elsewhere) => {
  const ids: string[] = [];
  policy.thirdParties.forEach((party) => ids.push(party.id));
  const check = (id: string, path: readonly PropertyKey[]) => {
    if (ids.includes(id) || elsewhere.recipients.includes(id)) return;
    report.error(
      path,
      'dangling-reference',
      `recipient \`${id}\` is not declared in \`thirdParties\`${ids.length > 0 ? `; declared: ${list(ids)}` : ''}.`,
      () => nearest(ids, id),
    );
  };
  policy.payments?.processors.forEach((id, i) => {
    check(id, ['payments', 'processors', i]);
  });
  policy.cookies?.declared.forEach((cookie, i) => {
    if (cookie.setBy !== undefined) check(cookie.setBy, ['cookies', 'declared', i, 'setBy']);
  });
};

/** Recipient ids and cookie names are unique; a host belongs to one party only. */
const noDuplicates: Check = (policy, report) => {
  const seen = new Map<string, number>();
  policy.thirdParties.forEach((party, i) => {
    const first = seen.get(party.id);
    if (first === undefined) seen.set(party.id, i);
    else
      report.error(
        ['thirdParties', i, 'id'],
        'duplicate-id',
        `recipient id \`${party.id}\` is already used by \`thirdParties[${String(first)}]\`; ids must be unique.`,
      );
  });
  const cookies = new Map<string, number>();
  policy.cookies?.declared.forEach((cookie, i) => {
    const first = cookies.get(cookie.name);
    if (first === undefined) cookies.set(cookie.name, i);
    else
      report.error(
        ['cookies', 'declared', i, 'name'],
        'duplicate-cookie',
        `cookie \`${cookie.name}\` is already declared at \`cookies.declared[${String(first)}]\`; merge the two entries.`,
      );
  });
  const envOwners = new Map<string, string>();
  policy.firstParty.env.forEach((name) => envOwners.set(name, 'firstParty'));
  policy.thirdParties.forEach((party, i) => {
    party.env.forEach((name, j) => {
      const owner = envOwners.get(name);
      if (owner === undefined) envOwners.set(name, party.id);
      else
        report.error(
          ['thirdParties', i, 'env', j],
          'duplicate-env',
          `environment variable \`${name}\` is already claimed by ${owner === 'firstParty' ? '`firstParty.env`' : `recipient \`${owner}\``}; a base URL belongs to one party.`,
        );
    });
  });
  const owners = new Map<string, string>();
  policy.firstParty.hosts.forEach((host) => owners.set(host.toLowerCase(), 'firstParty'));
  policy.thirdParties.forEach((party, i) => {
    party.hosts.forEach((host, j) => {
      const key = host.toLowerCase();
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, party.id);
      else
        report.error(
          ['thirdParties', i, 'hosts', j],
          'duplicate-host',
          `host \`${host}\` is already claimed by ${owner === 'firstParty' ? '`firstParty.hosts`' : `recipient \`${owner}\``}; a host belongs to one party.`,
        );
    });
  });
};

/** Every data category is built in or declared under `dataCategories`. */
const categoriesExist: Check = (policy, report, elsewhere) => {
  const taxonomy = createTaxonomy(policy.dataCategories);
  policy.thirdParties.forEach((party, i) => {
    party.receives.forEach((category, j) => {
      if (taxonomy.has(category) || elsewhere.categories.includes(category)) return;
      report.error(
        ['thirdParties', i, 'receives', j],
        'unknown-category',
        `data category \`${category}\` is not in the taxonomy; declare it under \`dataCategories\` or use a built-in category.`,
        () => taxonomy.nearest(category),
      );
    });
  });
};

/** Cookie declarations are consistent: a session cookie has no lifetime, a third-party cookie names who sets it. */
const cookiesConsistent: Check = (policy, report) => {
  policy.cookies?.declared.forEach((cookie, i) => {
    if (cookie.duration === 'session' && cookie.maxAge !== undefined) {
      report.error(
        ['cookies', 'declared', i, 'maxAge'],
        'session-with-max-age',
        `cookie \`${cookie.name}\` is declared as a session cookie, which has no lifetime; remove \`maxAge\` or declare \`duration: persistent\`.`,
      );
    }
    if (cookie.party === 'first' && cookie.setBy !== undefined) {
      report.error(
        ['cookies', 'declared', i, 'setBy'],
        'first-party-set-by',
        `cookie \`${cookie.name}\` is first-party but names \`setBy: ${cookie.setBy}\`; declare \`party: third\` or remove \`setBy\`.`,
      );
    }
    if (cookie.party === 'third' && cookie.setBy === undefined) {
      report.warn(
        ['cookies', 'declared', i],
        'third-party-without-set-by',
        `third-party cookie \`${cookie.name}\` does not say which recipient sets it; add \`setBy\` so the data map can attribute it.`,
      );
    }
  });
};

/** A recipient can be recognised (it has hosts or packages); an ad network gets no personal data. */
const recipientsUsable: Check = (policy, report) => {
  const taxonomy = createTaxonomy(policy.dataCategories);
  policy.thirdParties.forEach((party, i) => {
    if (party.hosts.length === 0 && party.packages.length === 0) {
      report.warn(
        ['thirdParties', i],
        'unrecognisable-recipient',
        `recipient \`${party.id}\` has no \`hosts\` and no \`packages\`, so no code can be attributed to it.`,
      );
    }
    if (party.role === 'ad-network') {
      const personal = party.receives.filter((category) => taxonomy.isPersonal(category));
      if (personal.length > 0) {
        report.warn(
          ['thirdParties', i, 'receives'],
          'ad-network-receives-pii',
          `ad network \`${party.id}\` is declared to receive personal data (${list(personal)}); ad networks usually get non-personal data only.`,
        );
      }
    }
  });
};

/** Clauses cite sections of the human policy: a policy that declares some links to it. */
const clausesHaveADocument: Check = (policy, report, elsewhere) => {
  const ids = Object.keys(policy.clauses);
  if (ids.length === 0 || policy.document !== undefined || elsewhere.document === true) return;
  report.error(
    ['clauses'],
    'clauses-without-document',
    `clauses cite sections of the human policy, which \`document\` links to; add \`document: { url, effective }\`, or remove \`clauses\` to have findings state each rule's own promise.`,
  );
};

const CHECKS: readonly Check[] = [
  clausesHaveADocument,
  clauseReferencesResolve,
  recipientReferencesResolve,
  noDuplicates,
  categoriesExist,
  cookiesConsistent,
  recipientsUsable,
];

/** Runs the semantic checks; diagnostics are positioned with `locate`. */
/** How many errors get a "did you mean" (the loader shows the first 100). */
const SUGGESTED_ERRORS = 100;

export function checkSemantics(
  policy: Policy,
  locate: Locator,
  file: string,
  elsewhere: DeclaredElsewhere = NOTHING_ELSEWHERE,
): { errors: PolicyDiagnostic[]; warnings: PolicyDiagnostic[] } {
  const errors: PolicyDiagnostic[] = [];
  const warnings: PolicyDiagnostic[] = [];
  const reporter: Reporter = {
    error(path, code, message, suggest) {
      // Suggestions cost a search each; past the errors a report shows, none are needed.
      const suggestion = errors.length < SUGGESTED_ERRORS ? suggest?.() : undefined;
      errors.push({
        file,
        ...locate(path),
        code,
        message,
        path: formatPath(path),
        severity: 'error',
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    },
    warn(path, code, message) {
      warnings.push({
        file,
        ...locate(path),
        code,
        message,
        path: formatPath(path),
        severity: 'warning',
      });
    },
  };
  for (const check of CHECKS) check(policy, reporter, elsewhere);
  return { errors, warnings };
}

/** How many ids a message lists before it counts the rest. */
const LISTED = 12;

function list(items: readonly string[]): string {
  const shown = items.slice(0, LISTED).map((item) => `\`${item}\``);
  if (items.length > LISTED) shown.push(`… (${String(items.length - LISTED)} more)`);
  return shown.join(', ');
}
