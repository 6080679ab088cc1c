/**
 * role-arn-wrong-action: a statement grants another action on a RAM role ARN;
 * what callers need on a role is sts:AssumeRole (spec §6.4).
 */
import type { CodeAction } from '../features';
import { diagnosticsWithCode, replacementOf, statementAt, type FixContext } from './context';
import { jsonString, replaceNode } from './edits';

export function assumeRoleOnRoleArn(context: FixContext): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnosticsWithCode(context, 'role-arn-wrong-action')) {
    const replacement = replacementOf(diagnostic) ?? 'sts:AssumeRole';
    const action = statementAt(context.doc, diagnostic.offset)?.action;
    if (!action?.property.valueNode) continue;
    const flaggedItem = action.items.find((i) => i.node.offset === diagnostic.offset);
    if (flaggedItem) {
      actions.push({
        title: `Grant ${replacement} instead of "${flaggedItem.value}"`,
        kind: 'quickfix',
        diagnosticCodes: [diagnostic.code],
        isPreferred: true,
        edits: [replaceNode(context.doc, flaggedItem.node, jsonString(replacement))],
      });
      continue;
    }
    // Flagged on the resource: the statement's whole Action becomes sts:AssumeRole.
    const listed = action.items.map((i) => i.value).join('", "');
    actions.push({
      title: `Grant ${replacement} instead of "${listed}"`,
      kind: 'quickfix',
      diagnosticCodes: [diagnostic.code],
      isPreferred: action.items.length === 1,
      edits: [replaceNode(context.doc, action.property.valueNode, jsonString(replacement))],
    });
  }
  return actions;
}
