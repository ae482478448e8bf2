#!/usr/bin/env bash
# Times the decision board of a 2,000-cadre authority in a 20,000-cadre province (statements, service call, page and API
# over HTTP), on H2 (file, the embedded default) and, when reachable, on PostgreSQL (database "h_board_bench", dropped
# and created again, dropped after). Usage: bench/decision-board/run.sh [h2|pg|both]
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:-both}
# The whole run holds the build lock when there is one, so that the figures are not shared with another build.
if [ -e /tmp/danhgia-mvn.lock ] && [ -z "${DANHGIA_LOCKED:-}" ]; then
  exec env DANHGIA_LOCKED=1 flock /tmp/danhgia-mvn.lock "$0" "$@"
fi
./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
MAIN=vn.danhgia.decision.DecisionBoardBenchmark
OPTS=(-Xmx${BENCH_HEAP:-1g} ${BENCH_OPTS:-})
DB=${BENCH_DB:-h_board_bench}

if [ "$target" = h2 ] || [ "$target" = both ]; then
  rm -rf target/bench-decision
  java "${OPTS[@]}" -cp "$CP" "$MAIN"
fi
if [ "$target" = pg ] || [ "$target" = both ]; then
  PG_HOST=${PG_HOST:-127.0.0.1}
  PG_PORT=${PG_PORT:-5432}
  psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -qc "drop database if exists $DB"
  psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -qc "create database $DB"
  java "${OPTS[@]}" -Dbench.url="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" -Dbench.user=postgres -cp "$CP" "$MAIN"
  psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -qc "drop database if exists $DB"
fi
