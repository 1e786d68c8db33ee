#!/usr/bin/env bash
# A throwaway PostgreSQL server for one test run: initdb into a temporary folder, trust authentication on
# 127.0.0.1 only, a free loopback port, no system service. Sourced by tests/run.sh (and by the benchmarks):
#   source tests/postgres.sh; postgres_start; ...; postgres_stop
# postgres_start exports EVENTHUB_TEST_POSTGRES, the connection string of the server's "postgres" database,
# as user "eh" (a superuser: each test creates and drops a database of its own).

# pg_config (postgresql-common) names the server binaries' folder; the newest installed major version otherwise.
postgres_bin() {
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return; fi
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

# initdb refuses to run as root (CI runs as root), so the server then belongs to the "postgres" user.
postgres_as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_start() {
    local bin port
    bin=$(postgres_bin)
    POSTGRES_DIR=$(mktemp -d /tmp/eventhub-postgres-XXXXXX)
    chmod 755 "$POSTGRES_DIR"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$POSTGRES_DIR"; fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    postgres_as_owner "$bin/initdb" -D "$POSTGRES_DIR/data" -A trust -U eh --no-sync -E UTF8 --locale=C.UTF-8 >"$POSTGRES_DIR/initdb.log" 2>&1 \
        || { cat "$POSTGRES_DIR/initdb.log" >&2; return 1; }
    # Trust on 127.0.0.1 only: the generated pg_hba.conf also trusts the Unix socket, kept inside the folder.
    postgres_as_owner "$bin/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/server.log" -w -t 30 \
        -o "-p $port -k $POSTGRES_DIR -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null \
        || { cat "$POSTGRES_DIR/server.log" >&2; return 1; }
    export POSTGRES_DIR
    export EVENTHUB_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=eh;Database=postgres"
}

postgres_stop() {
    [ -n "${POSTGRES_DIR:-}" ] || return 0
    postgres_as_owner "$(postgres_bin)/pg_ctl" -D "$POSTGRES_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$POSTGRES_DIR"
    unset POSTGRES_DIR EVENTHUB_TEST_POSTGRES
}
