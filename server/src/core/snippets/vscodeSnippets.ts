import { snippetBody, snippetPrefix, type SnippetScope } from './render';
import { SNIPPETS } from './table';

/** One entry of a VS Code snippets file. */
export interface VsCodeSnippet {
  prefix: string;
  body: string[];
  description: string;
}

const SCOPE_NAMES: Record<SnippetScope, string> = { document: 'whole policy', statement: 'statements' };

/**
 * The content of snippets/ram-policy.json, derived from the snippet table so the
 * static VS Code snippets and the server's completions never drift apart.
 */
export function buildVsCodeSnippets(): Record<string, VsCodeSnippet> {
  const result: Record<string, VsCodeSnippet> = {};
  for (const scope of ['document', 'statement'] as const) {
    for (const snippet of SNIPPETS) {
      result[`${snippet.label} (${SCOPE_NAMES[scope]})`] = {
        prefix: snippetPrefix(snippet, scope),
        body: snippetBody(snippet, scope).split('\n'),
        description: snippet.description,
      };
    }
  }
  return result;
}

/** The file text exactly as committed. */
export function vsCodeSnippetsFileText(): string {
  return `${JSON.stringify(buildVsCodeSnippets(), null, 2)}\n`;
}
