/**
 * Did-you-mean fixes: a rule found the closest catalog action, service,
 * operator, key or element name and put it in data.replacement; the fix swaps
 * the flagged string (a value or a property name) for it.
 */
import type { CodeAction } from '../features';
import { diagnosticsWithCode, replacementOf, type FixContext } from './context';
import { jsonString, replaceNode, scalarNodeAt } from './edits';

export const SUGGESTION_CODES = [
  'action-unknown',
  'service-unknown',
  'action-malformed',
  'condition-operator-unknown',
  'condition-key-unknown',
  'unknown-element',
] as const;

export function replaceWithSuggestion(context: FixContext): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnosticsWithCode(context, ...SUGGESTION_CODES)) {
    const replacement = replacementOf(diagnostic);
    const node = scalarNodeAt(context.doc, diagnostic.offset);
    if (replacement === undefined || !node || node.type !== 'string' || node.value === replacement) continue;
    actions.push({
      title: `Change to "${replacement}"`,
      kind: 'quickfix',
      diagnosticCodes: [diagnostic.code],
      isPreferred: true,
      edits: [replaceNode(context.doc, node, jsonString(replacement))],
    });
  }
  return actions;
}
