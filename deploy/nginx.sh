#!/usr/bin/env bash
# nginx in front of instances, in a directory of its own (no root needed beyond running the binary):
#   deploy/nginx.sh PREFIX LISTEN_PORT INSTANCE...   renders the config, starts nginx in the background;
#                                                    an INSTANCE is host:port, or a port on 127.0.0.1
#   deploy/nginx.sh stop PREFIX
set -euo pipefail
here=$(dirname "$(realpath "$0")")
nginx=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
if [ "$1" = stop ]; then "$nginx" -p "$2" -c "$2/nginx.conf" -e "$2/error.log" -s quit; exit; fi
prefix=$(realpath -m "$1"); listen=$2; shift 2
mkdir -p "$prefix/tmp"
for p in "$@"; do [[ $p == *:* ]] || p=127.0.0.1:$p; echo "server $p max_fails=1 fail_timeout=5s;"; done > "$prefix/servers.conf"
sed -e "s|@PREFIX@|$prefix|g" -e "s|@LISTEN@|127.0.0.1:$listen|g" "$here/nginx.conf.template" > "$prefix/nginx.conf"
"$nginx" -t -q -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/error.log"
"$nginx" -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/error.log"
