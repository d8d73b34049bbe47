#!/usr/bin/env bash
# The whole test suite: types, lint, unit and integration tests, and the browser tests (node's test runner).
set -euo pipefail
cd "$(dirname "$0")/.."
# The browser tests need Debian's Chromium; without it they fail at the very end, so say it first.
# (CHOKEPOINT_TEST_CHROMIUM exists only so that test/test-script.test.ts can see this line.)
chromium="${CHOKEPOINT_TEST_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "npm test: $chromium is missing, so the browser tests (e2e/*.spec.ts) will fail: install it with 'sudo apt-get install -y chromium' (as .ci/run does)" >&2
fi
npx tsc -p tsconfig.json --noEmit
npx tsc -p web/tsconfig.json --noEmit
npx tsc -p web/tsconfig.tools.json --noEmit
npx biome check .
# The browser tests drive the dashboard built from the current sources.
npx vite build web --logLevel warn
files=$(find src test -name '*.test.ts' | sort; ls e2e/*.spec.ts)
node --import tsx --test --test-concurrency=2 $files
