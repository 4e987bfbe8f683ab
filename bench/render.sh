#!/usr/bin/env bash
# Render time per issue and format, warm (JMH). Usage: bench/render.sh [JMH options, e.g. -p format=pdf]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B spotless:apply
./mvnw -q -B -DskipTests -Dforbiddenapis.skip=true install
./mvnw -q -B -pl hinews-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=../target/bench.cp >/dev/null
cp="hinews-core/target/test-classes:hinews-core/target/classes:$(cat target/bench.cp)"
exec java -cp "$cp" org.openjdk.jmh.Main 'cn.hinews.core.bench.RenderBenchmark' "$@"
