/** The catalog actions a statement grants, resolved once for completion and hover. */
import type { Catalog, CatalogAction, CatalogConditionKey } from '../catalog/types';
import type { StatementModel } from '../model/types';

export interface StatementActions {
  /** Catalog entries of the statement's Action values (wildcards expanded, capped). */
  actions: CatalogAction[];
  /** Lower-case service codes named by the Action values, in order of appearance. */
  services: string[];
}

/** Expanding `ecs:*` is fine; expanding `*` or `*:Describe*` would touch every service: skip those. */
const MAX_EXPANDED = 400;

/** One resolution per statement and catalog: a model is rebuilt for every text version, so entries never go stale. */
const resolvedStatements = new WeakMap<StatementModel, { catalog: Catalog; resolved: StatementActions }>();

export function statementActions(statement: StatementModel | undefined, catalog: Catalog): StatementActions {
  if (!statement) return { actions: [], services: [] };
  const cached = resolvedStatements.get(statement);
  if (cached && cached.catalog === catalog) return cached.resolved;
  const resolved = resolveStatementActions(statement, catalog);
  resolvedStatements.set(statement, { catalog, resolved });
  return resolved;
}

function resolveStatementActions(statement: StatementModel, catalog: Catalog): StatementActions {
  const actions: CatalogAction[] = [];
  const services: string[] = [];
  const seen = new Set<string>();
  for (const item of statement.action?.items ?? []) {
    const value = item.value.trim();
    const colon = value.indexOf(':');
    if (colon <= 0) continue;
    const service = value.slice(0, colon).toLowerCase();
    if (service.includes('*') || service.includes('?')) continue;
    if (!catalog.serviceSummary(service)) continue;
    if (!services.includes(service)) services.push(service);
    const names = value.includes('*') || value.includes('?') ? catalog.expand(value).slice(0, MAX_EXPANDED) : [value];
    for (const name of names) {
      const action = catalog.action(name);
      if (!action || seen.has(action.name)) continue;
      seen.add(action.name);
      actions.push(action);
    }
  }
  return { actions, services };
}

export type KeyOrigin = 'action' | 'service' | 'global';

export interface RelevantKey {
  key: CatalogConditionKey;
  origin: KeyOrigin;
}

/** Condition keys that make sense in a statement: its actions' keys, its services' keys, then the global keys. */
export function relevantConditionKeys(resolved: StatementActions, catalog: Catalog): RelevantKey[] {
  const result: RelevantKey[] = [];
  const seen = new Set<string>();
  const add = (key: CatalogConditionKey | undefined, origin: KeyOrigin) => {
    if (!key) return;
    const id = key.key.toLowerCase();
    if (seen.has(id)) return;
    seen.add(id);
    result.push({ key, origin });
  };
  for (const action of resolved.actions) {
    for (const name of action.conditionKeys) add(catalog.conditionKey(name) ?? undocumentedKey(name, action.source), 'action');
  }
  for (const code of resolved.services) {
    for (const key of catalog.service(code)?.conditionKeys ?? []) add(key, 'service');
  }
  for (const key of catalog.globalConditionKeys()) add(key, 'global');
  return result;
}

/** A key an action lists but the catalog has no entry for: still worth offering. */
function undocumentedKey(name: string, source: string): CatalogConditionKey {
  return { key: name, type: null, description: '', confidence: 'unverified', source };
}
