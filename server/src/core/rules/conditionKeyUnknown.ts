import type { Catalog } from '../catalog/types';
import type { Rule } from './types';
import { closest } from './support/suggest';

/** Tag families (`acs:ResourceTag/<k>`) are matched on the part before the first "/". */
const familyOf = (key: string) => (key.includes('/') ? key.slice(0, key.indexOf('/')) : key);

function serviceKeyNames(catalog: Catalog, service: string): string[] {
  if (service === 'acs') return catalog.globalConditionKeys().map((k) => k.key);
  return catalog.service(service)?.conditionKeys.map((k) => k.key) ?? [];
}

export const conditionKeyUnknown: Rule = {
  meta: {
    code: 'condition-key-unknown',
    defaultSeverity: 'warning',
    description:
      'A condition key that is not documented: a global `acs:` key missing from the catalog, a key without a service prefix, or a key with stray whitespace (never matches). Never an error: the documented list is incomplete.',
  },
  check(context) {
    const { catalog } = context;
    for (const statement of context.doc.model.statements) {
      for (const entry of statement.conditions) {
        for (const { key, keyNode } of entry.keys) {
          const trimmed = key.trim();
          if (trimmed !== key) {
            context.report(keyNode, `The condition key "${key}" has leading or trailing whitespace, so it never matches: write "${trimmed}".`, {
              data: { replacement: trimmed },
            });
            continue;
          }
          const colon = key.indexOf(':');
          if (colon <= 0) {
            context.report(
              keyNode,
              `"${key}" is not a condition key: keys are \`acs:<Key>\` (global) or \`<ram-code>:<Key>\` (service), e.g. "acs:SourceIp".`,
            );
            continue;
          }
          const service = key.slice(0, colon).toLowerCase();
          const known = catalog.conditionKey(key);
          if (known) {
            const written = familyOf(key);
            const canonical = familyOf(known.key);
            if (written !== canonical && written.toLowerCase() === canonical.toLowerCase()) {
              const replacement = canonical + key.slice(written.length);
              context.report(keyNode, `The documented spelling is "${replacement}". Key-name case sensitivity is undocumented: use the documented form.`, {
                data: { replacement },
              });
            }
            continue;
          }
          const candidates = serviceKeyNames(catalog, service).filter((k) => !k.includes('/'));
          const suggestion = closest(key, candidates);
          const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
          const data = suggestion ? { replacement: suggestion } : undefined;
          if (service === 'acs') {
            context.report(keyNode, `"${key}" is not a documented global condition key.${hint} The documented list is incomplete, so check the service's documentation.`, {
              data,
            });
          } else {
            context.report(keyNode, `"${key}" is not in the catalog's condition keys for "${service}".${hint} The catalog's key lists are incomplete.`, {
              severity: 'hint',
              data,
            });
          }
        }
      }
    }
  },
};
