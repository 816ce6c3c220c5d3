// A rule's cases as data: `src/rules/<rule-id>/cases.ts` exports `cases: RuleCases<Options>`,
// and `@pledge/rule-tester` runs them through every front end. The types live here, beside the
// rules, so that a rule folder's cases need nothing but `@pledge/core`; the tester uses these
// same types (one definition) and re-exports them.
//
//   export const cases: RuleCases<Options> = {
//     valid: [{ name: 'only the last four digits are stored', code: `…` }],
//     invalid: [{ code: `…`, errors: [{ messageId: 'fullCardStored', line: 5, column: 3 }] }],
//   };

/**
 * A front end a rule runs through: the engine on one file (`engine`), ESLint without and with
 * type information (`eslint`, `eslint-typed`), or the scanner's whole program (`scanner`).
 */
export type FrontEnd = 'engine' | 'eslint' | 'eslint-typed' | 'scanner';

/** An error an invalid case expects, in order. */
export interface ExpectedError {
  messageId: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Placeholders of the message, as the engine fills them (masked values). */
  data?: Readonly<Record<string, string>>;
  /** The suggestions, in order, each with the file once it is applied. */
  suggestions?: readonly { messageId: string; output: string }[];
}

/** A case that must not report. */
export interface ValidCase<Options extends object = object> {
  code: string;
  /** The test's name; `valid[i]` by default. */
  name?: string;
  /** The rule's options, merged over its defaults. */
  options?: Partial<Options>;
  /** The file the code is written to (its extension decides TS, TSX or JavaScript); `file.ts` by default. */
  filename?: string;
  /** A policy for this case: a file path, or YAML text. */
  policy?: string;
  /**
   * The front ends where the case holds, when some of the tester's do not (say why beside the
   * case). In the tester's other front ends the case must still fail, so an exception that is
   * no longer needed shows; by default the case holds in every front end of the tester.
   */
  frontEnds?: readonly FrontEnd[];
}

/** A case that must report exactly `errors`, in order. */
export interface InvalidCase<Options extends object = object> extends ValidCase<Options> {
  errors: readonly ExpectedError[];
}

/** A rule's cases: `valid` code reports nothing, `invalid` code reports exactly its errors. */
export interface RuleCases<Options extends object = object> {
  valid: readonly (string | ValidCase<Options>)[];
  invalid: readonly InvalidCase<Options>[];
}
