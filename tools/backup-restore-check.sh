#!/usr/bin/env bash
# Backs up a danhgia database the way docs/operations.md tells operators to (pg_dump, custom format), restores it into
# a new database with pg_restore, and proves the copy whole: the same schema (columns, constraints, indexes), the same
# number of rows in every table, the same sequence positions, the same Flyway history, and every migration
# this checkout ships recorded there as applied. The restored database is dropped afterwards; the source is only read.
# .ci/run runs it on the database the PostgreSQL persistence suite filled.
#
# Usage: tools/backup-restore-check.sh [SOURCE_DATABASE]   (default "test"; PG_HOST, PG_PORT, PG_USER as in .ci/run;
#        RESTORED_DATABASE, default "ci_backup_restored", is dropped and created)
set -euo pipefail
cd "$(dirname "$0")/.."

SOURCE=${1:-test}
RESTORED=${RESTORED_DATABASE:-ci_backup_restored}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
export PGHOST=$PG_HOST PGPORT=$PG_PORT PGUSER=$PG_USER
MIGRATIONS="src/main/resources/db/migration src/main/java/db/migration"

if [ "$SOURCE" = "$RESTORED" ]; then
  echo "The restored database must not be the source" >&2
  exit 2
fi

work=$(mktemp -d)
cleanup() {
  psql -q -d postgres -c "drop database if exists $RESTORED" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

sql() { # database, statement: unaligned rows, fields separated by |
  psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"
}

# pg_dump refuses a server of a later major version than its own, and an older pg_restore may not read its archive.
server_major=$(sql postgres "show server_version_num")
server_major=$((server_major / 10000))
client_major=$(pg_dump --version | sed -E 's/^[^0-9]*([0-9]+).*/\1/')
if [ "$client_major" -lt "$server_major" ]; then
  echo "pg_dump $client_major cannot back up PostgreSQL $server_major: install the client tools of $server_major" >&2
  exit 1
fi
echo "== backup of $SOURCE (PostgreSQL $server_major, pg_dump $client_major) into $RESTORED"

started=$(date +%s)
pg_dump -Fc -d "$SOURCE" -f "$work/backup.dump"
dumped=$(date +%s)
PGOPTIONS="-c client_min_messages=warning" psql -q -d postgres -v ON_ERROR_STOP=1 \
  -c "drop database if exists $RESTORED" -c "create database $RESTORED"
pg_restore --exit-on-error --no-owner -d "$RESTORED" "$work/backup.dump"
restored=$(date +%s)
echo "   pg_dump -Fc: $((dumped - started)) s, $(du -h "$work/backup.dump" | cut -f1);" \
  "pg_restore: $((restored - dumped)) s"

# The schema compared through the catalogue: PostgreSQL prints a restored CHECK (x IN (…)) differently from the one the
# migration created, so two dumps of the same schema do not compare as text.
USER_SCHEMAS="not in ('pg_catalog', 'information_schema', 'pg_toast')"
COLUMNS="select table_schema || '.' || table_name || '.' || column_name || '|' || data_type || '|'
    || coalesce(character_maximum_length::text, '') || '|' || is_nullable || '|' || coalesce(column_default, '')
  from information_schema.columns where table_schema $USER_SCHEMAS order by 1"
CONSTRAINTS="select c.conrelid::regclass::text || '|' || c.conname || '|' || c.contype::text || '|'
    || case when c.contype = 'c' then '' else pg_get_constraintdef(c.oid) end
  from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname $USER_SCHEMAS order by 1"
INDEXES="select schemaname || '.' || indexname || '|' || indexdef from pg_indexes where schemaname $USER_SCHEMAS
  order by 1"
ROW_COUNTS="select table_schema || '.' || table_name || '|' || (xpath('/row/c/text()', query_to_xml(
    format('select count(*) as c from %I.%I', table_schema, table_name), false, true, '')))[1]::text
  from information_schema.tables
  where table_type = 'BASE TABLE' and table_schema $USER_SCHEMAS
  order by 1"
SEQUENCES="select schemaname || '.' || sequencename || '|' || coalesce(last_value::text, 'unused')
  from pg_sequences order by 1"
HISTORY="select installed_rank || '|' || coalesce(version, 'R') || '|' || script || '|' || coalesce(checksum::text, '')
    || '|' || success
  from flyway_schema_history order by installed_rank"
for check in COLUMNS CONSTRAINTS INDEXES ROW_COUNTS SEQUENCES HISTORY; do
  sql "$SOURCE" "${!check}" >"$work/source-$check"
  sql "$RESTORED" "${!check}" >"$work/restored-$check"
  if ! diff -u "$work/source-$check" "$work/restored-$check" >&2; then
    echo "The restored database differs from the source: $check" >&2
    exit 1
  fi
done
tables=$(wc -l <"$work/source-ROW_COUNTS")
rows=$(awk -F'|' '{ n += $2 } END { print n + 0 }' "$work/source-ROW_COUNTS")
if [ "$rows" -eq 0 ]; then
  echo "The source database $SOURCE holds no rows: nothing was proved" >&2
  exit 1
fi

# Flyway's validate, by hand: every migration of this checkout applied successfully, none failed, none unknown.
grep -v '|true$' "$work/restored-HISTORY" >&2 && { echo "Failed migrations in the history" >&2; exit 1; }
# shellcheck disable=SC2086 # two folders
ls $MIGRATIONS | sed -nE 's/^V([0-9_.]+)__.*\.(sql|java)$/\1/p' | tr _ . | sort -V >"$work/shipped"
cut -d'|' -f2 "$work/restored-HISTORY" | grep -v '^R$' | grep -v '^0$' | sort -V >"$work/applied" || true
if ! diff -u "$work/shipped" "$work/applied" >&2; then
  echo "The restored history does not match the migrations of this checkout ($MIGRATIONS)" >&2
  exit 1
fi

echo "   restored whole: $tables tables, $(wc -l <"$work/source-COLUMNS") columns," \
  "$(wc -l <"$work/source-CONSTRAINTS") constraints, $(wc -l <"$work/source-INDEXES") indexes, $rows rows," \
  "$(wc -l <"$work/source-SEQUENCES") sequences," \
  "$(wc -l <"$work/shipped") migrations (latest V$(tail -1 "$work/shipped")) as in $MIGRATIONS"
