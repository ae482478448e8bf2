#!/usr/bin/env bash
# Times the progress board on 20,000 made-up cadres, on H2 (file, the embedded default) and, when reachable, on
# PostgreSQL (database "bench", made afresh). Usage: bench/progress-board/run.sh [h2|pg|both]
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
bench_init "$@"
bench_build
MAIN=vn.danhgia.reporting.progress.ProgressBoardBenchmark
OPTS=(-Xmx2g ${BENCH_OPTS:-})

if bench_wants h2; then
  rm -rf target/bench
  java "${OPTS[@]}" -cp "$BENCH_CP" "$MAIN"
fi
if bench_wants pg; then
  bench_pg_recreate bench
  java "${OPTS[@]}" -Dbench.url="$(bench_pg_url bench)" -Dbench.user=postgres -cp "$BENCH_CP" "$MAIN"
fi
