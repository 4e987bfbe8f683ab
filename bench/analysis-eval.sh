#!/usr/bin/env bash
# The analysis evaluation: relevance (ROC-AUC, precision at k, the rank of every positive; the taxonomy,
# the naive Bayes model and their blend, the model under 5-fold cross-validation) on the evaluation set
# in hinews-core/src/test/resources/analysis/eval, and reprint clustering (pairwise precision and recall)
# on reprints generated from the same real texts. Usage: bench/analysis-eval.sh
# A held-out check: bench/analysis-eval.sh --bulletin B.md... --negative T.txt... (items of the bulletins
# as positives, passages of the texts as negatives; the model trained on the built-in set only).
set -euo pipefail
args=()
for a in "$@"; do
  if [[ -e "$a" ]]; then args+=("$(realpath "$a")"); else args+=("$a"); fi
done
cd "$(dirname "$0")/.."
. bench/classpath.sh
exec java -cp "$cp" cn.hinews.core.bench.AnalysisEval ${args[@]+"${args[@]}"}
