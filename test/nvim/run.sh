#!/usr/bin/env bash
# npm run test:nvim — the language server in a headless Neovim (see nvim.test.ts).
# Installs Debian's neovim when missing (as root), builds the project when dist/ is missing,
# runs the node tests and closes with `nvim: N passed, N failed`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
if ! command -v nvim >/dev/null; then
  { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; } || { echo "test:nvim: nvim is missing (apt-get install -y neovim)" >&2; echo "nvim: 0 passed, 1 failed"; exit 2; }
  echo "test:nvim: apt-get install neovim"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends neovim >/dev/null
fi
[ -f dist/server.js ] || npm run --silent build
npx tsc -p test/nvim/tsconfig.json
TAP="$(mktemp)"
trap 'rm -f "$TAP"' EXIT
set +e
node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination="$TAP" out/test/nvim/
CODE=$?
set -e
PASSED=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$TAP" | tail -n 1)
FAILED=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$TAP" | tail -n 1)
echo "nvim: ${PASSED:-0} passed, ${FAILED:-1} failed"
exit "$CODE"
