#!/usr/bin/env node
// Packages the bundled extension (dist/, made by `npm run build`) into a .vsix with @vscode/vsce
// and checks what ships: only what runs (.vscodeignore is an allow list), the catalog included,
// no sources, tests, compiler output or node_modules (the bundle needs none), at most 3 MB.
// Usage: node scripts/package.mjs [--out <file.vsix>]   (default: <name>-<version>.vsix at the root)
// Exit code 1 when packaging fails or a check does not hold.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVSIX } from '@vscode/vsce';
import { zipEntries } from './zip-entries.mjs';

const MAX_VSIX_BYTES = 3 * 1024 * 1024;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outIndex = process.argv.indexOf('--out');
const packagePath = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(root, `${manifest.name}-${manifest.version}.vsix`);

/** Files the installed extension cannot work without (paths inside the vsix). */
const REQUIRED = [
  'extension/package.json',
  'extension/dist/client.js',
  'extension/dist/server.js',
  'extension/license.txt',
  'extension/changelog.md',
];
/** Anything under these never runs in the extension host or the server. */
const FORBIDDEN = [
  /^extension\/node_modules\//,
  /^extension\/out\//,
  /^extension\/(server|client)\/src\//,
  /^extension\/test\//,
  /^extension\/scripts\//,
  /^extension\/\.e2e-out\//,
  /\.ts$/,
  /\.map$/,
  /\.vsix$/,
];

/** Files package.json points VS Code at: each must ship, or the feature silently does nothing. */
function referencedFiles(manifest) {
  const contributes = manifest.contributes ?? {};
  const paths = [
    manifest.main,
    manifest.icon,
    ...(contributes.languages ?? []).map((language) => language.configuration),
    ...(contributes.grammars ?? []).map((grammar) => grammar.path),
    ...(contributes.snippets ?? []).map((snippet) => snippet.path),
    ...(contributes.jsonValidation ?? []).map((validation) => validation.url).filter((url) => url && !/^[a-z]+:/i.test(url)),
  ];
  return [...new Set(paths.filter(Boolean).map((file) => `extension/${file.replace(/^\.\//, '')}`))];
}

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

for (const file of ['dist/client.js', 'dist/server.js', 'dist/catalog']) {
  if (!existsSync(join(root, file))) fail(`${file} is missing: run \`npm run build\` first`);
}
for (const file of ['LICENSE', 'CHANGELOG.md']) {
  if (!existsSync(join(root, file))) fail(`${file} is missing`);
}
// The README is the extension's page in VS Code; the package works without it.
if (!existsSync(join(root, 'README.md'))) console.warn('package: warning: README.md is missing, the extension page will be empty');
if (manifest.main && !existsSync(join(root, manifest.main))) fail(`package.json main ${manifest.main} does not exist`);

await createVSIX({
  cwd: root,
  packagePath,
  // The bundle inlines every runtime dependency: ship no node_modules.
  dependencies: false,
  // The project has no public repository yet; without this vsce stops and asks.
  allowMissingRepository: true,
  // Keep the README's relative links (docs/images/*.png, docs/*.md) as they are: VS Code shows the
  // README from the installed folder, where they resolve to the shipped files. Rewriting needs a
  // repository URL, and without one vsce refuses a README with relative images.
  rewriteRelativeLinks: false,
}).catch((error) => fail(error instanceof Error ? error.message : String(error)));

const entries = zipEntries(packagePath);
const names = entries.map((entry) => entry.name);
const problems = [];
// vsce renames LICENSE to LICENSE.txt and lower-cases changelog.md/readme.md: compare case-insensitively.
const lowerNames = new Set(names.map((name) => name.toLowerCase()));
for (const file of REQUIRED) if (!lowerNames.has(file)) problems.push(`missing ${file}`);
for (const file of referencedFiles(manifest)) if (!names.includes(file)) problems.push(`package.json refers to ${file.slice('extension/'.length)}, which does not ship`);
if (!names.some((name) => name.startsWith('extension/dist/catalog/'))) problems.push('missing the catalog (extension/dist/catalog/)');
for (const name of names) if (FORBIDDEN.some((pattern) => pattern.test(name))) problems.push(`must not ship ${name}`);
const bytes = statSync(packagePath).size;
if (bytes > MAX_VSIX_BYTES) problems.push(`${bytes} bytes is over the ${MAX_VSIX_BYTES}-byte limit`);

// VS Code shows the README from the installed folder: a relative link to a file that does not ship is dead there.
if (existsSync(join(root, 'README.md'))) {
  const targets = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
  const dead = targets
    .filter((target) => !/^([a-z][a-z0-9+.-]*:|#)/i.test(target))
    .map((target) => decodeURIComponent(target.replace(/[#?].*$/, '').replace(/^\.\//, '')))
    .filter((target) => !names.some((name) => name === `extension/${target}` || name.startsWith(`extension/${target.replace(/\/$/, '')}/`)));
  if (dead.length) console.warn(`package: warning: README links to files the package does not ship: ${[...new Set(dead)].join(', ')}`);
}

const unpacked = entries.reduce((total, entry) => total + entry.size, 0);
console.log(`package: ${relative(process.cwd(), packagePath) || packagePath}: ${entries.length} files, ${(bytes / 1024).toFixed(0)} KiB (${(unpacked / 1024).toFixed(0)} KiB unpacked)`);
if (problems.length) fail(`the package is not right:\n  ${problems.join('\n  ')}`);
