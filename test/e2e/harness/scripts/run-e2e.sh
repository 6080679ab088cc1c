#!/usr/bin/env bash
# End-to-end tests of a VS Code extension in a real VS Code (code-server's
# workbench + Node extension host), offline and headless. Adapted from the
# shared recipe (shared/e2e): adds installing the extension from a .vsix,
# a setup-only mode, a private TMPDIR per run and copying the screenshots.
#
#   E2E_EXTENSION_DIR=/path/to/ext E2E_WORKSPACE=/path/to/fixtures scripts/run-e2e.sh
#
# Inputs (env):
#   E2E_EXTENSION_DIR  extensionDevelopmentPath (required unless E2E_SETUP_ONLY=1)
#   E2E_TESTS_PATH     compiled in-host test entry exporting run()               [$E2E_EXTENSION_DIR/out/test/index.js]
#   E2E_INSTALL_VSIX   a .vsix to install (code-server --install-extension) into the fresh
#                      extensions folder before start: the extension under test then runs
#                      as an installed extension, as a user would have it
#   E2E_WORKSPACE      folder to open; copied to a temp dir first                  [$E2E_EXTENSION_DIR/test-fixtures/workspace]
#   E2E_OUT            logs, screenshots, results.json                             [<harness>/.e2e-out]
#   E2E_SCREENSHOTS_DIR  where to copy the screenshots after the run               [none]
#   E2E_TIMEOUT_S      max seconds for the test run in the browser                 [300]
#   E2E_SETUP_ONLY=1   install what is missing (apt, npm ci, native modules) and stop
#   E2E_FORCE_FAIL=1, E2E_GREP=...  passed through to the in-host tests
# Exit code: 0 all tests passed, 1 a test failed, 2 setup error, 3 timeout/no result.
# The last line printed is `e2e: N passed, N failed`.
set -euo pipefail

HARNESS="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${E2E_OUT:-$HARNESS/.e2e-out}"
STATE="$OUT/state"
T0=${E2E_T0:-$(date +%s)}   # a caller may pass its own start so the times add up
say() { echo "[e2e +$(( $(date +%s) - T0 ))s] $*"; }
die() { echo "[e2e] ERROR: $*" >&2; exit 2; }

# Runs sharing this checkout take turns: installing (npm ci, native builds) in one harness folder
# from two processes at once breaks the build, and two runs would share one state folder.
mkdir -p "$OUT"
exec 8>"$OUT/.run.lock"
flock -n 8 || { echo "[e2e] another e2e run is using $OUT; waiting for it"; flock 8; }
exec 9>"/tmp/e2e-harness-$(printf %s "$HARNESS" | md5sum | cut -c1-12).lock"
flock -n 9 || { say "another run is installing the harness; waiting"; flock 9; }   # released before the tests run

# --- preflight -----------------------------------------------------------------
[ "$(node -p 'process.versions.node.split(".")[0]')" = 20 ] || die "code-server 4.100.3 needs Node 20 (found $(node -v))"
need=()
[ -x "${E2E_CHROMIUM:-/usr/bin/chromium}" ] || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)                     # replaces @vscode/ripgrep's download
if [ ! -f "$HARNESS/node_modules/code-server/.offline-setup-done" ]; then  # only to compile native modules
  [ -f /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)     # code-server's kerberos module
  for t in g++ make python3; do command -v $t >/dev/null || need+=($t); done
