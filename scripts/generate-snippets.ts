/**
 * Writes snippets/ram-policy.json (the VS Code snippets contribution) from the
 * core's snippet table. Run after editing server/src/core/snippets/table.ts:
 *   npx tsc -p tsconfig.json && node out/scripts/generate-snippets.js
 * test/unit/snippets-file.test.ts fails while the committed file is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { vsCodeSnippetsFileText } from '../server/src/core/snippets/vscodeSnippets';

const target = join(__dirname, '..', '..', 'snippets', 'ram-policy.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, vsCodeSnippetsFileText());
console.log(`wrote ${target}`);
