#!/usr/bin/env bash
# Cold start (issue 16, ADR 0052): seconds from launching the platform on an empty data directory with the demo
# (--xiaoan.demo.enabled=true) to a working login page (GET /login answers 200 with the form), then seconds until
# the demo data is complete (a demo account can sign in); then the same for a restart on that data.
# Targets on the 2-core machine: first start <= 15 s to the login page, restart <= 8 s.
# Usage: bench/cold-start.sh [jar|cds|aot|run]   (default jar)
#   jar  the packaged jar, java -jar (builds it when missing)
#   cds  the jar extracted (java -Djarmode=tools extract) with an AppCDS archive made by a training run
#        (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh) before the measured starts
#   aot  the jar extracted with a JDK 24+ AOT cache (-XX:AOTCacheOutput) made by a training run; JAVA=<a JDK 25 java>
#   run  ./mvnw spring-boot:run, the README's command
# Env: JAR (default target/xiaoan-0.1.0-SNAPSHOT.jar), JAVA (default java), PORT_BENCH (default 18193).
# Prints one line per start: "first start: login page 12.3 s, demo ready 19.8 s" / "restart: login page 6.1 s".
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-jar}
port=${PORT_BENCH:-18193}
java=${JAVA:-java}
out=bench/results; mkdir -p "$out"
jar=$(realpath -m "${JAR:-target/xiaoan-0.1.0-SNAPSHOT.jar}")
root=$PWD
[ "$mode" = run ] || [ -f "$jar" ] || ./mvnw -q -o -B -DskipTests package
work=$(mktemp -d)
app=""
cleanup() { [ -n "$app" ] && { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }; rm -rf "$work"; }
trap cleanup EXIT

launch_cmd=()
case "$mode" in
  jar) launch_cmd=("$java" -jar "$jar") ;;
  cds)
    "$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
    extracted=$(ls "$work"/app/*.jar)
    mkdir -p "$work/train"
    # the training run: the context refreshes on a scratch database, then the JVM exits and writes the archive
    ( cd "$work/train" && "$java" -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh \
        -jar "$extracted" --server.port=0 ) > "$out/cold-start-training.log" 2>&1 || true
    rm -rf "$work/train"
    [ -f "$work/app.jsa" ] || { echo "no CDS archive made; see $out/cold-start-training.log"; exit 1; }
    launch_cmd=("$java" -XX:SharedArchiveFile="$work/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$extracted") ;;
  aot) # JDK 24+ ahead-of-time cache (JEP 483/514/515): classes loaded and linked, method profiles, from a training run
    "$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
    extracted=$(ls "$work"/app/*.jar)
    mkdir -p "$work/train"
    ( cd "$work/train" && "$java" -XX:AOTCacheOutput="$work/app.aot" -Dspring.context.exit=onRefresh \
        -jar "$extracted" --server.port=0 ) > "$out/cold-start-training.log" 2>&1 || true
    rm -rf "$work/train"
    [ -f "$work/app.aot" ] || { echo "no AOT cache made (needs JDK 24+, JAVA=...); see $out/cold-start-training.log"; exit 1; }
    launch_cmd=("$java" -XX:AOTCache="$work/app.aot" -Xlog:aot=off -Xlog:cds=off -jar "$extracted") ;;
  run) ;;
  *) echo "usage: $0 [jar|cds|aot|run]"; exit 2 ;;
esac

mkdir -p "$work/data-home"
start() { # log-file -> starts the app in $work/data-home, sets $app
  if [ "$mode" = run ]; then
    ( cd "$root" && exec ./mvnw -q -o -B spring-boot:run \
        -Dspring-boot.run.arguments="--xiaoan.demo.enabled=true --server.port=$port --xiaoan.embedded-db.data-dir=$work/data-home/data/pg --xiaoan.files.dir=$work/data-home/data/files --xiaoan.data-key-file=$work/data-home/data/keys/personal-data.key" ) > "$1" 2>&1 &
  else
    ( cd "$work/data-home" && exec "${launch_cmd[@]}" --xiaoan.demo.enabled=true --server.port=$port ) > "$1" 2>&1 &
  fi
  app=$!
}
stop() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""; }
now() { date +%s.%N; }
login_page() { curl -s -m 2 "http://127.0.0.1:$port/login" 2>/dev/null | grep -q 'name="username"'; }
demo_ready() { # a demo account signs in and reaches its home page
  local jar="$work/cookies" csrf
  rm -f "$jar"
  csrf=$(curl -s -m 5 -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" | grep -oE 'name="_csrf" value="[^"]+"' | sed 's/.*value="//;s/"//') || return 1
  [ -n "$csrf" ] || return 1
  curl -s -m 10 -c "$jar" -b "$jar" -o /dev/null -d "username=tx_safety&password=Xiaoan@2026&_csrf=$csrf" "http://127.0.0.1:$port/login"
  [ "$(curl -s -m 10 -b "$jar" -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/hazards")" = 200 ]
}
wait_for() { # check log -> seconds since $t0, or fails
  for _ in $(seq 1 1200); do
    "$1" && { echo "$(now) - $t0" | bc -l | xargs printf '%.1f'; return 0; }
    kill -0 "$app" 2>/dev/null || { tail -30 "$2" >&2; return 1; }
    sleep 0.1
  done
  return 1
}

log1="$out/cold-start-first.log"
t0=$(now); start "$log1"
first=$(wait_for login_page "$log1")
ready=$(wait_for demo_ready "$log1")
echo "first start ($mode): login page $first s, demo ready $ready s"
stop
log2="$out/cold-start-restart.log"
t0=$(now); start "$log2"
again=$(wait_for login_page "$log2")
echo "restart ($mode): login page $again s"
grep -hoE 'Started XiaoanApplication in [0-9.]+ seconds|Generated demo data in [0-9]+ ms' "$log1" "$log2" | sed 's/^/  /'
