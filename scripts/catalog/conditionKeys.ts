/**
 * Condition keys: the global (acs:*) keys, trust-policy keys and every service key
 * the RAM tables mention, each with its type, the operators of its family, a value
 * domain where one is known, its source and how far it is trusted.
 */
import { OPERATORS } from '../../server/src/core/conditions/operators';
import type { CatalogConditionKey, ConditionKeyType } from '../../server/src/core/catalog/types';
import type { ActionTable, GlobalKeysFile, SpecFacts } from './inputs';

const TYPES: readonly ConditionKeyType[] = ['String', 'Number', 'Date', 'Boolean', 'IP'];

export function keyType(raw: string | null | undefined): ConditionKeyType | null {
  if (!raw) return null;
  const found = TYPES.find((t) => t.toLowerCase() === raw.toLowerCase());
  if (found) return found;
  return raw.toLowerCase() === 'bool' ? 'Boolean' : null;
}

/** Operators whose family matches the key type, in the order of the operator table. */
export function operatorsFor(type: ConditionKeyType | null): string[] | undefined {
  if (!type) return undefined;
  return OPERATORS.filter((o) => o.family === type).map((o) => o.name);
}

/**
 * Tag keys take a `/<tag-key>` suffix: `acs:ResourceTag/team`, `ecs:tag/env`, `oss:BucketTag/k`.
 * Returns the family prefix (`acs:ResourceTag`) for such keys, whether written bare or with a suffix.
 */
export function tagFamilyPrefix(key: string): string | undefined {
  const slash = key.indexOf('/');
  const base = slash >= 0 ? key.slice(0, slash) : key;
  const colon = base.indexOf(':');
  if (colon < 0) return undefined;
  return /tag$/i.test(base.slice(colon + 1)) ? base : undefined;
}

/** Canonical catalog spelling: tag families become `prefix/<tag-key>`. */
export function canonicalKeyName(key: string): string {
  const prefix = tagFamilyPrefix(key);
  return prefix ? `${prefix}/<tag-key>` : key;
}

/** Accumulates keys from several sources; later sources fill gaps, `override` wins. */
export class KeyCollector {
  private readonly keys = new Map<string, CatalogConditionKey>();

  add(
    rawKey: string,
    fields: {
      type: ConditionKeyType | null;
      description: string;
      confidence: CatalogConditionKey['confidence'];
      source: string;
      values?: string[];
      appliesTo?: 'trust';
    },
    override = false,
  ): void {
    const key = canonicalKeyName(rawKey);
    const id = key.toLowerCase();
    const existing = this.keys.get(id);
    if (!existing) {
      this.keys.set(id, { key, ...fields, type: fields.type, values: fields.values });
      return;
    }
    const sources = new Set(existing.source.split(' ; '));
    sources.add(fields.source);
    existing.source = [...sources].join(' ; ');
    if (override) {
      existing.key = key;
      if (fields.type) existing.type = fields.type;
      if (fields.description) existing.description = fields.description;
      existing.confidence = fields.confidence;
      if (fields.values) existing.values = fields.values;
      if (fields.appliesTo) existing.appliesTo = fields.appliesTo;
    } else {
      if (!existing.type && fields.type) existing.type = fields.type;
      if (!existing.description) existing.description = fields.description;
      if (!existing.values && fields.values) existing.values = fields.values;
    }
  }

  has(rawKey: string): boolean {
    return this.keys.has(canonicalKeyName(rawKey).toLowerCase());
  }

  /** Finished keys, sorted, with operators, tag prefix and Boolean domains filled in. */
  finish(): CatalogConditionKey[] {
    return [...this.keys.values()]
      .map((k) => finishKey(k))
      .sort((a, b) => (a.key.toLowerCase() < b.key.toLowerCase() ? -1 : a.key.toLowerCase() > b.key.toLowerCase() ? 1 : 0));
  }
}

