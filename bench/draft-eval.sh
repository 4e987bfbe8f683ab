#!/usr/bin/env bash
# The draft the editor would have made (issue 19): for each archived issue (shared/seeds, and any
# bulletin given with --bulletin), its period simulated with about a thousand real articles of
# shared/datasets, its items planted, every article with one or two reprints; the ranks of its picks
# before, with the series' scope, and with a pick model trained leaving that issue out; picks in the
# top 4 / top 8 and MRR per issue and in all (targets: ≥ 60 % in the top 4, ≥ 90 % in the top 8).
# Usage: bench/draft-eval.sh [--datasets DIR] [--seeds DIR] [--bulletin B.md...] [--top N]
# Builds hinews-core offline (no install: the shared ~/.m2 snapshot is left alone).
set -euo pipefail
args=()
for a in "$@"; do
  if [[ -e "$a" ]]; then args+=("$(realpath "$a")"); else args+=("$a"); fi
done
cd "$(dirname "$0")/.."
root="$(pwd)"
shared="$(realpath "$root/../shared")"
./mvnw -q -B -o -pl hinews-core test-compile -Dspotless.check.skip=true
./mvnw -q -B -o -pl hinews-core dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$root/target/draft-eval.cp" >/dev/null
cp="hinews-core/target/test-classes:hinews-core/target/classes:$(cat target/draft-eval.cp)"
exec java -cp "$cp" cn.hinews.core.bench.DraftEval --datasets "$shared/datasets" \
  --seeds "$shared/seeds" ${args[@]+"${args[@]}"}
