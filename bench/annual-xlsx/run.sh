#!/usr/bin/env bash
# Writes the yearly summary tables (Biểu số 01 and 02 with the list of 50,000 made-up civil servants' yearly ratings)
# within a 128 MB heap, on H2 and, when reachable, on PostgreSQL, with the quarterly tables' harness in its annual
# mode. Usage: bench/annual-xlsx/run.sh [h2|pg|both]
set -euo pipefail
BENCH_OPTS="-Dbench.report=annual ${BENCH_OPTS:-}" exec "$(dirname "$0")/../quarterly-xlsx/run.sh" "$@"
