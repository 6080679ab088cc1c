import { OPERATORS, operatorInfo } from '../conditions/operators';
import type { Rule } from './types';
import { caseVariant, closest } from './support/suggest';

const NAMES = OPERATORS.map((o) => o.name);

/** Explains an operator name RAM does not accept; severity warning only for set qualifiers Alibaba itself uses. */
function diagnose(name: string, bucketPolicy: boolean): { message: string; replacement?: string; severity?: 'warning' } | undefined {
  const info = operatorInfo(name);
  if (info) {
    if (info.bucketPolicyOnly && !bucketPolicy) {
      return { message: `"${name}" is only valid in OSS bucket policies. Use "IpAddress" here.`, replacement: 'IpAddress' };
    }
    return undefined;
  }
  const qualifier = /^(ForAnyValue|ForAllValues):(.*)$/.exec(name);
  if (qualifier) {
    const base = qualifier[2];
    if (operatorInfo(base)) {
      // Alibaba's own PowerUserAccess policy uses ForAllValues:StringEquals, so it is accepted in practice.
      return {
        message: `"${qualifier[1]}:" set qualifiers are not documented for RAM (Alibaba's PowerUserAccess uses one, so RAM accepts it); its semantics are unspecified. Consider "${base}".`,
        replacement: base,
        severity: 'warning',
      };
    }
    return { message: `"${name}" is not a RAM operator: "${qualifier[1]}:" is undocumented and "${base}" is unknown.` };
  }
  if (name.endsWith('IfExists')) {
    const base = name.slice(0, -'IfExists'.length);
    if (operatorInfo(base)) return { message: `RAM has no "...IfExists" operators: use "${base}".`, replacement: base };
  }
  if (name === 'Null') return { message: 'RAM has no "Null" operator (an AWS operator). Remove it or express the check with a RAM operator.' };
  const suggestion = caseVariant(name, NAMES) ?? closest(name, NAMES);
  if (suggestion) {
    return { message: `Unknown condition operator "${name}": did you mean "${suggestion}"? Operator names are case-sensitive.`, replacement: suggestion };
  }
  return { message: `Unknown condition operator "${name}". RAM operators: String*, Numeric*, Date*, Bool, IpAddress, NotIpAddress.` };
}

export const conditionOperatorUnknown: Rule = {
  meta: {
    code: 'condition-operator-unknown',
    defaultSeverity: 'error',
    description:
      'A condition operator RAM does not define (case-sensitive; did-you-mean offered). IfExists, Null and set qualifiers are not RAM; IpAddressIncludeBorder is bucket-policy only.',
  },
  check(context) {
    const bucketPolicy = context.doc.kind.kind === 'bucket';
    for (const statement of context.doc.model.statements) {
      for (const entry of statement.conditions) {
        const problem = diagnose(entry.operator, bucketPolicy);
        if (!problem) continue;
        context.report(entry.property.keyNode, problem.message, {
          severity: problem.severity,
          data: problem.replacement ? { replacement: problem.replacement } : undefined,
        });
      }
    }
  },
};
