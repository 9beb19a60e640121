#!/usr/bin/env bash
# Prove that a backup restores: dump DATABASE_URL with pg_dump (custom format), restore it into a scratch database
# on the same server, and compare every table's row count and the audit log's append-only trigger. Removes the
# scratch database and the dump afterwards, whatever happens. Exit 0 only when the restore is complete.
#
# usage: scripts/backup-restore-check.sh [DATABASE_URL]      (docs/security.md, "Backups")
set -euo pipefail

url=${1:-${DATABASE_URL:?give a DATABASE_URL}}
python=$(command -v python3)
read -r host port user dbname < <("$python" - "$url" <<'PY'
import sys
from urllib.parse import unquote, urlsplit

u = urlsplit(sys.argv[1])
print(u.hostname or "127.0.0.1", u.port or 5432, unquote(u.username or "postgres"), u.path.lstrip("/"))
PY
)
password=$("$python" -c 'import sys; from urllib.parse import unquote, urlsplit; print(unquote(urlsplit(sys.argv[1]).password or ""))' "$url")
if [ -n "$password" ]; then export PGPASSWORD="$password"; fi
export PGHOST="$host" PGPORT="$port" PGUSER="$user"

scratch="${dbname}_restorecheck_$$"
dump=$(mktemp --suffix=.dump)
cleanup() {
    rm -f "$dump"
    dropdb --if-exists "$scratch" >/dev/null 2>&1 || true
}
trap cleanup EXIT

counts() {
    psql -X -A -t -d "$1" -v ON_ERROR_STOP=1 <<'SQL'
SELECT format('SELECT %L || '' '' || count(*) FROM %I.%I;', table_name, table_schema, table_name)
FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name
\gexec
SQL
}

pg_dump --format=custom --no-owner --file="$dump" "$dbname"
createdb "$scratch"
pg_restore --no-owner --exit-on-error --dbname="$scratch" "$dump"

before=$(counts "$dbname")
after=$(counts "$scratch")
if [ "$before" != "$after" ]; then
    echo "restore differs from the original:" >&2
    diff <(echo "$before") <(echo "$after") >&2 || true
    exit 1
fi
trigger=$(psql -X -A -t -d "$scratch" -c "SELECT count(*) FROM pg_trigger WHERE tgname = 'audit_event_append_only'")
if [ "$trigger" != "1" ]; then
    echo "the restored audit log is not append-only (trigger missing)" >&2
    exit 1
fi
echo "restore complete: $(echo "$before" | wc -l) tables, $(echo "$before" | awk '{s += $2} END {print s}') rows, audit log append-only"
