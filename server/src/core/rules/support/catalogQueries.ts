import type { Catalog } from '../../catalog/types';
import { closest } from './suggest';

/**
 * Product names people write where the RAM code differs (spec §2: "the RamCode for Simple Log Service
 * is log", Tair/Redis → kvstore, MongoDB → dds, WAF and Security Center under yundun-*, Alibaba DNS → alidns).
 */
const PRODUCT_NAME_CODES: Record<string, string> = {
  sls: 'log',
  redis: 'kvstore',
  tair: 'kvstore',
  mongodb: 'dds',
  waf: 'yundun-waf',
  aegis: 'yundun-aegis',
  dns: 'alidns',
};

/** The RAM code meant by a mistyped or product-named service prefix. */
export function closestServiceCode(catalog: Catalog, typed: string): string | undefined {
  const lower = typed.toLowerCase();
  const renamed = PRODUCT_NAME_CODES[lower];
  if (renamed && catalog.serviceSummary(renamed)) return renamed;
  return closest(lower, catalog.serviceCodes());
}

/** The closest catalog action of the same service for a mistyped action name. */
export function closestActionName(catalog: Catalog, service: string, name: string): string | undefined {
  const actions = catalog.service(service)?.actions ?? [];
  const byShortName = new Map(actions.map((a) => [a.name.slice(a.name.indexOf(':') + 1), a.name]));
  const best = closest(name, byShortName.keys());
  return best === undefined ? undefined : byShortName.get(best);
}

/** The action that authorizes an API operation, when the name typed is the API's and not the action's (`oss:GetBucket`). */
export function actionAuthorizingApi(catalog: Catalog, service: string, api: string): string | undefined {
  const lower = api.toLowerCase();
  return catalog.service(service)?.actions.find((a) => a.apis.some((x) => x.toLowerCase() === lower))?.name;
}
