#!/usr/bin/env bash
# The analysis evaluation: relevance (ROC-AUC, precision at k, the rank of every positive; the taxonomy,
# the naive Bayes model and their blend, the model under 5-fold cross-validation) on the evaluation set
# in hinews-core/src/test/resources/analysis/eval, and reprint clustering (pairwise precision and recall)
# on reprints generated from the same real texts. Usage: bench/analysis-eval.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/classpath.sh
exec java -cp "$cp" cn.hinews.core.bench.AnalysisEval "$@"
