import type { Rule } from './types';
import { checkConditionValue } from './support/conditionValues';
import { effectiveOperator } from './support/operators';

export const conditionValueType: Rule = {
  meta: {
    code: 'condition-value-type',
    defaultSeverity: 'error',
    description:
      'A condition value does not fit its operator: IP (IPv4/CIDR), Date (ISO 8601), Numeric (a number), Bool ("true"/"false"); bare JSON numbers/booleans are warnings.',
  },
  check(context) {
    const bucketPolicy = context.doc.kind.kind === 'bucket';
    for (const statement of context.doc.model.statements) {
      for (const entry of statement.conditions) {
        const operator = effectiveOperator(entry.operator);
        if (!operator) continue;
        for (const key of entry.keys) {
          for (const value of key.values) {
            const problem = checkConditionValue(operator.family, value.value, { bucketPolicy });
            if (!problem) continue;
            context.report(value.node, problem.message, {
              severity: problem.severity,
              data: problem.replacement !== undefined ? { replacement: problem.replacement } : undefined,
            });
          }
        }
      }
    }
  },
};
