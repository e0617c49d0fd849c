#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the store's contract
# tests and prints the URL to use as SUANLI_TEST_DATABASE_URL.
#   scripts/postgres-test-server.sh start DIR [PORT]   (DIR is created and owned by the server;
#                                                      the first free port from PORT, default 54329)
#   scripts/postgres-test-server.sh stop DIR
# Needs Debian's postgresql package (apt-get install -y postgresql).
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?data directory}
port=${3:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
      # The server runs as the postgres user, which must be able to reach the directory.
      chmod a+x "$(dirname "$dir")"
      chown postgres:postgres "$dir"
    fi
    # The first free port from the one asked for.
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_pg "$bin/initdb" -D "$dir" -U postgres --auth=trust >/dev/null
    fi
    as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null
    as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'suanli_test'" | grep -q 1 \
      || as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres suanli_test
    echo "postgres://postgres@127.0.0.1:$port/suanli_test"
    ;;
  stop)
    as_pg "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
    ;;
  *) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
