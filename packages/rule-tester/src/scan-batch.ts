import { posix } from 'node:path';
import ts from 'typescript';
import { scriptKind, type Reported, type ScannerRun } from './front-ends.js';

// A scan builds a ts-morph program: half a second to two seconds, most of it TypeScript's lib
// files, however few files the program has. So `RuleTester.run` scans its cases together:
// the cases that share a policy and options are written to one folder, each in its own
// subfolder (`case-<n>/<filename>`, so file names and extensions are kept), scanned once (the
// first time one of their scanner tests runs), and the findings are split by file.
//
// In one program, a case must neither see nor change another. A file in its own subfolder
// cannot import a file of another case unless its import leaves the subfolder, and a module's
// names are its own; what a program shares is its global scope and its lib. So a case gets a
// scan of its own when its file
//   - is a script (no `import` or `export`) that declares names at its top level: they are
//     globals that another case's file would resolve;
//   - has `declare global { … }` or `declare module '…' { … }`: an augmentation applies to
//     every file;
//   - has a `/// <reference lib|types|path="…" />`: it adds a lib, types or a file to the
//     whole program;
//   - imports a relative path outside its subfolder (`../x` from `case-3/file.ts`).
// A relative import inside the subfolder (`./mask`) resolves there, or nowhere, as it would
// in a scan of the case alone.

/** Why a case's file needs a program of its own, or `undefined` when it can share one. */
export function ownScanReason(code: string, filename: string): string | undefined {
  const sourceFile = ts.createSourceFile(
    filename,
    code,
    ts.ScriptTarget.Latest,
    true,
    scriptKind(filename),
  );
  const isModule = ts.isExternalModule(sourceFile);
  if (!isModule && sourceFile.statements.some((statement) => !ts.isExpressionStatement(statement)))
    return 'a script that declares globals';
  if (sourceFile.statements.some(isAugmentation)) return 'a global or module augmentation';
  const info = ts.preProcessFile(code, true, true);
  if (
    info.referencedFiles.length +
      info.typeReferenceDirectives.length +
      info.libReferenceDirectives.length >
    0
  )
    return 'a reference directive';
  const dir = posix.dirname(filename);
  for (const imported of info.importedFiles) {
    const specifier = imported.fileName;
    if (!specifier.startsWith('.')) continue;
    const target = posix.normalize(posix.join(dir, specifier));
    if (target === '..' || target.startsWith('../'))
      return `an import outside its folder (\`${specifier}\`)`;
  }
  return undefined;
}

// `declare global { … }`, `declare module 'express' { … }`.
function isAugmentation(statement: ts.Statement): boolean {
  return (
    ts.isModuleDeclaration(statement) &&
    (ts.isStringLiteral(statement.name) ||
      (statement.flags & ts.NodeFlags.GlobalAugmentation) !== 0)
  );
}

/** One case's share of a batched scan. */
export type CaseScan =
  | { findings: Reported[] }
  /** The scanner skipped the file, or the program (a problem of every case in it). */
  | { skipped: string[] }
  /** The scanner neither analysed nor skipped the file: not a file it scans. */
  | { notAnalysed: true };

/**
 * The findings of one case (`folder`, `case-<n>`) in a batched scan, relative to the case's
 * folder: what a scan of the case alone reports.
 */
export function caseScanOf(run: ScannerRun, folder: string, filename: string): CaseScan {
  const file = `${folder}/${filename}`;
  // A skip outside every case's folder (the program could not be built) concerns every case.
  const skipped = run.skipped.filter(
    (skip) => skip.startsWith(`${file}:`) || !/^case-\d+\//.test(skip),
  );
  if (skipped.length > 0) return { skipped };
  if (!run.analysedFiles.includes(file)) return { notAnalysed: true };
  return {
    findings: run.findings
      .filter((finding) => finding.file === file)
      .map((finding) => ({ ...finding, file: filename })),
  };
}
