#!/usr/bin/env bash
# Extraction accuracy on the zh set (and AEB with "aeb"): builds, extracts, scores.
set -euo pipefail
cd "$(dirname "$0")/.."
set="${1:-zh}"
case "$set" in
  zh) dir=../shared/datasets/zh-web-content-extraction/original ;;
  aeb) dir=../shared/datasets/scrapinghub-aeb/html ;;
  *) echo "usage: bench/zh.sh [zh|aeb]" >&2; exit 2 ;;
esac
./mvnw -q -B spotless:apply >/dev/null
./mvnw -q -B -DskipTests -Dforbiddenapis.skip=true package >/dev/null
java -jar hinews-app/target/hinews.jar extract --batch "$dir" --out "target/pred-$set.json" 2>/dev/null | tail -1
python3 ../shared/tools/score_extraction.py "$set" "target/pred-$set.json"
