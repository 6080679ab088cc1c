#!/usr/bin/env node
// Bundles the extension for release: dist/client.js (VS Code extension host), dist/server.js (the
// language server), dist/cli.js (the `ram-policy` CLI), plus the data they read at run time:
// dist/catalog (the catalog loader looks for a `catalog` folder next to the bundle). The policy
// schemas are imported as modules and so are inside the bundles; VS Code's jsonValidation reads
// them from ./schemas in the package root.
// Usage: node scripts/bundle.mjs [--sourcemap]
import { build } from 'esbuild';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const sourcemap = process.argv.includes('--sourcemap');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap,
  minifyWhitespace: true,
  minifySyntax: true,
  // Stack traces in the server log stay readable.
  keepNames: true,
  // jsonc-parser's `main` is a UMD build esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  define: { SERVER_VERSION_DEFINE: JSON.stringify(version) },
  logLevel: 'warning',
  absWorkingDir: root,
};

rmSync(dist, { recursive: true, force: true });
const started = Date.now();
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
]);

const catalog = join(root, 'server', 'data', 'catalog');
if (!existsSync(join(catalog, 'index.json'))) throw new Error('bundle: server/data/catalog/index.json is missing (npm run catalog)');
cpSync(catalog, join(dist, 'catalog'), { recursive: true });
console.log(`bundle: dist/client.js, dist/server.js, dist/cli.js, dist/catalog in ${Date.now() - started} ms`);
