#!/usr/bin/env bash
# npm run test:e2e:electron — see test/e2e/electron.ts.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
npx tsc -p test/e2e/tsconfig.json
exec node out/e2e/electron.js
