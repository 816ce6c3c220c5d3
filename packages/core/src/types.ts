import type { ClauseCitation, Policy } from '@pledge/policy';
import type ts from 'typescript';
import type { CatalogIndex } from './catalog/index.js';

/** The TypeScript namespace a front end hands to the engine (its own copy: typescript-eslint's or ts-morph's). */
export type TypeScriptApi = typeof ts;

/** A 1-based line and 1-based column. */
export interface Position {
  line: number;
  column: number;
}

/** Where something is in a file. Offsets are into the file text. */
export interface SourceLocation {
  file: string;
  start: Position;
  end: Position;
  startOffset: number;
  endOffset: number;
}

/** One step of a flow from a source to a sink: "read from `req.body.cardNumber`". */
export interface FlowStep {
  location: SourceLocation;
  label: string;
  /**
   * The sink inside a helper the data was passed to (another file's `written by Prisma`): the
   * flow ends there, and the finding at the call does not add a step of its own.
   */
  final?: boolean;
}

/** How a value was transformed on its way: a sanitiser's effect. */
export type Transform = 'hashed' | 'masked' | 'encrypted' | 'last4' | 'first6';

/**
 * A data category that a value carries, with the flow that brought it there.
 * `steps[0]` is the source; later steps are assignments, calls and returns.
 */
export interface Taint {
  category: string;
  steps: readonly FlowStep[];
  /** 0..1: a literal card number is 1, a name heuristic less. */
  confidence: number;
  transforms: readonly Transform[];
  /** The name that classified the source (`customerId`), when a name did. */
  name?: string;
}

/** A text edit: replace `[start, end)` of the file with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A fix a developer may apply by hand (an ESLint suggestion). */
export interface Suggestion {
  messageId: string;
  /** The filled message, masked. */
  message: string;
  /** The message's placeholders, masked. */
  data: Readonly<Record<string, string>>;
  edits: readonly TextEdit[];
}

/** What a rule reports: which promise a line breaks and how the data got there. */
export interface Finding {
  ruleId: string;
  messageId: string;
  /** The whole message, values masked. */
  message: string;
  /** The message's placeholders, masked (front ends with their own templating use these). */
  data: Readonly<Record<string, string>>;
  severity: 'error' | 'warning';
  location: SourceLocation;
  /** The data category, when the finding is about data. */
  category?: string;
  /** The flow from source to sink, in order; the last step is the sink. */
  flow: readonly FlowStep[];
  /** The sink, recipient or API involved: `Prisma`, `api.mixpanel.com`, `res.cookie()`. */
  sink?: string;
  recipient?: string;
  cookie?: string;
  clause?: ClauseCitation;
  /** The source line, masked. */
  excerpt: string;
  suggestions: readonly Suggestion[];
}

/** What the engine needs to analyse one file. */
export interface AnalysisInput {
  ts: TypeScriptApi;
  sourceFile: ts.SourceFile;
  policy: Policy;
  /** When present, detectors ask it where the answer changes the verdict. */
  checker?: ts.TypeChecker | undefined;
  /** The run's catalogs (`indexCatalogs(packs' catalogs)`); the built-in ones by default. */
  catalogs?: CatalogIndex | undefined;
}
