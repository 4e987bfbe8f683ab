#!/usr/bin/env bash
# Search and 统计 at scale in each engine: N articles (default 20,000; 1000000 when asked) of real
# Chinese sentences with a judgement's facts, put into Lucene, OpenSearch (the integ-test server Maven
# fetches, started on loopback as in the ITs) and H2; search p50/p99 over realistic Chinese queries in
# each engine, and 统计 of a year and one spike check's story counts in SQL and as OpenSearch
# aggregations.
# Usage: bench/search-scale.sh [ARTICLES=20000] [QUERIES=1000]
# BENCH_JAVA_OPTS=-Dbench.lucene=false leaves Lucene out (OpenSearch and SQL only).
# Builds nothing into ~/.m2: compiles the core's tests and reads its test classpath.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o -pl hinews-core test-compile dependency:unpack@opensearch-server \
  -Dspotless.check.skip=true >/dev/null
./mvnw -q -B -o -pl hinews-core dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=../target/search-scale.cp >/dev/null
cp="hinews-core/target/test-classes:hinews-core/target/classes:$(cat target/search-scale.cp)"
home=$(ls -d hinews-core/target/opensearch/opensearch-* | head -1)
exec java -Xmx3g ${BENCH_JAVA_OPTS:-} -Dfile.encoding=UTF-8 -Dopensearch.home="$PWD/$home" -cp "$cp" \
  cn.hinews.core.bench.SearchScaleBenchmark "$@"
