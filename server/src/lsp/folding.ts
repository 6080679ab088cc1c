import { createScanner, SyntaxKind } from 'jsonc-parser';
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** More than this many ranges is no help to anyone; it also bounds the work on huge files. */
const MAX_FOLDING_RANGES = 5000;

/**
 * Folding for objects, arrays and block comments spanning lines (statements, Condition blocks).
 * A scan of the tokens with a stack: linear, no recursion, so deep nesting cannot overflow it.
 */
export function foldingRanges(document: TextDocument): FoldingRange[] {
  const scanner = createScanner(document.getText(), false);
  const open: Array<{ line: number; kind: SyntaxKind }> = [];
  const ranges: FoldingRange[] = [];
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    switch (token) {
      case SyntaxKind.OpenBraceToken:
      case SyntaxKind.OpenBracketToken:
        open.push({ line: document.positionAt(scanner.getTokenOffset()).line, kind: token });
        break;
      case SyntaxKind.CloseBraceToken:
      case SyntaxKind.CloseBracketToken: {
        const expected = token === SyntaxKind.CloseBraceToken ? SyntaxKind.OpenBraceToken : SyntaxKind.OpenBracketToken;
        if (open.length === 0 || open[open.length - 1].kind !== expected) break; // unbalanced: skip the stray closer
        const start = open.pop()!.line;
        const end = document.positionAt(scanner.getTokenOffset()).line;
        // Keep the closing bracket visible: fold up to the line before it.
        if (end - 1 > start) ranges.push({ startLine: start, endLine: end - 1 });
        break;
      }
      case SyntaxKind.BlockCommentTrivia: {
        const start = document.positionAt(scanner.getTokenOffset()).line;
        const end = document.positionAt(scanner.getTokenOffset() + scanner.getTokenLength()).line;
        if (end > start) ranges.push({ startLine: start, endLine: end, kind: FoldingRangeKind.Comment });
        break;
      }
    }
    if (ranges.length >= MAX_FOLDING_RANGES) break;
  }
  return ranges.sort((a, b) => a.startLine - b.startLine);
}
