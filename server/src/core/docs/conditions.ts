/** Documentation texts for condition operators (spec §4.1–§4.4). */
import { MISSING_KEY_RULE, OPERATORS, type OperatorInfo } from '../conditions/operators';

const OPERATOR_PAGE = 'https://www.alibabacloud.com/help/en/ram/conditional-operator';

export function multiValueRule(info: OperatorInfo): string {
  return info.negated
    ? 'Several values: true only when the request value matches **none** of them (spec §4.3, shown by OSS examples).'
    : 'Several values: true when the request value matches **any** of them (OR).';
}

export function operatorDocumentation(info: OperatorInfo): string {
  const lines = [
    info.summary,
    '',
    `Family: **${info.family}**${info.negated ? ' · negated' : ''}`,
    '',
    multiValueRule(info),
    '',
    `Missing key (inferred): ${MISSING_KEY_RULE}`,
  ];
  if (info.bucketPolicyOnly) lines.push('', 'Only valid in **OSS bucket policies**.');
  if (info.undocumented) lines.push('', `Undocumented: ${info.undocumented}`);
  lines.push('', `[Condition operators](${OPERATOR_PAGE})`);
  return lines.join('\n');
}

/** Operators of a family, for "operators that fit" lists. */
export function operatorsOfFamily(family: string): string[] {
  return OPERATORS.filter((o) => o.family === family).map((o) => o.name);
}
