#!/usr/bin/env bash
# Run a command with PostgreSQL and Redis available, exporting DATABASE_URL and REDIS_URL.
#
# When the servers DATABASE_URL / REDIS_URL point at (defaults: the test settings' defaults) answer, they are used
# as they are. Otherwise a throwaway PostgreSQL cluster and Redis server are started on free ports on 127.0.0.1
# (installing the Debian packages first when missing and we are root), and stopped and removed when the command
# ends, whatever way it ends. The command's exit code is passed on.
#
# usage: scripts/with-services.sh COMMAND [ARG...]
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
python=$(command -v python3 || command -v python)

DEFAULT_DATABASE_URL="postgres://postgres@127.0.0.1:5432/samenduiden"
DEFAULT_REDIS_URL="redis://127.0.0.1:6379/15"
DATABASE_URL=${DATABASE_URL:-$DEFAULT_DATABASE_URL}
REDIS_URL=${REDIS_URL:-$DEFAULT_REDIS_URL}

log() { echo "with-services: $*" >&2; }

# Prints one field of a URL: scheme, host, port, path (without the leading slash).
url_part() {
    "$python" - "$1" "$2" <<'PY'
import sys
from urllib.parse import urlsplit

url, part = urlsplit(sys.argv[1]), sys.argv[2]
defaults = {"postgres": 5432, "postgresql": 5432, "pgsql": 5432, "psql": 5432, "redis": 6379, "rediss": 6379}
value = {
    "scheme": url.scheme,
    "host": url.hostname or "127.0.0.1",
    "port": url.port or defaults.get(url.scheme, 0),
    "path": url.path.lstrip("/"),
}[part]
print(value)
PY
}

# Succeeds when something accepts TCP connections at host:port; for Redis it must also answer PING.
tcp_answers() {
    "$python" - "$1" "$2" "$3" <<'PY'
import socket
import sys

host, port, kind = sys.argv[1], int(sys.argv[2]), sys.argv[3]
try:
    with socket.create_connection((host, port), timeout=3) as conn:
        if kind == "redis":
            conn.sendall(b"PING\r\n")
            reply = conn.recv(64)
            # -NOAUTH: a server that wants a password is still a server the URL's credentials are meant for.
            sys.exit(0 if reply.startswith((b"+PONG", b"-NOAUTH")) else 1)
except OSError:
    sys.exit(1)
PY
}

postgres_answers() {
    if command -v pg_isready >/dev/null 2>&1; then
        pg_isready -q -t 3 -h "$(url_part "$1" host)" -p "$(url_part "$1" port)"
    else
        tcp_answers "$(url_part "$1" host)" "$(url_part "$1" port)" postgres
    fi
}

redis_answers() {
    local scheme
    scheme=$(url_part "$1" scheme)
    if [ "$scheme" = "rediss" ]; then
        tcp_answers "$(url_part "$1" host)" "$(url_part "$1" port)" tcp
    else
        tcp_answers "$(url_part "$1" host)" "$(url_part "$1" port)" redis
    fi
}

# First port from $1 upwards that nothing listens on.
free_port() {
    "$python" - "$1" <<'PY'
import socket
import sys

for port in range(int(sys.argv[1]), int(sys.argv[1]) + 100):
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            continue
    print(port)
    break
else:
    sys.exit("no free port")
PY
}

case "$(url_part "$DATABASE_URL" scheme)" in
    postgres | postgresql | pgsql | psql) ;;
    *)
        # The test gate runs against PostgreSQL, never against a developer's SQLite database.
        log "DATABASE_URL is not a PostgreSQL URL; using $DEFAULT_DATABASE_URL instead"
        DATABASE_URL=$DEFAULT_DATABASE_URL
        ;;
esac

workdir=""
pg_bindir=""
pg_data=""
pg_started=""
redis_pidfile=""
as_postgres=()

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [ -n "$pg_started" ]; then
        log "stopping throwaway PostgreSQL"
        "${as_postgres[@]}" "$pg_bindir/pg_ctl" -D "$pg_data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    if [ -n "$redis_pidfile" ] && [ -s "$redis_pidfile" ]; then
        log "stopping throwaway Redis"
        local pid
        pid=$(cat "$redis_pidfile")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    if [ -n "$workdir" ]; then
        rm -rf "$workdir"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_workdir() {
    if [ -z "$workdir" ]; then
        workdir=$(mktemp -d "${TMPDIR:-/tmp}/samenduiden-services.XXXXXX")
        chmod 755 "$workdir"
    fi
}

find_pg_bindir() {
    local dir
    # Debian keeps the server binaries out of PATH, one directory per major version; take the newest.
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return
        fi
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v pg_ctl)"
    fi
}

