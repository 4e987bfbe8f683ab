#!/usr/bin/env bash
# Ingest with N workers (processes) on one PostgreSQL (embedded, on loopback): loopback sites of real
# Chinese paragraphs crawled, stored and judged end to end. Usage: bench/workers.sh [workers=2]
# [hosts=20] [articles-per-host=150] [texts-folder]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
exec java -Xmx1g -cp "$cp" cn.hinews.core.bench.WorkersBenchmark "$@"
