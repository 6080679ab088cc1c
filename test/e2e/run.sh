#!/usr/bin/env bash
# npm run test:e2e — the extension, installed from its .vsix, tested in a real VS Code
# (code-server 4.100.3 = VS Code 1.100.3, Node extension host) driven by Debian's headless
# Chromium, offline. Steps:
#   1. `npm run package` (build: tsc + esbuild bundle, then vsce → .e2e-out/ram-policy-studio.vsix);
#   2. compile the in-host mocha suite (test/e2e/tsconfig.json → out/e2e/);
#   3. harness/scripts/run-e2e.sh: installs what is missing (apt, npm ci, native modules; cached),
#      installs the .vsix with `code-server --install-extension` into a fresh extensions folder,
#      starts code-server and runs out/e2e/index.js in the extension host. The extension under
#      test is the installed one; VS Code loads only a test-host extension (test/e2e/host, no
#      code) from this tree, because extension tests need an extensionDevelopmentPath.
# Times printed by the harness ([e2e +Ns]) count from the start of this script.
# Screenshots land in docs/images/. The last line is `e2e: N passed, N failed`; exit code 0 only
# when every test passed (1 failed, 2 setup error, 3 timeout).
# Env: E2E_GREP (mocha grep), E2E_FORCE_FAIL=1, E2E_TIMEOUT_S, E2E_SKIP_PACKAGE=1 (reuse the .vsix).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/.e2e-out"
VSIX="$OUT/ram-policy-studio.vsix"
T0=$(date +%s)
cd "$ROOT"
mkdir -p "$OUT"

if [ "${E2E_SKIP_PACKAGE:-}" != 1 ] || [ ! -f "$VSIX" ]; then
  echo "[e2e] npm run package"
  npm run --silent package -- --out "$VSIX" > "$OUT/package.log" 2>&1 || { cat "$OUT/package.log"; echo "[e2e] ERROR: packaging failed"; echo "e2e: 0 passed, 1 failed"; exit 2; }
  grep '^package:' "$OUT/package.log" || true
fi
echo "[e2e] compiling the in-host suite"
npx tsc -p test/e2e/tsconfig.json
echo "[e2e] build and package took $(( $(date +%s) - T0 ))s"

set +e
E2E_T0="$T0" \
E2E_EXTENSION_DIR="$ROOT/test/e2e/host" \
E2E_TESTS_PATH="$ROOT/out/e2e/index.js" \
E2E_INSTALL_VSIX="$VSIX" \
E2E_WORKSPACE="$ROOT/test/e2e/fixtures/workspace" \
E2E_OUT="$OUT" \
E2E_SCREENSHOTS_DIR="$ROOT/docs/images" \
  bash test/e2e/harness/scripts/run-e2e.sh 2>&1 | tee "$OUT/run.log"
CODE=${PIPESTATUS[0]}
set -e
exit "$CODE"