start_postgres() {
    pg_bindir=$(find_pg_bindir)
    if [ -z "$pg_bindir" ]; then
        "$here/apt-install.sh" postgresql
        pg_bindir=$(find_pg_bindir)
    fi
    if [ -z "$pg_bindir" ]; then
        log "no PostgreSQL server binaries (initdb, pg_ctl) found"
        exit 1
    fi

    ensure_workdir
    local pg_dir="$workdir/pg"
    mkdir "$pg_dir"
    if [ "$(id -u)" -eq 0 ]; then
        # PostgreSQL refuses to run as root.
        if ! id postgres >/dev/null 2>&1; then
            useradd --system --user-group --home-dir /nonexistent --shell /usr/sbin/nologin postgres
        fi
        chown postgres: "$pg_dir"
        if command -v runuser >/dev/null 2>&1; then
            as_postgres=(runuser -u postgres --)
        else
            as_postgres=(su postgres -s /bin/sh -c '"$0" "$@"')
        fi
    fi
    chmod 700 "$pg_dir"
    pg_data="$pg_dir/data"

    local port
    port=$(free_port 55432)
    log "starting throwaway PostgreSQL ($pg_bindir) on 127.0.0.1:$port"
    "${as_postgres[@]}" "$pg_bindir/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --no-locale \
        >"$workdir/initdb.log" 2>&1 || {
        cat "$workdir/initdb.log" >&2
        exit 1
    }
    pg_started=1
    # Durability is worthless for a database that is deleted in a minute; speed is not.
    "${as_postgres[@]}" "$pg_bindir/pg_ctl" -D "$pg_data" -l "$pg_dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null || {
        cat "$pg_dir/server.log" >&2
        exit 1
    }

    local dbname
    dbname=$(url_part "$DATABASE_URL" path)
    dbname=${dbname:-samenduiden}
    "$pg_bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres "$dbname"
    DATABASE_URL="postgres://postgres@127.0.0.1:$port/$dbname"
}

start_redis() {
    if ! command -v redis-server >/dev/null 2>&1; then
        "$here/apt-install.sh" redis-server
    fi
    if ! command -v redis-server >/dev/null 2>&1; then
        log "no redis-server found"
        exit 1
    fi

    ensure_workdir
    local port db
    port=$(free_port 56379)
    db=$(url_part "$REDIS_URL" path)
    db=${db:-15}
    log "starting throwaway Redis on 127.0.0.1:$port"
    redis_pidfile="$workdir/redis.pid"
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
        --dir "$workdir" --pidfile "$redis_pidfile" --logfile "$workdir/redis.log"
    for _ in $(seq 100); do
        if tcp_answers 127.0.0.1 "$port" redis; then
            REDIS_URL="redis://127.0.0.1:$port/$db"
            return
        fi
        sleep 0.1
    done
    log "throwaway Redis did not answer"
    cat "$workdir/redis.log" >&2 || true
    exit 1
}

# libpq spelling of a URL with the database swapped for $2 (libpq knows postgres:// and postgresql:// only).
libpq_url() {
    "$python" - "$1" "$2" <<'PY'
import sys
from urllib.parse import urlsplit, urlunsplit

url = urlsplit(sys.argv[1])
print(urlunsplit(("postgresql", url.netloc, "/" + sys.argv[2], url.query, "")))
PY
}

# The settings connect to the URL's database (makemigrations checks its history there); pytest-django creates its
# own test_ database next to it. Best effort: without the client tools, or without the right, we only warn.
ensure_database() {
    local dbname
    dbname=$(url_part "$DATABASE_URL" path)
    if [ -z "$dbname" ] || ! command -v psql >/dev/null 2>&1 || ! command -v createdb >/dev/null 2>&1; then
        return 0
    fi
    if psql -d "$(libpq_url "$DATABASE_URL" "$dbname")" -Atqc 'select 1' >/dev/null 2>&1; then
        return 0
    fi
    if createdb --maintenance-db="$(libpq_url "$DATABASE_URL" postgres)" "$dbname" 2>/dev/null; then
        log "created database $dbname"
    else
        log "database $dbname does not exist and could not be created; continuing"
    fi
}

if postgres_answers "$DATABASE_URL"; then
    log "using PostgreSQL at $(url_part "$DATABASE_URL" host):$(url_part "$DATABASE_URL" port)"
    ensure_database
else
    log "PostgreSQL at $(url_part "$DATABASE_URL" host):$(url_part "$DATABASE_URL" port) does not answer"
    start_postgres
fi

if redis_answers "$REDIS_URL"; then
    log "using Redis at $(url_part "$REDIS_URL" host):$(url_part "$REDIS_URL" port)"
else
    log "Redis at $(url_part "$REDIS_URL" host):$(url_part "$REDIS_URL" port) does not answer"
    start_redis
fi

export DATABASE_URL REDIS_URL
# Lets the Makefile know not to wrap a nested target a second time.
export SAMEN_DUIDEN_SERVICES=1

set +e
"$@"
rc=$?
set -e
exit "$rc"
