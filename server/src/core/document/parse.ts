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
  const tooDeep = firstOffsetBeyondDepth(text, MAX_DEPTH);
  if (tooDeep !== undefined) {
    // jsonc-parser recurses per nesting level; a policy never nests this deep, so
    // refuse the tree instead of overflowing the stack.
    return {
      text,
      lines: new LineIndex(text),
      root: undefined,
      syntaxProblems: [
        {
          offset: tooDeep,
          length: 1,
          message: `Nesting deeper than ${MAX_DEPTH} levels: this is not a RAM policy (policies nest at most a few levels). Check for unbalanced brackets.`,
          code: 'json-syntax',
        },
      ],
    };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false, allowEmptyContent: true });
  const syntaxProblems: SyntaxProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const problem = clampToText(describeError(text, error), text.length);
    const key = `${problem.offset}:${problem.message}`;
    if (!seen.has(key)) syntaxProblems.push(problem);
    seen.add(key);
  }
  if (text.includes('/')) syntaxProblems.push(...findComments(text));
  return { text, lines: new LineIndex(text), root, syntaxProblems };
}

/** Deepest nesting parsed into a tree; RAM policies need five or six levels. */
export const MAX_DEPTH = 256;

/** Offset of the bracket that first nests deeper than `limit` (strings skipped), if any. Iterative. */
function firstOffsetBeyondDepth(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \\ */) i++;
      else if (ch === 34 /* " */ || ch === 10 /* newline ends a broken string */) inString = false;
    } else if (ch === 34) {
      inString = true;
    } else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      if (++depth > limit) return i;
    } else if ((ch === 125 /* } */ || ch === 93) /* ] */ && depth > 0) {
      depth--;
    }
  }
  return undefined;
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

/** End-of-text errors point one past the last character; keep every problem inside the text. */
function clampToText(problem: SyntaxProblem, textLength: number): SyntaxProblem {
  if (textLength === 0) return { ...problem, offset: 0, length: 0 };
  const offset = Math.min(problem.offset, textLength - 1);
  return { ...problem, offset, length: Math.max(1, Math.min(problem.length, textLength - offset)) };
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
