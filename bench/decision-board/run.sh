#!/usr/bin/env bash
# Times the decision board of a 2,000-cadre authority in a 20,000-cadre province (statements, service call, page and API
# over HTTP), on H2 (file, the embedded default) and, when reachable, on PostgreSQL (database "bench_decision", dropped
# and created again, dropped after). Usage: bench/decision-board/run.sh [h2|pg|both]
# On a machine shared with other builds, run it under their lock (flock LOCKFILE bench/decision-board/run.sh pg).
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
bench_init "$@"
bench_build
MAIN=vn.danhgia.decision.DecisionBoardBenchmark
OPTS=(-Xmx${BENCH_HEAP:-1g} ${BENCH_OPTS:-})
DB=${BENCH_DB:-bench_decision}

if bench_wants h2; then
  rm -rf target/bench-decision
  java "${OPTS[@]}" -cp "$BENCH_CP" "$MAIN"
fi
if bench_wants pg; then
  bench_pg_recreate "$DB"
  java "${OPTS[@]}" -Dbench.url="$(bench_pg_url "$DB")" -Dbench.user=postgres -cp "$BENCH_CP" "$MAIN"
  bench_psql -qc "drop database if exists $DB"
fi
