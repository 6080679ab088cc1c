/** statement-not-array: wrap the lone statement object in [ ], touching nothing inside it. */
import type { CodeAction } from '../features';
import { diagnosticsWithCode, type FixContext } from './context';
import { insertAt } from './edits';

export function wrapStatementInArray(context: FixContext): CodeAction[] {
  const diagnostic = diagnosticsWithCode(context, 'statement-not-array')[0];
  const statement = context.doc.model.statementProperty?.valueNode;
  if (!diagnostic || statement?.type !== 'object') return [];
  return [
    {
      title: 'Wrap the statement in an array',
      kind: 'quickfix',
      diagnosticCodes: ['statement-not-array'],
      isPreferred: true,
      edits: [insertAt(context.doc, statement.offset, '['), insertAt(context.doc, statement.offset + statement.length, ']')],
    },
  ];
}
