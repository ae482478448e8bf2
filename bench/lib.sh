# Shared by bench/*/run.sh (sourced, not run): the checkout's root as working directory, the benchmarks compiled with
# their class path, the choice of database, and PostgreSQL databases made for a run.
#
#   bench_init "$@"        first argument h2, pg or both (the default); cd to the checkout's root
#   bench_build            compiles the tests and sets BENCH_CP; Maven goes online to fetch what the local repository
#                          lacks (a fresh machine), or stays offline with BENCH_OFFLINE=1
#   bench_wants h2|pg      true when the run asked for that database
#   bench_pg_create DB     creates database DB on PG_HOST:PG_PORT (127.0.0.1:5432, user postgres) if missing
#   bench_pg_recreate DB   drops and creates it
#   bench_pg_url DB        its JDBC URL
#
# On a machine shared with other builds, run the whole script under one lock (flock LOCKFILE bench/x/run.sh): the
# script takes none itself, so that such a lock cannot deadlock against it.

bench_init() {
  BENCH_TARGET=${1:-both}
  case "$BENCH_TARGET" in
    h2 | pg | both) ;;
    *) echo "usage: $0 [h2|pg|both]" >&2; exit 2 ;;
  esac
  cd "$(dirname "${BASH_SOURCE[0]}")/.."
  PG_HOST=${PG_HOST:-127.0.0.1}
  PG_PORT=${PG_PORT:-5432}
}

bench_build() {
  local mvn=(./mvnw -q -B -ntp)
  if [ "${BENCH_OFFLINE:-0}" = 1 ]; then mvn+=(-o); fi
  "${mvn[@]}" test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
  BENCH_CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
}

bench_wants() {
  [ "$BENCH_TARGET" = "$1" ] || [ "$BENCH_TARGET" = both ]
}

bench_psql() {
  psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"
}

bench_pg_create() {
  bench_psql -tc "select 1 from pg_database where datname = '$1'" | grep -q 1 || bench_psql -c "create database $1"
}

bench_pg_recreate() {
  bench_psql -c "drop database if exists $1"
  bench_psql -c "create database $1"
}

bench_pg_url() {
  echo "jdbc:postgresql://$PG_HOST:$PG_PORT/$1"
}
