/**
 * oss-prefix-without-delimiter: add `"oss:Delimiter": "/"` next to the
 * oss:Prefix condition, into the statement's StringEquals block (created when
 * missing), so parent-level prefixes only list one level, as EnablePath does.
 */
import type { CodeAction } from '../features';
import { diagnosticsWithCode, statementAt, type FixContext } from './context';
import { appendProperty } from './edits';

export function addDelimiter(context: FixContext): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnosticsWithCode(context, 'oss-prefix-without-delimiter')) {
    const statement = statementAt(context.doc, diagnostic.offset);
    const condition = statement?.condition?.valueNode;
    if (!statement || condition?.type !== 'object') continue;
    if (statement.conditions.some((c) => c.keys.some((k) => k.key === 'oss:Delimiter'))) continue;
    const stringEquals = statement.conditions.find((c) => c.operator === 'StringEquals' && c.property.valueNode?.type === 'object');
    const edit = stringEquals
      ? appendProperty(context.doc, stringEquals.property.valueNode!, 'oss:Delimiter', '/')
      : appendProperty(context.doc, condition, 'StringEquals', { 'oss:Delimiter': '/' });
    actions.push({ title: 'Add "oss:Delimiter": "/"', kind: 'quickfix', diagnosticCodes: [diagnostic.code], isPreferred: true, edits: [edit] });
  }
  return actions;
}
