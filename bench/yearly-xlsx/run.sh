#!/usr/bin/env bash
# Writes the province's consolidated report for 2026 (yearly Mẫu 04/05/06 of 50,000 made-up cadres, counts, quota,
# late submissions, discrepancies, alerts) within a 128 MB heap, on H2 and, when reachable, on PostgreSQL, with the
# quarterly tables' harness in its year mode. Usage: bench/yearly-xlsx/run.sh [h2|pg|both]
set -euo pipefail
BENCH_OPTS="-Dbench.report=year ${BENCH_OPTS:-}" exec "$(dirname "$0")/../quarterly-xlsx/run.sh" "$@"
