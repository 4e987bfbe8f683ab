#!/usr/bin/env bash
# Analysis speed (JMH), one thread: articles/s of the whole analysis stage and of the reprint fingerprint
# (AnalysisBenchmark: ops/s × texts), and the time to cluster one million fingerprints
# (ClusterBenchmark). Usage: bench/analysis.sh [BENCHMARK-REGEX] [JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
exec java -cp "$cp" org.openjdk.jmh.Main "${1:-cn.hinews.core.bench.(Analysis|Cluster)Benchmark}" "${@:2}"
