/**
 * Catalog actions: rows of the RAM authorization tables first ('verified'), then
 * `<ramCode>:<API>` names built from OpenAPI operation names ('derived').
 */
import type { CatalogAction, CatalogResourceType } from '../../server/src/core/catalog/types';
import type { ActionTable, ExtraActionsFile, OpenApiProduct, SpecFacts, SystemPolicy } from './inputs';

/**
 * API names whose RAM action is named differently (NOTES.md "Action names that differ
 * from API names"). Keyed by lower-cased product code, then API name.
 */
export const API_RENAMES: Record<string, Record<string, string[]>> = {
  sls: {
    GetLogs: ['log:GetLogStoreLogs'],
    GetHistograms: ['log:GetLogStoreHistogram'],
    PutLogs: ['log:PostLogStoreLogs'],
    GetCursor: ['log:GetCursorOrData'],
    PullLogs: ['log:GetCursorOrData'],
    GetCursorTime: ['log:GetCursorOrData'],
    // extra/log.json (SLS API reference tables): GetContextLogs and GetLogsV2 are authorised by these.
    GetContextLogs: ['log:GetLogStoreContextLogs'],
    GetLogsV2: ['log:GetLogStoreLogs'],
  },
  // extra/mns-openapi-2022-01-19.json: the API pages name these actions for the event-rule APIs.
  'mns-open': { CreateEventRule: ['mns:PutEventNotifications'], DeleteEventRule: ['mns:DeleteEventNotifications'] },
  fc: { PutAsyncInvokeConfig: ['fc:PutFunctionAsyncInvokeConfig'] },
  kms: { ReEncrypt: ['kms:ReEncryptFrom', 'kms:ReEncryptTo'] },
};

const NOT_A_RESOURCE_TYPE = new Set(['*', 'all resources']);

export function resourceTypesOf(table: ActionTable): CatalogResourceType[] {
  return table.resourceTypes.map((r) => ({ name: r.name, arns: unique(r.arns && r.arns.length > 0 ? r.arns : [r.arn]) }));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v.length > 0))];
}

/** "ListBuckets (GetService)" names two operations: the current one and its old alias. */
export function apiNames(printed: string): string[] {
  return printed.split(/[\s(),]+/).filter((n) => /^[A-Za-z][A-Za-z0-9_]*$/.test(n));
}

export function splitAction(name: string): { service: string; action: string } {
  const colon = name.indexOf(':');
  return { service: name.slice(0, colon).toLowerCase(), action: name.slice(colon + 1) };
}

/** Actions of one RAM table, grouped under their own prefix (ecs.json also names vpc: rows' ARNs, not vpc actions). */
export function tableActions(table: ActionTable): CatalogAction[] {
  const types = new Map(resourceTypesOf(table).map((t) => [t.name, t]));
  const out = new Map<string, CatalogAction>();
  for (const row of table.actions) {
    const name = row.action.replace(/\s+/g, '');
    const { service } = splitAction(name);
    const resourceTypes = unique((row.resourceTypes ?? []).filter((t) => !NOT_A_RESOURCE_TYPE.has(t.toLowerCase())));
    const arns = [
      ...(row.resources ?? []).map((r) => r.arn).filter((a) => a !== '*'),
      ...resourceTypes.flatMap((t) => types.get(t)?.arns ?? []),
    ];
    const apis = (row.apis && row.apis.length > 0 ? row.apis : row.api ? [row.api] : []).flatMap(apiNames);
    const derived = row.derivedFromApiName === true;
    const action: CatalogAction = {
      name,
      service,
      apis: unique(apis),
      ...(row.accessLevel ? { accessLevel: row.accessLevel } : {}),
      ...(row.note ? { description: row.note } : {}),
      resourceTypes,
      resourceArns: unique(arns),
      // A bare name (ecs:DescribeInstances lists "ResourceOwner") is no policy key: keys are `<prefix>:<name>`.
      conditionKeys: unique((row.conditionKeys ?? []).filter((k) => k.includes(':'))),
      dependentActions: unique(row.dependentActions ?? []),
      confidence: derived ? 'derived' : 'verified',
      source: derived ? `${table.source} (name built from an API list: ${row.evidence ?? 'old doc'})` : table.source,
    };
    const id = name.toLowerCase();
    const existing = out.get(id);
    if (existing) mergeInto(existing, action);
    else out.set(id, action);
  }
  return [...out.values()];
}

