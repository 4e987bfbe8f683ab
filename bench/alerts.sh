#!/usr/bin/env bash
# Alert figures: rules evaluated per article per second with 1,000 rules (RuleQueries over one
# article in memory), the latency from storage to the webhook as serve runs it, and the spike
# detector's false spikes, precision and recall on simulated fortnights (AlertBenchmark).
# Usage: bench/alerts.sh [RULES] [LATENCY-ARTICLES]. Builds the core's test classes (no install).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile -pl hinews-core -Dspotless.check.skip=true
./mvnw -q -B -pl hinews-core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=../target/alerts-bench.cp >/dev/null
cp="hinews-core/target/test-classes:hinews-core/target/classes:$(cat target/alerts-bench.cp)"
exec java -Djdk.httpclient.allowRestrictedHeaders=host -cp "$cp" cn.hinews.core.alert.AlertBenchmark "$@"
