#!/usr/bin/env bash
# Re-score the heldout4 articles with the current extractor:
#   heldout4/gold.json  entities, claims, relations (seeds conventions)  -> shared/eval/score.mjs
#   heldout5/gold.json  speech attributions with source spans (polnear-dev format) -> shared/eval/attribution.mjs
# usage: packages/extractor/test/heldout4/score.sh [OUT.json] [--verbose]
set -euo pipefail
cd "$(dirname "$0")/../../../.."   # the repository root; ../shared sits beside it
out=/tmp/h4.json verbose=()
for a in "$@"; do if [[ $a == --verbose ]]; then verbose=(--verbose); else out=$a; fi; done
pnpm -s kg extract packages/extractor/test/heldout4/*.txt --json > "$out"
echo "== heldout4 (score.mjs)"
node ../shared/eval/score.mjs packages/extractor/test/heldout4/gold.json "$out" "${verbose[@]}"
echo "== heldout5 (attribution.mjs)"
node ../shared/eval/attribution.mjs packages/extractor/test/heldout5/gold.json "$out"
