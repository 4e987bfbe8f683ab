#!/usr/bin/env bash
# Tuning aid: bench/debug.sh PAGE.html — the chosen node and the units the extractor wrote.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/debug.cp ] || ./mvnw -q -B -pl hinews-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=../target/debug.cp >/dev/null
./mvnw -q -B -o -pl hinews-core test-compile -Dspotless.check.skip=true >/dev/null 2>&1 || ./mvnw -q -B -pl hinews-core test-compile >/dev/null
java -cp "hinews-core/target/test-classes:hinews-core/target/classes:$(cat target/debug.cp)" cn.hinews.core.extract.ExtractDebug "$@"
