import {
  isFirstPartyPackage,
  packageRoot,
  recipientForHost,
  recipientForPackage,
  type ThirdPartyEntry,
} from '@pledge/policy';
import type ts from 'typescript';
import type { SdkRecipe } from '../../catalog/types.js';
import type { FileAnalysis } from '../analysis.js';
import { isOwnHost, probeHost, recipientOfRecipe } from '../parties.js';
import { hostOf } from '../values.js';

// Use facts: where a file brings in or names a third party, whether or not it sends it data
// there. The data map lists them as uses of a recipient; a rule can ask which SDKs a file uses.
//
//   import * as Sentry from '@sentry/node'              the Sentry SDK, by its package
//   gtag('config', 'G-XXXX')                           Google Analytics, by its snippet global
//   <script src="https://js.intercomcdn.com/x.js" />   a URL on a declared recipient's host

/**
 * A runtime import of an npm package: `import`, `export … from`, `import x = require()`,
 * `require()` and `import()`. Type-only imports bring no code along and are not listed, nor
 * are relative or absolute paths and URLs (`node:fs`).
 */
export interface ImportFact {
  /** The module specifier as written (`@sentry/nextjs/client`). */
  specifier: string;
  /** The package it belongs to (`@sentry/nextjs`). */
  package: string;
  /** The specifier's string literal. */
  node: ts.StringLiteralLike;
  /** The SDK recipe of the package, in the run's catalogs. */
  recipe: SdkRecipe | undefined;
  /** The policy's recipient for the package, or for its recipe's packages or hosts. */
  recipient: ThirdPartyEntry | undefined;
  /** Whether the package is one of the organization's own (`firstParty.packages`). */
  firstParty: boolean;
}

/** A call rooted at an SDK snippet's global: `gtag(…)`, `fbq(…)`, `window.Intercom(…)`. */
export interface SdkGlobalFact {
  node: ts.CallExpression | ts.NewExpression;
  recipe: SdkRecipe;
  /** The policy's recipient for the recipe's packages or hosts. */
  recipient: ThirdPartyEntry | undefined;
}

/** A string literal that starts with an absolute URL: a script's source, a config value, a link. */
export interface UrlLiteralFact {
  node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression;
  /** The URL's host, lower-cased. */
  host: string;
  /** The policy's recipient for the host. */
  recipient: ThirdPartyEntry | undefined;
  /** Whether the host is the organization's own (this machine, or a first-party host). */
  firstParty: boolean;
}

/** The npm packages a file imports at run time, with their SDK recipes and recipients. */
export function findImports(analysis: FileAnalysis): ImportFact[] {
  const t = analysis.ts;
  const policy = analysis.policy;
  const facts: ImportFact[] = [];
  const consider = (node: ts.StringLiteralLike): void => {
    const specifier = node.text;
    if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.includes(':')) return;
    const pkg = packageRoot(specifier);
    const recipe = analysis.catalogs.recipeOfPackage(specifier);
    facts.push({
      specifier,
      package: pkg,
      node,
      recipe,
      recipient: recipe
        ? recipientOfRecipe(policy, recipe, specifier)
        : recipientForPackage(policy, pkg),
      firstParty: isFirstPartyPackage(policy, pkg),
    });
  };
  for (const statement of analysis.input.sourceFile.statements) {
    if (
      (t.isImportDeclaration(statement) || t.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      t.isStringLiteral(statement.moduleSpecifier)
    ) {
      // `import type` brings no code along.
      const typeOnly = t.isImportDeclaration(statement)
        ? statement.importClause?.phaseModifier === t.SyntaxKind.TypeKeyword
        : statement.isTypeOnly;
      if (!typeOnly) consider(statement.moduleSpecifier);
    } else if (
      t.isImportEqualsDeclaration(statement) &&
      t.isExternalModuleReference(statement.moduleReference) &&
      t.isStringLiteral(statement.moduleReference.expression)
    ) {
      consider(statement.moduleReference.expression);
    }
  }
  for (const call of analysis.model.calls) {
    if (!t.isCallExpression(call)) continue;
    const callee = call.expression;
    const arg = call.arguments[0];
    if (!arg || !t.isStringLiteralLike(arg)) continue;
    // require('m'), import('m')
    if (
      (t.isIdentifier(callee) && callee.text === 'require') ||
      callee.kind === t.SyntaxKind.ImportKeyword
    )
      consider(arg);
  }
  return facts;
}

/** The calls of a file rooted at an SDK snippet's global, with its recipe. */
export function findSdkGlobals(analysis: FileAnalysis): SdkGlobalFact[] {
  const facts: SdkGlobalFact[] = [];
  for (const { call, q } of analysis.qualifiedCalls()) {
    if (q.root.kind !== 'global') continue;
    const recipe = analysis.catalogs.recipeOf(q);
    if (recipe)
      facts.push({ node: call, recipe, recipient: recipientOfRecipe(analysis.policy, recipe) });
  }
  return facts;
}

/**
 * The string literals of a file that start with an absolute URL, with its host. A template
 * counts only when its text before the first substitution already ends the host
 * (`https://cdn.example.com/${path}`, not `https://cdn.example.com${path}`).
 */
export function findUrlLiterals(analysis: FileAnalysis): UrlLiteralFact[] {
  const t = analysis.ts;
  const policy = analysis.policy;
  const facts: UrlLiteralFact[] = [];
  for (const literal of analysis.model.stringLiterals) {
    const template = t.isTemplateExpression(literal);
    const host = hostOf({
      value: template ? literal.head.text : literal.text,
      complete: !template,
    });
    if (typeof host !== 'string') continue;
    const firstParty = isOwnHost(policy, host);
    facts.push({
      node: literal,
      host,
      recipient: firstParty ? undefined : recipientForHost(policy, probeHost(host)),
      firstParty,
    });
  }
  return facts;
}
