#!/usr/bin/env bash
# Writes Mẫu 06 for 50,000 made-up ratings within a 128 MB heap, on H2 (file, the embedded default) and, when
# reachable, on PostgreSQL (database "bench_xlsx" or $PG_DB, created if missing). Usage: bench/quarterly-xlsx/run.sh [h2|pg|both]
set -euo pipefail
. "$(dirname "$0")/../lib.sh"
bench_init "$@"
bench_build
MAIN=vn.danhgia.reporting.QuarterlyXlsxBenchmark
OPTS=(-Xmx${BENCH_HEAP:-128m} ${BENCH_OPTS:-})

if bench_wants h2; then
  rm -rf target/bench-xlsx
  java "${OPTS[@]}" -cp "$BENCH_CP" "$MAIN"
fi
if bench_wants pg; then
  PG_DB=${PG_DB:-bench_xlsx}
  bench_pg_create "$PG_DB"
  java "${OPTS[@]}" -Dbench.url="$(bench_pg_url "$PG_DB")" -Dbench.user=postgres -cp "$BENCH_CP" "$MAIN"
fi
