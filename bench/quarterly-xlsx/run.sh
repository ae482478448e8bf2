#!/usr/bin/env bash
# Writes Mẫu 06 for 50,000 made-up ratings within a 128 MB heap, on H2 (file, the embedded default) and, when
# reachable, on PostgreSQL (database "bench_xlsx" or $PG_DB, created if missing). Usage: bench/quarterly-xlsx/run.sh [h2|pg|both]
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:-both}
MVN=(./mvnw -q -B -o)
if [ -e /tmp/danhgia-mvn.lock ]; then MVN=(flock /tmp/danhgia-mvn.lock "${MVN[@]}"); fi
"${MVN[@]}" test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
MAIN=vn.danhgia.reporting.QuarterlyXlsxBenchmark
OPTS=(-Xmx${BENCH_HEAP:-128m} ${BENCH_OPTS:-})

if [ "$target" = h2 ] || [ "$target" = both ]; then
  rm -rf target/bench-xlsx
  java "${OPTS[@]}" -cp "$CP" "$MAIN"
fi
if [ "$target" = pg ] || [ "$target" = both ]; then
  PG_HOST=${PG_HOST:-127.0.0.1}
  PG_PORT=${PG_PORT:-5432}
  PG_DB=${PG_DB:-bench_xlsx}
  psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -tc "select 1 from pg_database where datname = '$PG_DB'" \
    | grep -q 1 || psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -c "create database $PG_DB"
  java "${OPTS[@]}" -Dbench.url="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB" -Dbench.user=postgres -cp "$CP" "$MAIN"
fi
