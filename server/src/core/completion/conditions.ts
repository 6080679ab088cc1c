/** Condition completion: operators, the keys under an operator, and known values of a key. */
import type { Catalog, CatalogConditionKey } from '../catalog/types';
import { OPERATORS, operatorInfo } from '../conditions/operators';
import type { PolicyDocument } from '../document';
import type { CompletionItem } from '../features';
import { operatorDocumentation } from '../docs/conditions';
import type { CursorContext } from './context';
import { escapeChoice, escapeSnippet, propertyItem, stringValueItem } from './items';
import { relevantConditionKeys, statementActions, type KeyOrigin } from './statementActions';

export function operatorCompletions(doc: PolicyDocument, ctx: CursorContext): CompletionItem[] {
  const present = new Set((ctx.statement?.conditions ?? []).filter((c) => c.property.keyNode.offset !== ctx.span.offset).map((c) => c.operator));
  const isBucket = doc.kind.kind === 'bucket';
  return OPERATORS.filter((o) => !present.has(o.name) && (!o.bucketPolicyOnly || isBucket)).map((o, i) =>
    propertyItem(
      doc,
      ctx,
      {
        label: o.name,
        kind: 'operator',
        detail: `${o.family} operator${o.negated ? ' (negated)' : ''}`,
        documentation: operatorDocumentation(o),
        sortText: String(i).padStart(2, '0'),
        retrigger: true,
      },
      o.name,
      '{\n\t$1\n}',
    ),
  );
}

/** `YYYY-MM-DD` of a date, in UTC. */
function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** A tag family entry such as `acs:ResourceTag/<tag-key>` or `ecs:tag/${TagKey}`: the part after `/` is the user's. */
function tagFamilyPrefix(key: string): string | undefined {
  const slash = key.indexOf('/');
  if (slash < 0) return undefined;
  const rest = key.slice(slash + 1);
  return /^[<{$]/.test(rest) ? key.slice(0, slash + 1) : undefined;
}

/** Snippet for a key's value, shaped by its type and known values; tabstops start at `first`. */
export function valueSnippet(key: CatalogConditionKey, now: Date, first = 1): string {
  const values = knownValues(key);
  if (values.length > 0) return `"\${${first}|${values.map(escapeChoice).join(',')}|}"`;
  switch (key.type) {
    case 'Date':
      return `"\${${first}:${isoDay(now)}T00:00:00Z}"`;
    case 'IP':
      return `["\${${first}:192.168.0.0/16}"]`;
    case 'Number':
      return `"\${${first}:0}"`;
    default:
      return `"$${first}"`;
  }
}

function knownValues(key: CatalogConditionKey): string[] {
  if (key.values && key.values.length > 0) return key.values;
  if (key.type === 'Boolean') return ['true', 'false'];
  return [];
}

const ORIGIN_RANK: Record<KeyOrigin, number> = { action: 0, service: 1, global: 2 };

export function conditionKeyCompletions(doc: PolicyDocument, ctx: CursorContext, catalog: Catalog, operator: string, now: Date): CompletionItem[] {
  const family = operatorInfo(operator)?.family;
  const entry = ctx.statement?.conditions.find((c) => c.operator === operator);
  const present = new Set((entry?.keys ?? []).filter((k) => k.keyNode.offset !== ctx.span.offset).map((k) => k.key));
  const keys = relevantConditionKeys(statementActions(ctx.statement, catalog), catalog);
  const items: CompletionItem[] = [];
  const isTrust = doc.kind.kind === 'trust';
  for (const { key, origin } of keys) {
    if (present.has(key.key)) continue;
    // Federation keys (saml:recipient, oidc:aud, sts:ExternalId) only mean something in a role's trust policy.
    if (key.appliesTo === 'trust' && !isTrust) continue;
    const fits = key.operators ? key.operators.includes(operator) || !family : !family || !key.type || key.type === family;
    const tagPrefix = key.tagPrefix ? `${key.tagPrefix}/` : tagFamilyPrefix(key.key);
    const rank = key.appliesTo === 'trust' ? 0 : ORIGIN_RANK[origin];
    const keyText = tagPrefix ?? key.key;
    const label = key.key;
    const documentation = [key.description, `Type: ${key.type ?? 'unknown'} · ${key.confidence}`, key.source ? `Source: ${key.source}` : '']
      .filter(Boolean)
      .join('\n\n');
    const spec = {
      label,
      kind: 'conditionKey' as const,
      detail: `${key.type ?? 'type unknown'}${fits ? '' : ` · does not fit ${operator}`}`,
      documentation,
      sortText: `${fits ? 0 : 1}${rank}${key.key}`,
    };
    if (tagPrefix) {
      // The tag key is the user's: a tabstop inside the key, then the value.
      const quotedKey = `"${escapeSnippet(keyText)}\${1:tagKey}"`;
      const item = propertyItem(doc, ctx, spec, keyText, valueSnippet(key, now, 2));
      item.textEdit.newText = ctx.nextChar === ':' ? quotedKey : item.textEdit.newText.replace(escapeSnippet(`"${keyText}"`), quotedKey);
      items.push(item);
    } else {
      items.push(propertyItem(doc, ctx, spec, keyText, valueSnippet(key, now)));
    }
  }
  return items;
}

/** Values for a key: its value domain, Bool values, a date, a CIDR, regions for region keys. */
export function conditionValueCompletions(doc: PolicyDocument, ctx: CursorContext, catalog: Catalog, keyName: string, now: Date): CompletionItem[] {
  const key = catalog.conditionKey(keyName);
  const items: CompletionItem[] = [];
  const value = (text: string, detail?: string, snippetBody?: string) =>
    items.push(stringValueItem(doc, ctx, { label: text, kind: 'value', detail, sortText: String(items.length).padStart(3, '0') }, text, snippetBody));
  for (const known of key ? knownValues(key) : []) value(known, key?.type ?? undefined);
  if (key?.type === 'Date') {
    const day = isoDay(now);
    value(`${day}T00:00:00Z`, 'ISO 8601, UTC', `\${1:${day}}T\${2:00:00:00}Z`);
    value(`${day}T00:00:00+08:00`, 'ISO 8601 with offset', `\${1:${day}}T\${2:00:00:00}+08:00`);
  } else if (key?.type === 'IP') {
    value('192.168.0.0/16', 'CIDR block', '${1:192.168.0.0}/${2:16}');
  }
  if (/region/i.test(keyName)) for (const region of catalog.regions()) value(region, 'region');
  if (keyName.toLowerCase() === 'acs:sourcevpc') value('vpc-*', 'any VPC');
  return items;
}