fi
if [ ${#need[@]} -gt 0 ]; then
  { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; } || die "missing: ${need[*]} (apt-get install -y ${need[*]})"
  say "apt-get install ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# --- install (cached: a second run skips all of it) ----------------------------
cd "$HARNESS"
if [ ! -d node_modules/code-server ]; then
  say "npm ci (harness; install scripts off, see .npmrc)"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
bash scripts/setup-code-server.sh
flock -u 9
if [ "${E2E_SETUP_ONLY:-}" = 1 ]; then say "setup done"; exit 0; fi

[ -n "${E2E_EXTENSION_DIR:-}" ] || die "E2E_EXTENSION_DIR is not set"
EXT_DIR="$(cd "$E2E_EXTENSION_DIR" && pwd)"
TESTS_PATH="${E2E_TESTS_PATH:-$EXT_DIR/out/test/index.js}"
WORKSPACE_SRC="${E2E_WORKSPACE:-$EXT_DIR/test-fixtures/workspace}"
[ -f "$TESTS_PATH" ] || die "test entry $TESTS_PATH not found"
TESTS_PATH="$(cd "$(dirname "$TESTS_PATH")" && pwd)/$(basename "$TESTS_PATH")"

# --- fresh state ---------------------------------------------------------------
rm -rf "$STATE" && mkdir -p "$STATE"/{user-data/User,extensions,handshake,chromium-profile,tmp} "$OUT"
rm -f "$OUT"/*.png "$OUT/results.json"
# Each run gets its own TMPDIR: code-server leaves vscode-ipc-*.sock files and
# Chromium org.chromium.Chromium.* folders there.
export TMPDIR="$STATE/tmp"
cp -r "$WORKSPACE_SRC" "$STATE/workspace"
cat > "$STATE/user-data/User/settings.json" <<'JSON'
{
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "security.workspace.trust.enabled": false,
  "json.schemaDownload.enable": false,
  "npm.fetchOnlinePackageInfo": false,
  "typescript.disableAutomaticTypeAcquisition": true,
  "git.enabled": false
}
JSON
CS_ARGS=(--auth none --disable-telemetry --disable-update-check --disable-workspace-trust
  --disable-getting-started-override --user-data-dir "$STATE/user-data" --extensions-dir "$STATE/extensions")

if [ -n "${E2E_INSTALL_VSIX:-}" ]; then
  [ -f "$E2E_INSTALL_VSIX" ] || die "vsix $E2E_INSTALL_VSIX not found"
  say "installing $(basename "$E2E_INSTALL_VSIX") into the fresh extensions folder"
  EXTENSIONS_GALLERY='{}' node node_modules/code-server/out/node/entry.js "${CS_ARGS[@]}" \
    --install-extension "$(cd "$(dirname "$E2E_INSTALL_VSIX")" && pwd)/$(basename "$E2E_INSTALL_VSIX")" \
    > "$OUT/install-extension.log" 2>&1 || { cat "$OUT/install-extension.log"; die "installing the vsix failed"; }
  grep -v '^\s*$' "$OUT/install-extension.log" | tail -n 2 | sed 's/^/  /'
fi

PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$STATE/config.yaml"

# --- code-server -----------------------------------------------------------------
# The extension host inherits this environment: the in-host tests read E2E_*.
say "starting code-server on 127.0.0.1:$PORT"
E2E_RESULTS_FILE="$OUT/results.json" E2E_HANDSHAKE_DIR="$STATE/handshake" E2E_EXTENSIONS_DIR="$STATE/extensions" \
E2E_FORCE_FAIL="${E2E_FORCE_FAIL:-}" E2E_GREP="${E2E_GREP:-}" \
EXTENSIONS_GALLERY='{}' \
setsid node node_modules/code-server/out/node/entry.js --config "$STATE/config.yaml" "${CS_ARGS[@]}" \
  "$STATE/workspace" > "$OUT/code-server.log" 2>&1 &
CS_PID=$!   # setsid: its own process group, so the cleanup also ends the
            # server's children (file watcher, extension host, language server)
cleanup() {
  kill -TERM -- "-$CS_PID" 2>/dev/null || true
  wait "$CS_PID" 2>/dev/null || true
  rm -rf "$STATE/tmp"
}
trap cleanup EXIT
up() { node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "http://127.0.0.1:$PORT/healthz"; }
for _ in $(seq 1 120); do
  up && break
  kill -0 "$CS_PID" 2>/dev/null || { cat "$OUT/code-server.log"; die "code-server exited"; }
  sleep 0.5
done
up || die "code-server did not answer on 127.0.0.1:$PORT"

# --- workbench in Chromium; tests run in the extension host --------------------
# The web workbench takes extensionDevelopmentPath/extensionTestsPath from the
# URL's `payload` (as vscode-remote:// URIs on the server's authority).
REMOTE="vscode-remote://127.0.0.1:$PORT"
PAYLOAD="[[\"extensionDevelopmentPath\",\"$REMOTE$EXT_DIR\"],[\"extensionTestsPath\",\"$REMOTE$TESTS_PATH\"],[\"skipWelcome\",\"true\"],[\"skipReleaseNotes\",\"true\"]]"
URL="http://127.0.0.1:$PORT/?folder=$(node -p 'encodeURIComponent(process.argv[1])' "$STATE/workspace")&payload=$(node -p 'encodeURIComponent(process.argv[1])' "$PAYLOAD")"
say "running tests in the extension host"
set +e
E2E_URL="$URL" E2E_OUT="$OUT" E2E_HANDSHAKE_DIR="$STATE/handshake" E2E_PROFILE_DIR="$STATE/chromium-profile" \
  node scripts/drive.mjs 2>&1 | tee "$OUT/drive.log"
CODE=${PIPESTATUS[0]}
set -e

# --- results -------------------------------------------------------------------
if [ -n "${E2E_SCREENSHOTS_DIR:-}" ] && compgen -G "$OUT/*.png" >/dev/null; then
  mkdir -p "$E2E_SCREENSHOTS_DIR"
  for png in "$OUT"/*.png; do [ "$(basename "$png")" = timeout.png ] || cp "$png" "$E2E_SCREENSHOTS_DIR/"; done
  say "screenshots copied to $E2E_SCREENSHOTS_DIR"
fi
if [ -f "$OUT/results.json" ]; then
  if [ "$CODE" = 0 ] && [ "$(node -p 'require(process.argv[1]).failed' "$OUT/results.json")" != 0 ]; then CODE=1; fi
  say "done, exit code $CODE (screenshots, logs: $OUT)"
  node -e '
    const r = require(process.argv[1]);
    for (const t of r.tests) console.log(`  ${t.state === "passed" ? "ok  " : t.state === "failed" ? "FAIL" : "skip"} ${t.title}${t.error ? "\n       " + t.error.split("\n")[0] : ""}`);
    console.log(`e2e: ${r.passed} passed, ${r.failed} failed` + (r.pending ? `, ${r.pending} skipped` : ""));
  ' "$OUT/results.json"
else
  [ "$CODE" = 0 ] && CODE=3
  say "done, exit code $CODE: no results.json (tests did not run or crashed); see $OUT/code-server.log and $OUT/drive.log"
  echo "e2e: 0 passed, 1 failed"
fi
exit "$CODE"
