import type { Rule } from './types';

/** "Unexpected end of text" problems sit just past the end: show them on the last character instead. */
function insideText(offset: number, length: number, textLength: number): { offset: number; length: number } {
  if (offset >= textLength) return textLength === 0 ? { offset: 0, length: 0 } : { offset: textLength - 1, length: 1 };
  return { offset, length: Math.min(length, textLength - offset) };
}

/** The JSON parser's own findings, under the rule system so they can be configured like any other. */
export const jsonSyntax: Rule = {
  meta: {
    code: 'json-syntax',
    defaultSeverity: 'error',
    description: 'The document is not valid JSON (trailing commas, full-width punctuation, unclosed brackets or strings).',
  },
  extraCodes: [
    {
      code: 'json-comment',
      defaultSeverity: 'warning',
      description: 'Comments are not JSON: Alibaba Cloud rejects a policy that contains them; remove them before applying the policy.',
    },
  ],
  check(context) {
    // The parser can raise two errors for one mistake (`,}` is both "property expected" and "value expected").
    const seen = new Set<string>();
    for (const problem of context.doc.syntaxProblems) {
      const key = `${problem.offset}:${problem.length}:${problem.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      context.report(insideText(problem.offset, problem.length, context.doc.text.length), problem.message, {
        code: problem.code,
        severity: problem.code === 'json-comment' ? 'warning' : 'error',
      });
    }
  },
};
