#!/usr/bin/env bash
# The reads (candidates, statistics) over many stored judgements written directly into one week.
# Usage: bench/reads.sh [articles=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
exec java -Xmx4g -cp "$cp" cn.hinews.core.bench.ReadsBenchmark "$@"
