#!/usr/bin/env bash
# Extraction speed (JMH), one thread, warm: ops/s × pages = pages/s, and jsoup's parse alone on the
# same pages. Usage: bench/extract.sh [JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B spotless:apply
./mvnw -q -B -DskipTests -Dforbiddenapis.skip=true install
./mvnw -q -B -pl hinews-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=../target/bench.cp >/dev/null
cp="hinews-core/target/test-classes:hinews-core/target/classes:$(cat target/bench.cp)"
exec java -cp "$cp" org.openjdk.jmh.Main 'cn.hinews.core.bench.ExtractBenchmark' "$@"
