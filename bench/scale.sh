#!/usr/bin/env bash
# Ingest and reads at scale: loopback sites of real Chinese paragraphs (one in ten a reprint), crawled,
# extracted, stored and analysed end to end; then the week's candidates and statistics read from the
# stored judgements. Usage: bench/scale.sh [hosts=20] [articles-per-host=300] [texts-folder]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
# as `./hinews crawl --once` runs: C1 only (see the launcher); BENCH_JAVA_OPTS=-XX:TieredStopAtLevel=4 for C2
exec java -Xmx4g ${BENCH_JAVA_OPTS:--XX:TieredStopAtLevel=1} -cp "$cp" cn.hinews.core.bench.ScaleBenchmark "$@"
