/**
 * Generates the action catalog (server/data/catalog) from server/data/inputs.
 *   node out/scripts/generate-catalog.js            write the catalog
 *   node out/scripts/generate-catalog.js --check    regenerate into a temp dir and fail on drift
 *   node out/scripts/generate-catalog.js --out DIR  write somewhere else
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCatalog, catalogFiles } from './catalog/build';
import { compareCatalog, formatDrift, hasDrift } from './catalog/diff';
import { readInputs } from './catalog/inputs';

/** Repository root, whether run from scripts/ (ts-node) or out/scripts/ (compiled). */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

export const INPUTS_DIR = () => path.join(repoRoot(), 'server', 'data', 'inputs');
export const CATALOG_DIR = () => path.join(repoRoot(), 'server', 'data', 'catalog');

export function generateFiles(inputsDir = INPUTS_DIR()): Map<string, string> {
  return catalogFiles(buildCatalog(readInputs(inputsDir)));
}

export function writeCatalog(files: ReadonlyMap<string, string>, outDir: string): void {
  // Remove stale service files so a dropped RAM code does not linger.
  fs.rmSync(path.join(outDir, 'services'), { recursive: true, force: true });
  fs.rmSync(path.join(outDir, 'index.json'), { force: true });
  fs.rmSync(path.join(outDir, 'names.json'), { force: true });
  for (const [rel, content] of files) {
    const target = path.join(outDir, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const outIndex = argv.indexOf('--out');
  const files = generateFiles();
  if (check) {
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'ram-catalog-'));
    try {
      writeCatalog(files, temp);
      const drift = compareCatalog(files, CATALOG_DIR());
      if (hasDrift(drift)) {
        process.stderr.write(`${formatDrift(drift, path.relative(repoRoot(), CATALOG_DIR()))}\n(regenerated copy: ${temp})\n`);
        return 1;
      }
      fs.rmSync(temp, { recursive: true, force: true });
      process.stdout.write(`catalog:check: ${files.size} files match the inputs.\n`);
      return 0;
    } catch (error) {
      fs.rmSync(temp, { recursive: true, force: true });
      throw error;
    }
  }
  const outDir = outIndex >= 0 ? path.resolve(argv[outIndex + 1]) : CATALOG_DIR();
  writeCatalog(files, outDir);
  process.stdout.write(`Wrote ${files.size} files to ${path.relative(process.cwd(), outDir) || '.'}\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
