import { z } from 'zod';
import { BUILTIN_CATEGORIES } from './taxonomy.js';

// The one source of truth for the policy format. `schema.json` is generated from this
// (see schema.test.ts) and the TypeScript types are inferred from it; `semantic.ts`
// adds the checks a JSON Schema cannot express (references, duplicates, taxonomy).

/** Identifiers of clauses and recipients: kebab-case, as used in findings and rule messages. */
const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected a kebab-case id such as `payment-processor`' });

/** A dotted data-category id (`user.contact.email`). */
const CategoryId = z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/, {
  error: 'expected a dotted data category such as `user.contact.email`',
});

/**
 * A host or a host glob. Only `*.` as a leading label is allowed: a policy never carries a
 * regular expression, so no user pattern can be catastrophic.
 */
const HostPattern = z
  .string()
  .regex(/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i, {
    error:
      'expected a host name such as `api.stripe.com` or `*.example.com` (no scheme, path, port or regular expression)',
  })
  .meta({ description: 'A host name, or `*.` followed by a domain to match its subdomains.' });

/** A name glob: `*` matches any run of characters, `?` one character; nothing else is special. */
const NameGlob = z
  .string()
  .min(1, { error: 'expected a non-empty name' })
  .regex(/^[^\\^$()|+{}[\]\s]+$/, {
    error:
      'expected a name or a glob using only `*` and `?` (a policy never carries a regular expression)',
  })
  .meta({ description: 'A name, or a glob where `*` matches any characters and `?` one.' });

/** An npm package name or a glob over package names (`@segment/*`). */
const PackagePattern = z.string().regex(/^(@[a-z0-9*][a-z0-9._*-]*\/)?[a-z0-9*][a-z0-9._*-]*$/, {
  error: 'expected an npm package name such as `stripe` or `@stripe/stripe-js`',
});

/** A duration: a number of seconds, or a number with a unit (`30d`, `12h`, `1y`). */
const Duration = z.union([
  z.number().int().nonnegative(),
  z.string().regex(/^\d+(s|m|h|d|w|y)$/, {
    error: 'expected a duration such as `30d`, `12h` or `1y` (s, m, h, d, w, y)',
  }),
]);

export const RECIPIENT_ROLES = [
  'service-provider',
  'payment-processor',
  'hosting',
  'email',
  'sms',
  'analytics',
  'ad-network',
  'social',
  'support',
  'crm',
  'error-tracking',
  'ai',
  'search',
  'other',
] as const;

const Clause = z.strictObject({
  section: z.string().min(1).meta({ description: 'The section heading of the human policy.' }),
  summary: z.string().optional().meta({ description: 'What the clause promises, in one line.' }),
  anchor: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional()
    .meta({
      description:
        'The fragment of the policy URL that links to this section; derived from `section` when absent.',
    }),
});

const Document = z.strictObject({
  url: z.url({ error: 'expected an absolute URL such as `https://example.com/privacy`' }).meta({
    description: 'Where the human policy is published; findings link to it.',
  }),
  effective: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' })
    .meta({ description: 'The date the policy took effect (YYYY-MM-DD).' }),
  title: z.string().optional().meta({ description: 'The title of the human policy.' }),
});

/** An environment variable name (`CRM_API_URL`). */
const EnvName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, {
  error: 'expected an environment variable name such as `CRM_API_URL`',
});

const FirstParty = z.strictObject({
  hosts: z
    .array(HostPattern)
    .meta({ description: 'Hosts the organization runs; they are never third parties.' }),
  packages: z
    .array(PackagePattern)
    .default([])
    .meta({ description: "The organization's own packages; calls into them are first-party." }),
  env: z.array(EnvName).default([]).meta({
    description:
      "Environment variables that hold the organization's own base URLs (`API_URL`); requests to them are first-party.",
  }),
});

const Payments = z.strictObject({
  clause: Id.optional().meta({
    description:
      "The clause that findings about card data cite; without one they state the rule's promise.",
  }),
  storeFullCardNumber: z
    .boolean()
    .default(false)
    .meta({ description: 'Whether full card numbers may be stored (almost always `false`).' }),
  storeLast4: z
    .boolean()
    .default(true)
    .meta({ description: 'Whether the last four digits of a card may be stored.' }),
  storeSecurityCode: z
    .boolean()
    .default(false)
    .meta({ description: 'Whether card security codes may be stored (PCI DSS forbids it).' }),
  processors: z.array(Id).default([]).meta({
    description:
      'Recipients (ids in `thirdParties`) that may receive full card data; they implicitly receive `user.financial.card`.',
  }),
});

const CookieDeclaration = z.strictObject({
  name: NameGlob.meta({ description: 'The cookie name, or a glob (`_ga*`).' }),
  duration: z
    .enum(['session', 'persistent'])
    .optional()
    .meta({ description: 'A session cookie carries no `Expires`/`Max-Age`.' }),
  maxAge: Duration.optional().meta({
    description: 'The longest lifetime the policy allows for a persistent cookie.',
  }),
  party: z
    .enum(['first', 'third'])
    .default('first')
    .meta({ description: 'Whether the site or a third party sets the cookie.' }),
  setBy: Id.optional().meta({
    description: 'For a third-party cookie: the recipient (id in `thirdParties`) that sets it.',
  }),
  purpose: z.string().optional().meta({ description: 'Why the cookie is set.' }),
  httpOnly: z.boolean().optional().meta({ description: 'Required value of the `HttpOnly` flag.' }),
  secure: z.boolean().optional().meta({ description: 'Required value of the `Secure` flag.' }),
  sameSite: z
    .enum(['strict', 'lax', 'none'])
    .optional()
    .meta({ description: 'Required value of the `SameSite` attribute.' }),
  clause: Id.optional().meta({ description: 'A clause to cite instead of `cookies.clause`.' }),
});

