import type { PolicySnippet } from './table';

/** Where a snippet is inserted: as a whole policy, or as items of the Statement array. */
export type SnippetScope = 'document' | 'statement';

/** The statements as array items: `{…},\n{…}`, indented with `\t` relative to the first line. */
export function statementBody(snippet: PolicySnippet): string {
  return snippet.statements.join(',\n');
}

/** A whole policy around the statements. */
export function documentBody(snippet: PolicySnippet): string {
  const indented = statementBody(snippet)
    .split('\n')
    .map((line) => `\t\t${line}`)
    .join('\n');
  return ['{', '\t"Version": "1",', '\t"Statement": [', indented, '\t]', '}'].join('\n');
}

export function snippetBody(snippet: PolicySnippet, scope: SnippetScope): string {
  return scope === 'document' ? documentBody(snippet) : statementBody(snippet);
}

/** The prefix a user types for each variant (the static VS Code snippets need both visible at once). */
export function snippetPrefix(snippet: PolicySnippet, scope: SnippetScope): string {
  return `${scope === 'document' ? 'policy' : 'stmt'}-${snippet.prefix}`;
}
