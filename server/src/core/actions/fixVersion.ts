/** version-invalid: set Version to the string "1", or add it when it is missing. */
import type { CodeAction } from '../features';
import { diagnosticsWithCode, replacementOf, type FixContext } from './context';
import { insertAt, layoutOf, replaceNode } from './edits';

export function fixVersion(context: FixContext): CodeAction[] {
  const diagnostic = diagnosticsWithCode(context, 'version-invalid')[0];
  const root = context.doc.model.root;
  if (!diagnostic || !root || root.type !== 'object') return [];
  const replacement = JSON.stringify(replacementOf(diagnostic) ?? '1');
  const value = context.doc.model.version?.valueNode;
  if (value) {
    return [{ title: `Set Version to ${replacement}`, kind: 'quickfix', diagnosticCodes: ['version-invalid'], isPreferred: true, edits: [replaceNode(context.doc, value, replacement)] }];
  }
  if (context.doc.model.version) return [];
  // Missing: add it as the first property, on its own line when the object is laid out one property per line.
  const layout = layoutOf(context.doc, root);
  const first = root.children?.[0];
  const property = `"Version": ${replacement}`;
  const text = !first
    ? property
    : layout.multiline
      ? `${layout.eol}${layout.baseIndent}${layout.unit}${property},`
      : `${property}, `;
  const at = first && !layout.multiline ? first.offset : root.offset + 1;
  return [{ title: `Add "Version": ${replacement}`, kind: 'quickfix', diagnosticCodes: ['version-invalid'], isPreferred: true, edits: [insertAt(context.doc, at, text)] }];
}
