/** Pure catalog API; load from disk with ./node (loadCatalog, findCatalogDir). */
export { createCatalog, IndexedCatalog, type ServiceReader } from './catalog';
export { CATALOG_FORMAT_VERSION, serviceFileName, type CatalogIndex, type ProductMapping, type ProductMappingSource } from './format';
export { actionsForApi, closest, closestActions, closestServices, editDistance, suggestionLimit } from './suggest';
export type * from './types';
