#!/usr/bin/env bash
# A longer fuzzing campaign of the extractor with Jazzer's driver. Usage: bench/fuzz.sh [SECONDS=600]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
. bench/classpath.sh
corpus=target/fuzz-corpus
mkdir -p "$corpus"
cp hinews-core/src/test/resources/cn/hinews/core/extract/ExtractorFuzzTestInputs/neverThrows/* "$corpus"/
exec java -Xmx2g -cp "$cp" com.code_intelligence.jazzer.Jazzer \
  --target_class=cn.hinews.core.extract.ExtractorFuzzTarget \
  --instrumentation_includes='cn.hinews.**:org.jsoup.**' \
  -max_total_time="$seconds" -rss_limit_mb=2560 -timeout=20 "$corpus"
