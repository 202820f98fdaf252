#!/usr/bin/env bash
# The long hostile-input run, on demand: CASES generated workbooks (default 100,000) through the engine, and the
# same shares as in CI through the Office.js adapter (1/20), the .xlsx files (1/40) and the pane (1/500, at
# least 50), from FIRST_SEED on (default 10,001: the seeds after those CI runs). A failure names the seed that
# reproduces it.
#   bash scripts/hostile.sh [CASES] [FIRST_SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
export HOSTILE_CASES="${1:-100000}" HOSTILE_FIRST_SEED="${2:-10001}"
exec npx jest --selectProjects unit --testPathPatterns 'hostile\.test'
