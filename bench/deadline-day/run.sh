#!/usr/bin/env bash
# The morning of a self-assessment deadline (issue 15 §1, §5): 20,000 cadres on PostgreSQL, 200 virtual users over
# HTTP, one node, two nodes, two nodes with faults, each beside the plain JDBC baseline of the same run; fails when the
# counting after a run finds a lost, duplicated or half-written submission.
# Usage: bench/deadline-day/run.sh [one|two|faults|all]   (BENCH_OPTS="-Dbench.seconds=30 ..." to change settings)
set -euo pipefail
cd "$(dirname "$0")/../.."
# The whole run holds the machine's build lock, so that nothing else skews its figures.
if [ -e /tmp/danhgia-mvn.lock ] && [ -z "${DEADLINE_DAY_LOCKED:-}" ]; then
  exec env DEADLINE_DAY_LOCKED=1 flock /tmp/danhgia-mvn.lock "$0" "$@"
fi
case "${1:-all}" in
  one|two|faults) scenarios=$1 ;;
  all) scenarios=one,two,faults ;;
  *) echo "usage: $0 [one|two|faults|all]" >&2; exit 2 ;;
esac
MVN=(./mvnw -q -B)
if [ -z "${BENCH_ONLINE:-}" ]; then MVN+=(-o); fi
"${MVN[@]}" test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
DB=${BENCH_DB:-bench_deadline}
psql -q -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -c "drop database if exists $DB" -c "create database $DB"
java -Xmx${BENCH_HEAP:-2g} -Dbench.url="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" -Dbench.user=postgres \
  -Dbench.scenarios="$scenarios" ${BENCH_OPTS:-} -cp "$CP" vn.danhgia.reporting.DeadlineDayBenchmark
