#!/usr/bin/env bash
# Extraction cost as the thread's CPU time per pass over the zh and AEB sets (ExtractCpuTime: 4 warm-up
# passes, median of 6), which other processes on a shared machine hardly move, unlike JMH's wall time.
# Usage: bench/extract-cpu.sh [CLASSES]  — CLASSES: another build's hinews-core/target/classes to compare
# (e.g. a worktree of the commit before); run the two alternately, several times.
# bench/extract-cpu.sh --ab CLASSES_A CLASSES_B: both builds in one JVM, passes alternating (ExtractAb),
# the fairest comparison on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o -pl hinews-core test-compile -Djazzer.skip=true -Dspotless.check.skip=true >/dev/null
./mvnw -q -B -o -pl hinews-core dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=../target/cpu.cp >/dev/null
if [ "${1:-}" = "--ab" ]; then
  exec java -cp "hinews-core/target/test-classes:$(cat target/cpu.cp)" cn.hinews.core.bench.ExtractAb \
    "$2" "$3" ../shared/datasets/zh-web-content-extraction/original ../shared/datasets/scrapinghub-aeb/html
fi
classes="${1:-hinews-core/target/classes}"
exec java -cp "hinews-core/target/test-classes:$classes:$(cat target/cpu.cp)" \
  cn.hinews.core.bench.ExtractCpuTime ../shared/datasets/zh-web-content-extraction/original \
  ../shared/datasets/scrapinghub-aeb/html
