#!/usr/bin/env bash
# The morning of a self-assessment deadline (issue 15 §1, §5): 20,000 cadres on PostgreSQL, 200 virtual users over
# HTTP, one node, two nodes, two nodes with faults, each beside the plain JDBC baseline of the same run; fails when the
# counting after a run finds a lost, duplicated or half-written submission.
# Usage: bench/deadline-day/run.sh [one|two|faults|all]   (BENCH_OPTS="-Dbench.seconds=30 ..." to change settings)
# On a machine shared with other builds, run it under their lock (flock LOCKFILE bench/deadline-day/run.sh all).
set -euo pipefail
case "${1:-all}" in
  one|two|faults) scenarios=$1 ;;
  all) scenarios=one,two,faults ;;
  *) echo "usage: $0 [one|two|faults|all]" >&2; exit 2 ;;
esac
. "$(dirname "$0")/../lib.sh"
bench_init pg
bench_build
DB=${BENCH_DB:-bench_deadline}
bench_pg_recreate "$DB"
java -Xmx${BENCH_HEAP:-2g} -Dbench.url="$(bench_pg_url "$DB")" -Dbench.user=postgres \
  -Dbench.scenarios="$scenarios" ${BENCH_OPTS:-} -cp "$BENCH_CP" vn.danhgia.reporting.DeadlineDayBenchmark
