#!/usr/bin/env bash
# Render time per issue and format, warm (JMH). Usage: bench/render.sh [JMH options, e.g. -p format=pdf]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
exec java -cp "$cp" org.openjdk.jmh.Main 'cn.hinews.core.bench.RenderBenchmark' "$@"
