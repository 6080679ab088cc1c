/**
 * The only file of the catalog that touches the file system: finds the generated
 * catalog and reads index.json now and services/<code>.json on demand.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createCatalog, type IndexedCatalog } from './catalog';
import { CATALOG_FORMAT_VERSION, NAMES_FILE, serviceFileName, type CatalogIndex, type CatalogNames, type StoredService } from './format';

/** Environment variable that points at a catalog directory, overriding the search. */
export const CATALOG_DIR_ENV = 'RAM_POLICY_CATALOG';

function isCatalogDir(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'index.json')) && fs.existsSync(path.join(dir, 'services'));
}

/**
 * Walks up from `start` (this file's folder by default) and returns the first of
 * `<dir>/catalog` (a bundle in dist/ ships one next to it) or
 * `<dir>/server/data/catalog` (the repository, also reached from out/).
 */
export function findCatalogDir(start: string = __dirname): string | undefined {
  const fromEnv = process.env[CATALOG_DIR_ENV];
  if (fromEnv && isCatalogDir(fromEnv)) return path.resolve(fromEnv);
  let dir = path.resolve(start);
  for (;;) {
    for (const candidate of [path.join(dir, 'catalog'), path.join(dir, 'server', 'data', 'catalog')]) {
      if (isCatalogDir(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadCatalog(dir: string | undefined = findCatalogDir()): IndexedCatalog {
  if (!dir) throw new Error('RAM action catalog not found (looked for catalog/ and server/data/catalog/ above ' + __dirname + ')');
  const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as CatalogIndex;
  if (index.formatVersion !== CATALOG_FORMAT_VERSION) {
    throw new Error(`RAM action catalog in ${dir} has format ${index.formatVersion}, expected ${CATALOG_FORMAT_VERSION}: run \`npm run catalog\``);
  }
  return createCatalog(index, (code) => {
    const file = path.join(dir, serviceFileName(code));
    if (!fs.existsSync(file)) return undefined;
    return JSON.parse(fs.readFileSync(file, 'utf8')) as StoredService;
  }, () => {
    const file = path.join(dir, NAMES_FILE);
    if (!fs.existsSync(file)) return undefined;
    const names = JSON.parse(fs.readFileSync(file, 'utf8')) as CatalogNames;
    return names.formatVersion === CATALOG_FORMAT_VERSION ? names.services : undefined;
  });
}
