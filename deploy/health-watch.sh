#!/usr/bin/env bash
# Active health check for Debian's nginx (which has only passive ones): every 2 s asks each instance's
# /actuator/health; an instance that does not answer UP is marked "down" in PREFIX/servers.conf and nginx
# reloads. If every instance fails (a database outage), none is marked down: the instances answer 503 with
# Retry-After themselves, which is better than nginx's 502.
#   deploy/health-watch.sh PREFIX INSTANCE...   (host:port, or a port on 127.0.0.1, as given to nginx.sh)
set -euo pipefail
prefix=$1; shift
set -- $(for p in "$@"; do [[ $p == *:* ]] && echo "$p" || echo "127.0.0.1:$p"; done)
nginx=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
last=""
while sleep 2; do
  up=(); down=()
  for p in "$@"; do
    if curl -sf -m 2 "http://$p/actuator/health" | grep -q '"UP"'; then up+=("$p"); else down+=("$p"); fi
  done
  [ ${#up[@]} = 0 ] && { up=("$@"); down=(); }
  state="${up[*]}/${down[*]}"
  [ "$state" = "$last" ] && continue
  { for p in "${up[@]}"; do echo "server $p max_fails=1 fail_timeout=5s;"; done
    for p in "${down[@]}"; do echo "server $p down;"; done; } > "$prefix/servers.conf"
  "$nginx" -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/error.log" -s reload && last=$state
done
