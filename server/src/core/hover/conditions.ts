/** Hover for condition operators and condition keys. */
import type { Catalog } from '../catalog/types';
import { operatorInfo, OPERATORS } from '../conditions/operators';
import { operatorDocumentation, operatorsOfFamily } from '../docs/conditions';
import { closest as closestNames } from '../catalog/suggest';

const code = (text: string) => `\`${text}\``;

export function operatorHover(name: string, isBucketPolicy: boolean): string {
  const info = operatorInfo(name);
  if (!info) {
    const closest = closestNames(name, OPERATORS.map((o) => o.name), 3);
    return [
      `**${code(name)}** is not a RAM condition operator (operator names are case-sensitive).`,
      closest.length > 0 ? `\nDid you mean ${closest.map(code).join(', ')}?` : '',
    ].join('\n');
  }
  const misplaced = info.bucketPolicyOnly && !isBucketPolicy ? '\n\n**Not valid here:** this operator only works in OSS bucket policies.' : '';
  return `**${info.name}** (condition operator)\n\n${operatorDocumentation(info)}${misplaced}`;
}

export function conditionKeyHover(catalog: Catalog, name: string, operator: string): string {
  const key = catalog.conditionKey(name);
  if (!key) {
    const candidates = catalog.globalConditionKeys().map((k) => k.key);
    const closest = closestNames(name, candidates, 3);
    return [
      `**${code(name)}** is not a condition key in the catalog.`,
      closest.length > 0 ? `\nDid you mean ${closest.map(code).join(', ')}?` : '',
      '\nService keys are `<ram-code>:<Key>`, global keys `acs:<Key>`.',
    ].join('\n');
  }
  const lines = [`**${name}** (condition key${key.key !== name ? `, family ${code(key.key)}` : ''})`, ''];
  if (key.description) lines.push(key.description, '');
  lines.push(`- **Type:** ${key.type ?? 'not documented'}`);
  const fitting = key.operators ?? (key.type ? operatorsOfFamily(key.type) : []);
  if (fitting.length > 0) {
    const info = operatorInfo(operator);
    const fitsNote = info && !fitting.includes(operator) ? ` — ${code(operator)} is a ${info.family} operator and does not fit` : '';
    lines.push(`- **Operators:** ${fitting.map(code).join(', ')}${fitsNote}`);
  }
  if (key.values && key.values.length > 0) lines.push(`- **Values:** ${key.values.map(code).join(', ')}`);
  if (key.appliesTo === 'trust') lines.push('- Only meaningful in a RAM role **trust policy**.');
  lines.push(`- **Confidence:** ${key.confidence} · source: ${key.source}`);
  return lines.join('\n');
}
