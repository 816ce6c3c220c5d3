import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The authoring API is what rule packs program against: every export of `@pledge/core/rules`
// carries a description an editor shows on hover.

const ENTRY = fileURLToPath(new URL('rules.ts', import.meta.url));

describe('@pledge/core/rules', () => {
  const program = ts.createProgram([ENTRY], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    customConditions: ['@pledge/source'],
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(ENTRY);
  const module = source && checker.getSymbolAtLocation(source);
  const exports = module ? checker.getExportsOfModule(module) : [];

  it('exports the authoring API', () => {
    expect(exports.map((s) => s.getName())).toEqual(
      expect.arrayContaining([
        'defineRule',
        'definePack',
        'toEslintRule',
        'indexCatalogs',
        'RuleContext',
        'FlowQueries',
        'PolicyQueries',
        'RULE_API_VERSION',
      ]),
    );
  });

  it.each(exports.map((s) => [s.getName(), s] as const))(
    '%s has a one-line description',
    (_name, symbol) => {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const text = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
      expect(text, `${symbol.getName()} has no JSDoc`).not.toBe('');
    },
  );
});
