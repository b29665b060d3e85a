#!/usr/bin/env bash
# A PostgreSQL primary and a streaming replica for XiaoAn with Debian's server packages (PostgreSQL 15 here).
#   deploy/db.sh primary DATA PORT            initdb, start, roles xiaoan_owner (migrations) and xiaoan_app
#                                             (the platform), database xiaoan owned by xiaoan_owner
#   deploy/db.sh replica PRIMARY_PORT DATA PORT   pg_basebackup -R -X stream from the primary, start as hot standby
#   deploy/db.sh start|stop|kill DATA         pg_ctl start / stop -m fast / stop -m immediate
# The servers listen on 127.0.0.1 with trust authentication, which suits one machine and this recipe's fault
# test; across machines, set listen_addresses, scram-sha-256 passwords for both roles and a replication role in
# pg_hba.conf (README). As root the tools run as the postgres user, which PostgreSQL requires.
set -euo pipefail
bin=${PG_BIN:-/usr/lib/postgresql/15/bin}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
own() { mkdir -p "$1"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$1"; chmod 700 "$1"; }
opts() { echo "-p $1 -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200 -c hot_standby_feedback=on"; }
start() { # DATA PORT
  as_pg "$bin/pg_ctl" -D "$1" -w -t 60 -l "$1/server.log" -o "$(opts "$2" "$1")" start >/dev/null
}
case "$1" in
  primary)
    data=$2; port=$3; own "$data"
    as_pg "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    echo "$port" > "$data/xiaoan.port"
    start "$data" "$port"
    psql -h 127.0.0.1 -p "$port" -U postgres -qAt -v ON_ERROR_STOP=1 <<'SQL'
create role xiaoan_owner login;
create role xiaoan_app login;
create database xiaoan owner xiaoan_owner;
SQL
    ;;
  replica)
    primary=$2; data=$3; port=$4; own "$data"
    as_pg "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary" -U postgres -D "$data" -R -X stream -c fast
    echo "$port" > "$data/xiaoan.port"
    start "$data" "$port"
    ;;
  start) start "$2" "$(cat "$2/xiaoan.port")" ;;
  stop) as_pg "$bin/pg_ctl" -D "$2" -m fast -w stop >/dev/null ;;
  kill) as_pg "$bin/pg_ctl" -D "$2" -m immediate -w stop >/dev/null ;;
  *) echo "usage: $0 primary DATA PORT | replica PRIMARY_PORT DATA PORT | start|stop|kill DATA" >&2; exit 2 ;;
esac
