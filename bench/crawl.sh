#!/usr/bin/env bash
# Crawl throughput: a local crawl of simulated hosts on 127.0.1.x (politeness relaxed: no delay),
# fetch → discovery → extraction → H2. Usage: bench/crawl.sh [hosts=100] [articles-per-host=20] [concurrency=8]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
exec java -cp "$cp" cn.hinews.core.bench.CrawlBenchmark "$@"
