#!/usr/bin/env bash
# The whole test suite: types, lint, unit and integration tests (node's test runner).
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc -p tsconfig.json --noEmit
npx biome check .
files=$(find src test -name '*.test.ts' | sort)
node --import tsx --test --test-concurrency=2 $files
