#!/usr/bin/env bash
# Times the dashboard on 20,000 made-up cadres × 12 quarters (service calls and the page over HTTP), on H2 (file, the
# embedded default) and, when reachable, on PostgreSQL (database "bench_dashboard", dropped and created again).
# Usage: bench/dashboard/run.sh [h2|pg|both]
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:-both}
MVN=(./mvnw -q -B -o)
if [ -e /tmp/danhgia-mvn.lock ]; then MVN=(flock /tmp/danhgia-mvn.lock "${MVN[@]}"); fi
"${MVN[@]}" test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
MAIN=vn.danhgia.reporting.DashboardBenchmark
OPTS=(-Xmx${BENCH_HEAP:-512m} ${BENCH_OPTS:-})

if [ "$target" = h2 ] || [ "$target" = both ]; then
  rm -rf target/bench-dashboard
  java "${OPTS[@]}" -cp "$CP" "$MAIN"
fi
if [ "$target" = pg ] || [ "$target" = both ]; then
  PG_HOST=${PG_HOST:-127.0.0.1}
  PG_PORT=${PG_PORT:-5432}
  # A fresh database each time: the load is left in place afterwards (to look at plans with EXPLAIN), and deleting
  # 240,000 ratings one foreign-key check at a time would take longer than the whole run.
  psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -c "drop database if exists bench_dashboard"
  psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -c "create database bench_dashboard"
  java "${OPTS[@]}" -Dbench.url="jdbc:postgresql://$PG_HOST:$PG_PORT/bench_dashboard" -Dbench.user=postgres -cp "$CP" "$MAIN"
fi
