#!/usr/bin/env bash
# Extraction speed (JMH), one thread, warm: ops/s × pages = pages/s, and jsoup's parse alone on the
# same pages. Usage: bench/extract.sh [JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
exec java -cp "$cp" org.openjdk.jmh.Main 'cn.hinews.core.bench.ExtractBenchmark' "$@"
