/** effect-invalid: write Effect as "Allow" or "Deny" (case-sensitive). */
import type { CodeAction } from '../features';
import { diagnosticsWithCode, replacementOf, statementAt, type FixContext } from './context';
import { replaceNode } from './edits';

export function fixEffect(context: FixContext): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnosticsWithCode(context, 'effect-invalid')) {
    const value = statementAt(context.doc, diagnostic.offset)?.effect?.valueNode;
    // A missing Effect has no value to correct (the diagnostic then sits on the statement's brace).
    if (!value || value.offset !== diagnostic.offset) continue;
    const suggested = replacementOf(diagnostic);
    const choices = suggested ? [suggested] : ['Allow', 'Deny'];
    for (const choice of choices) {
      actions.push({
        title: `Change Effect to "${choice}"`,
        kind: 'quickfix',
        diagnosticCodes: ['effect-invalid'],
        isPreferred: suggested !== undefined,
        edits: [replaceNode(context.doc, value, JSON.stringify(choice))],
      });
    }
  }
  return actions;
}
