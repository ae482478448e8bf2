#!/usr/bin/env bash
# Times the dashboard on 20,000 made-up cadres × 12 quarters (service calls and the page over HTTP), on H2 (file, the
# embedded default) and, when reachable, on PostgreSQL (database "bench_dashboard", dropped and created again).
# Usage: bench/dashboard/run.sh [h2|pg|both]
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
bench_init "$@"
bench_build
MAIN=vn.danhgia.reporting.dashboard.DashboardBenchmark
OPTS=(-Xmx${BENCH_HEAP:-512m} ${BENCH_OPTS:-})

if bench_wants h2; then
  rm -rf target/bench-dashboard
  java "${OPTS[@]}" -cp "$BENCH_CP" "$MAIN"
fi
if bench_wants pg; then
  # A fresh database each time: the load is left in place afterwards (to look at plans with EXPLAIN), and deleting
  # 240,000 ratings one foreign-key check at a time would take longer than the whole run.
  bench_pg_recreate bench_dashboard
  java "${OPTS[@]}" -Dbench.url="$(bench_pg_url bench_dashboard)" -Dbench.user=postgres -cp "$BENCH_CP" "$MAIN"
fi
