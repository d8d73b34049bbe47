#!/usr/bin/env bash
# The whole test suite: types, lint, unit and integration tests, and the browser tests (node's test runner).
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc -p tsconfig.json --noEmit
npx tsc -p web/tsconfig.json --noEmit
npx tsc -p web/tsconfig.tools.json --noEmit
npx biome check .
# The browser tests drive the dashboard built from the current sources.
npx vite build web --logLevel warn
files=$(find src test -name '*.test.ts' | sort; ls e2e/*.spec.ts)
node --import tsx --test --test-concurrency=2 $files