const Cookies = z.strictObject({
  clause: Id.optional().meta({
    description: "The clause that cookie findings cite; without one they state the rule's promise.",
  }),
  declared: z
    .array(CookieDeclaration)
    .default([])
    .meta({ description: 'The cookies the site sets.' }),
  unresolvedNames: z.enum(['report', 'ignore']).default('report').meta({
    description: 'What to do with a cookie whose name is not known statically.',
  }),
});

const ThirdParty = z.strictObject({
  id: Id.meta({ description: 'How findings and other fields refer to this recipient.' }),
  name: z.string().optional().meta({ description: 'The company or product name.' }),
  role: z.enum(RECIPIENT_ROLES).meta({
    description: 'What the recipient does; an `ad-network` should receive no personal data.',
  }),
  clause: Id.optional().meta({ description: 'The clause that discloses this recipient.' }),
  hosts: z
    .array(HostPattern)
    .default([])
    .meta({ description: 'Hosts that belong to this recipient.' }),
  packages: z
    .array(PackagePattern)
    .default([])
    .meta({ description: 'SDK packages whose calls send data to this recipient.' }),
  receives: z.array(CategoryId).default([]).meta({
    description:
      'Data categories the recipient may receive; a parent covers its children; empty means non-personal data only.',
  }),
  env: z.array(EnvName).default([]).meta({
    description:
      "Environment variables that hold this recipient's base URL (`CRM_API_URL`): a request to `${process.env.CRM_API_URL}/…` goes to it.",
  }),
  purpose: z.string().optional().meta({ description: 'Why data goes to this recipient.' }),
});

const DataCategoryExtension = z.strictObject({
  names: z.array(z.string().min(1)).default([]).meta({
    description: 'More identifier names that hold this category in this codebase.',
  }),
  label: z.string().optional().meta({ description: 'A human label for a new category.' }),
  description: z.string().optional().meta({ description: 'What a new category holds.' }),
  personal: z
    .boolean()
    .optional()
    .meta({ description: 'Whether a new category is personal data (default `true`).' }),
  sensitive: z
    .boolean()
    .optional()
    .meta({ description: 'Whether a new category is sensitive (default `false`).' }),
});

/** The policy file (`pledge.policy.yaml`). */
export const PolicySchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'The JSON Schema that editors use.' }),
    version: z.literal(1, { error: 'expected `version: 1`' }).meta({
      description: 'The version of the policy format.',
    }),
    organization: z
      .string()
      .min(1)
      .meta({ description: 'The organization that publishes the policy.' }),
    document: Document.optional().meta({
      description:
        'The human policy this file encodes; required when `clauses` are declared (findings link to them).',
    }),
    clauses: z.record(Id, Clause).default({}).meta({
      description:
        "The human clauses that findings cite, by id; without them findings state the rule's own promise.",
    }),
    firstParty: FirstParty.meta({ description: "The organization's own hosts and packages." }),
    payments: Payments.optional().meta({ description: 'The promises about card data.' }),
    cookies: Cookies.optional().meta({ description: 'The cookies the policy declares.' }),
    disclosureClause: Id.optional().meta({
      description:
        'The clause that findings about personal data sent to an undeclared recipient cite.',
    }),
    thirdParties: z
      .array(ThirdParty)
      .default([])
      .meta({ description: 'The recipients personal data may go to, and what each may receive.' }),
    dataCategories: z
      .record(CategoryId, DataCategoryExtension)
      .default({})
      .meta({ description: 'Extensions of the built-in data-category taxonomy.' }),
  })
  .meta({
    title: 'Pledge policy',
    description: 'A machine-readable privacy policy that Pledge enforces.',
  });

/** A validated policy, with defaults applied. */
export type Policy = z.output<typeof PolicySchema>;
/** A policy as written in the file, before defaults. */
export type PolicyInput = z.input<typeof PolicySchema>;
/** A clause of the human policy. */
export type PolicyClause = Policy['clauses'][string];
/** One declared cookie. */
export type CookieDeclarationEntry = NonNullable<Policy['cookies']>['declared'][number];
/** One declared recipient. */
export type ThirdPartyEntry = Policy['thirdParties'][number];
/** A recipient role. */
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/** The JSON Schema (draft 2020-12) of the policy file, as published in `schema.json`. */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PolicySchema, { io: 'input', target: 'draft-2020-12' });
  // Editors complete `receives:` from the built-in categories (with their labels), and still
  // accept a category the policy declares under `dataCategories`.
  const receives = (
    schema as unknown as {
      properties: {
        thirdParties: { items: { properties: { receives: { items: Record<string, unknown> } } } };
      };
    }
  ).properties.thirdParties.items.properties.receives;
  const pattern = receives.items;
  receives.items = {
    anyOf: [
      {
        description: 'A built-in data category (a parent covers its children).',
        enum: BUILTIN_CATEGORIES.map((category) => category.id),
        enumDescriptions: BUILTIN_CATEGORIES.map(
          (category) => `${category.label}: ${category.description}`,
        ),
      },
      { ...pattern, description: 'A data category declared under `dataCategories`.' },
    ],
  };
  return { ...schema, $id: 'https://pledge.dev/schema/policy-v1.json' };
}
