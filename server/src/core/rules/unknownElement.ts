import type { PropertyRef } from '../model/types';
import type { RuleContext, Rule } from './types';
import { caseVariant, closest } from './support/suggest';

const TOP_LEVEL = ['Version', 'Statement'];
const STATEMENT = ['Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'Condition', 'Sid'];
const TRUST_PRINCIPAL_TYPES = ['RAM', 'Service', 'Federated'];

function reportUnknown(context: RuleContext, property: PropertyRef, known: readonly string[], where: string): void {
  const key = property.key;
  if (known.includes(key)) return;
  const suggestion = caseVariant(key.trim(), known) ?? closest(key.trim(), known);
  // Resource policies of other services (KMS, VPC endpoints, MaxCompute) vary: there an unknown key is only a warning.
  const severity = context.doc.kind.kind === 'resource' ? 'warning' : 'error';
  const allowed = known.map((k) => `"${k}"`).join(', ');
  const message = suggestion
    ? `Unknown ${where} "${key}": did you mean "${suggestion}"? Names are case-sensitive.`
    : `Unknown ${where} "${key}": RAM accepts only ${allowed}. Remove it.`;
  context.report(property.keyNode, message, { severity, data: suggestion ? { replacement: suggestion } : undefined });
}

export const unknownElement: Rule = {
  meta: {
    code: 'unknown-element',
    defaultSeverity: 'error',
    description: 'An element name RAM does not know (top level, statement, or trust-policy principal type); names are case-sensitive.',
  },
  check(context) {
    const { model, kind } = context.doc;
    for (const property of model.properties) reportUnknown(context, property, TOP_LEVEL, 'top-level element');
    for (const statement of model.statements) {
      for (const property of statement.properties) reportUnknown(context, property, STATEMENT, 'statement element');
      if (kind.kind === 'trust' && statement.principal?.shape === 'map') {
        for (const entry of statement.principal.entries) {
          if (!entry.typeNode || entry.type === undefined) continue;
          const property = { key: entry.type, keyNode: entry.typeNode, valueNode: undefined, propertyNode: entry.typeNode };
          reportUnknown(context, property, TRUST_PRINCIPAL_TYPES, 'principal type');
        }
      }
    }
  },
};