function finishKey(k: CatalogConditionKey): CatalogConditionKey {
  const tagPrefix = tagFamilyPrefix(k.key);
  // Tag values are strings wherever a type is printed (acs:ResourceTag, kms:tag/<tag-key>).
  const type = k.type ?? (tagPrefix ? 'String' : null);
  const confidence = !k.type && type && k.confidence === 'documented' ? 'inferred' : k.confidence;
  const values = k.values ?? (type === 'Boolean' ? ['true', 'false'] : undefined);
  const out: CatalogConditionKey = { key: k.key, type, description: k.description, confidence, source: k.source };
  if (values) out.values = values;
  const operators = operatorsFor(type);
  if (operators) out.operators = operators;
  if (tagPrefix) out.tagPrefix = tagPrefix;
  if (k.appliesTo) out.appliesTo = k.appliesTo;
  return out;
}

/** The RAM code a key belongs to (`ecs:tag` → ecs); undefined for acs: and un-prefixed keys. */
export function keyService(key: string): string | undefined {
  const colon = key.indexOf(':');
  if (colon <= 0) return undefined;
  const prefix = key.slice(0, colon).toLowerCase();
  return prefix === 'acs' ? undefined : prefix;
}

const TRUST_PREFIXES = ['saml:', 'oidc:'];

export interface CollectedKeys {
  global: CatalogConditionKey[];
  byService: Map<string, CatalogConditionKey[]>;
}

export function collectConditionKeys(globalFile: GlobalKeysFile, spec: SpecFacts, tables: readonly ActionTable[]): CollectedKeys {
  const global = new KeyCollector();
  const services = new Map<string, KeyCollector>();
  const serviceCollector = (code: string) => {
    let c = services.get(code);
    if (!c) services.set(code, (c = new KeyCollector()));
    return c;
  };

  for (const k of globalFile.keys) {
    global.add(k.key, {
      type: keyType(k.type),
      description: k.desc,
      confidence: k.confidence.startsWith('documented') ? 'documented' : 'unverified',
      source: k.sources.join(' ; ') || globalFile.source,
    });
  }
  // The spec is the project's reference: its §4.6 list overrides types and trust levels.
  for (const k of spec.conditionKeys) {
    const fields = {
      type: keyType(k.type),
      description: k.description,
      confidence: k.confidence,
      source: `spec ${k.section}`,
      values: k.values,
      appliesTo: k.appliesTo,
    };
    const service = keyService(k.key);
    const isTrust = k.appliesTo === 'trust' || TRUST_PREFIXES.some((p) => k.key.startsWith(p));
    if (!service || isTrust) global.add(k.key, fields, true);
    else serviceCollector(service).add(k.key, fields, true);
  }
  for (const table of tables) {
    const listed = new Map(table.conditionKeys.map((k) => [k.key, k]));
    const mentioned = new Set<string>(table.conditionKeys.map((k) => k.key));
    for (const action of table.actions) for (const key of action.conditionKeys ?? []) mentioned.add(key);
    for (const key of [...mentioned].sort()) {
      const row = listed.get(key);
      const service = keyService(key);
      // Un-prefixed names (ecs:DescribeInstances lists a bare "ResourceOwner") are not policy keys.
      if (!key.includes(':')) continue;
      const fields = {
        type: keyType(row?.type),
        description: row?.note ?? 'Listed in the action table; not described there.',
        confidence: (row?.typeSource === 'inferred' ? 'inferred' : 'documented') as CatalogConditionKey['confidence'],
        source: table.source,
      };
      if (service) serviceCollector(service).add(key, fields);
      else if (!global.has(key)) global.add(key, fields);
    }
  }
  const byService = new Map<string, CatalogConditionKey[]>();
  for (const [code, collector] of [...services].sort(([a], [b]) => (a < b ? -1 : 1))) byService.set(code, collector.finish());
  return { global: global.finish(), byService };
}
