import type { Catalog } from '../../catalog/types';
import { closest } from './suggest';

/** The closest RAM code for a mistyped service prefix. */
export function closestServiceCode(catalog: Catalog, typed: string): string | undefined {
  return closest(typed.toLowerCase(), catalog.serviceCodes());
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
