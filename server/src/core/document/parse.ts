import { Node, ParseError, ParseErrorCode, parseTree, printParseErrorCode, createScanner, SyntaxKind } from 'jsonc-parser';
import { LineIndex } from '../text/position';

export interface SyntaxProblem {
  offset: number;
  length: number;
  message: string;
  code: 'json-syntax' | 'json-comment';
}

/** The text of one document, its JSON tree and what was wrong with the JSON itself. */
export interface ParsedText {
  text: string;
  lines: LineIndex;
  /** Undefined only for empty or whitespace-only text. */
  root: Node | undefined;
  syntaxProblems: SyntaxProblem[];
}

const MESSAGES: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'Unexpected character. RAM policies must be strict JSON: check for stray or full-width punctuation.',
  [ParseErrorCode.InvalidNumberFormat]: 'Invalid number.',
  [ParseErrorCode.PropertyNameExpected]: 'Expected a property name in double quotes.',
  [ParseErrorCode.ValueExpected]: 'Expected a value (a string, number, object or array).',
  [ParseErrorCode.ColonExpected]: 'Expected ":" after the property name.',
  [ParseErrorCode.CommaExpected]: 'Expected "," between items.',
  [ParseErrorCode.CloseBraceExpected]: 'Expected "}": an object is not closed.',
  [ParseErrorCode.CloseBracketExpected]: 'Expected "]": an array is not closed.',
  [ParseErrorCode.EndOfFileExpected]: 'Unexpected text after the end of the document.',
  [ParseErrorCode.UnexpectedEndOfString]: 'A string is not closed: add the closing double quote.',
  [ParseErrorCode.UnexpectedEndOfComment]: 'A comment is not closed.',
  [ParseErrorCode.InvalidUnicode]: 'Invalid unicode escape sequence.',
  [ParseErrorCode.InvalidEscapeCharacter]: 'Invalid escape character in a string.',
  [ParseErrorCode.InvalidCharacter]: 'Invalid character in a string: control characters must be escaped.',
};

/** Parses tolerantly: a tree comes back for any text, with every problem located. */
export function parseText(text: string): ParsedText {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false, allowEmptyContent: true });
  const syntaxProblems: SyntaxProblem[] = errors.map((e) => describeError(text, e));
  if (text.includes('/')) syntaxProblems.push(...findComments(text));
  return { text, lines: new LineIndex(text), root, syntaxProblems };
}

const TRAILING_COMMA = 'Trailing comma: JSON does not allow a comma before a closing bracket or brace. Remove it.';

function describeError(text: string, error: ParseError): SyntaxProblem {
  const comma = trailingCommaBefore(text, error);
  if (comma !== undefined) return { offset: comma, length: 1, message: TRAILING_COMMA, code: 'json-syntax' };
  return {
    offset: error.offset,
    length: Math.max(error.length, 1),
    message: MESSAGES[error.error] ?? printParseErrorCode(error.error),
    code: 'json-syntax',
  };
}

/** The offset of a comma that directly precedes a closing `}`/`]` at the error, if that is what went wrong. */
function trailingCommaBefore(text: string, error: ParseError): number | undefined {
  if (error.error !== ParseErrorCode.PropertyNameExpected && error.error !== ParseErrorCode.ValueExpected) return undefined;
  const closing = text[error.offset];
  if (closing !== '}' && closing !== ']') return undefined;
  let i = error.offset - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return text[i] === ',' ? i : undefined;
}

function findComments(text: string): SyntaxProblem[] {
  const scanner = createScanner(text, false);
  const found: SyntaxProblem[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) {
      found.push({
        offset: scanner.getTokenOffset(),
        length: scanner.getTokenLength(),
        message: 'Comments are not JSON: Alibaba Cloud rejects a policy that contains them. Remove the comment before applying the policy.',
        code: 'json-comment',
      });
    }
  }
  return found;
}
