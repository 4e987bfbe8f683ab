#!/usr/bin/env bash
# Search latency at scale: builds a Lucene index on disk of DOCS articles (default 100,000) from
# sentences of real Chinese news, then times 2,000 queries one by one (p50/p95/p99/max).
# Usage: bench/search.sh [DOCS] [CORPUS...]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
exec java -Xmx2g -cp "$cp" cn.hinews.core.bench.SearchBenchmark "$@"
