#!/usr/bin/env bash
# Title and date accuracy on a held-out page set with hand-made truth (default bench/titledate/,
# see its README.md): builds the core's test classes (no install) and runs TitleDateEval.
# Usage: bench/titledate.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o -pl hinews-core test-compile -Djazzer.skip=true -Dspotless.check.skip=true >/dev/null
./mvnw -q -B -o -pl hinews-core dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=../target/titledate.cp >/dev/null
cp="hinews-core/target/test-classes:hinews-core/target/classes:$(cat target/titledate.cp)"
exec java -cp "$cp" cn.hinews.core.bench.TitleDateEval "${1:-bench/titledate}"