function mergeInto(target: CatalogAction, extra: CatalogAction): void {
  target.apis = unique([...target.apis, ...extra.apis]);
  target.resourceTypes = unique([...target.resourceTypes, ...extra.resourceTypes]);
  target.resourceArns = unique([...target.resourceArns, ...extra.resourceArns]);
  target.conditionKeys = unique([...target.conditionKeys, ...extra.conditionKeys]);
  target.dependentActions = unique([...target.dependentActions, ...extra.dependentActions]);
  if (!target.accessLevel && extra.accessLevel) target.accessLevel = extra.accessLevel;
  if (target.confidence === 'derived' && extra.confidence === 'verified') {
    target.confidence = 'verified';
    target.source = extra.source;
  }
}

/** Rows of an inputs/extra file: verified when the source is a RAM authorization table, derived for an API list. */
export function extraActions(file: ExtraActionsFile): CatalogAction[] {
  const verified = file.kind === 'ram-table';
  return file.actions.map((row) => ({
    name: row.action,
    service: splitAction(row.action).service,
    apis: unique(row.apis ?? []),
    ...(row.accessLevel ? { accessLevel: row.accessLevel } : {}),
    resourceTypes: [],
    resourceArns: unique(row.resources ?? []),
    conditionKeys: unique(row.conditionKeys ?? []),
    dependentActions: [],
    confidence: verified ? ('verified' as const) : ('derived' as const),
    source: file.source,
  }));
}

/**
 * Merges `incoming` (extra-file rows) into `byName`: a new name is added; an existing
 * entry gains APIs and ARNs, and a derived one becomes verified when the row is.
 */
export function mergeActions(byName: Map<string, CatalogAction>, incoming: readonly CatalogAction[]): void {
  for (const action of incoming) {
    const id = action.name.toLowerCase();
    const existing = byName.get(id);
    if (!existing) byName.set(id, { ...action });
    else mergeInto(existing, action);
  }
}

/** A verified action known only by its name (a system policy or the spec names it): no API, resources or keys. */
function namedAction(name: string, source: string): CatalogAction {
  return {
    name,
    service: splitAction(name).service,
    apis: [],
    resourceTypes: [],
    resourceArns: [],
    conditionKeys: [],
    dependentActions: [],
    confidence: 'verified',
    source,
  };
}

/**
 * Exact action names a system policy grants (wildcards name no single action): RAM accepts them,
 * since Alibaba Cloud publishes the policy; the page says nothing of their API or resources.
 */
export function systemPolicyActions(policy: SystemPolicy): CatalogAction[] {
  const when = [policy.version, policy.updated ? `updated ${policy.updated}` : ''].filter(Boolean).join(', ');
  return policy.actions
    .filter((name) => name.includes(':') && !name.includes('*') && !name.includes('?'))
    .map((name) => namedAction(name, `system policy ${policy.name}${when ? ` (${when})` : ''}: ${policy.source}`));
}

export function specActions(spec: SpecFacts): CatalogAction[] {
  return spec.actions.map((a) => namedAction(a.action, `spec ${a.section}: ${a.evidence}`));
}

export function apiDocUrl(product: OpenApiProduct, api: string): string {
  return `https://api.aliyun.com/api/${product.code}/${product.version}/${api}`;
}

export function derivedSource(product: OpenApiProduct, ramCode: string): string {
  return `OpenAPI metadata ${product.code} ${product.version} (action name = ${ramCode}:<API name>, not confirmed per action)`;
}

/** `<code>:<API>` actions for one product and RAM code, honouring the known renames. */
export function derivedActions(product: OpenApiProduct, ramCode: string, source = derivedSource(product, ramCode)): CatalogAction[] {
  const renames = API_RENAMES[product.code.toLowerCase()] ?? {};
  const out: CatalogAction[] = [];
  for (const api of product.apis) {
    const names = renames[api] ?? [`${ramCode}:${api}`];
    for (const name of names) {
      out.push({
        name,
        service: splitAction(name).service,
        apis: [api],
        resourceTypes: [],
        resourceArns: [],
        conditionKeys: [],
        dependentActions: [],
        confidence: 'derived',
        source: renames[api] ? `${source}; renamed per NOTES.md` : source,
        docUrl: apiDocUrl(product, api),
      });
    }
  }
  return out;
}

/** Adds `incoming` to `byName` unless an entry exists; an existing entry only gains the API name. */
export function addActions(byName: Map<string, CatalogAction>, incoming: readonly CatalogAction[]): void {
  for (const action of incoming) {
    const id = action.name.toLowerCase();
    const existing = byName.get(id);
    if (!existing) {
      byName.set(id, { ...action });
      continue;
    }
    existing.apis = unique([...existing.apis, ...action.apis]);
    if (!existing.docUrl && action.docUrl) existing.docUrl = action.docUrl;
  }
}
