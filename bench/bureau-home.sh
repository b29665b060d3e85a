#!/usr/bin/env bash
# Benchmark: a province bureau's home page (/, whose 三个100% figure evaluates every school of the province) and its
# staffing list (/security/staffing, first and last page) as gx_safety (广西), on a province the generator built
# before (a database kept by bench/leader-screen.sh or bench/hazard-ledger.sh with KEEP=1), next to a same-run
# reference: the straightforward SQL reading what the figure needs (every school of the province with its region,
# the guard counts, the facilities) via psql, median of 20.
# Usage: DB=<kept database> bench/bureau-home.sh [requests]   (default 60); JAR=… another jar (e.g. to compare two);
# APP_JAVA_OPTS (e.g. -XX:StartFlightRecording=settings=profile,filename=/tmp/home.jfr,dumponexit=true), APP_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-60}
db=${DB:?DB=<a database a benchmark kept with KEEP=1>}
port=18186
pg="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"
out=bench/results; mkdir -p "$out"
jar=$(realpath -m "${JAR:-target/xiaoan-0.1.0-SNAPSHOT.jar}")
[ -f "$jar" ] || ./mvnw -q -o -B -DskipTests package
work=$(mktemp -d)
app=""
cleanup() { [ -n "$app" ] && { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }; rm -rf "$work"; }
trap cleanup EXIT
( cd "$work" && SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=postgres \
  XIAOAN_DEMO_ENABLED=true PORT=$port exec java -Xmx2g ${APP_JAVA_OPTS:-} -jar "$jar" --xiaoan.jobs.hazard-escalation=- ${APP_ARGS:-} ) \
  > "$out/bureau-home-app.log" 2>&1 &
app=$!
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; kill -0 "$app" || { tail -30 "$out/bureau-home-app.log"; exit 1; }; sleep 1; done
echo "jar $(basename "$jar"); database $db; $($pg -d "$db" -c "select count(*) from org.school") schools; load $(cut -d' ' -f1-3 /proc/loadavg)"
jar_c="$work/cookies"
csrf=$(curl -s -c "$jar_c" -b "$jar_c" "http://127.0.0.1:$port/login" | grep -oE 'name="_csrf" value="[^"]+"' | sed 's/.*value="//;s/"//')
curl -s -c "$jar_c" -b "$jar_c" -o /dev/null -d "username=gx_safety&password=Xiaoan@2026&_csrf=$csrf" "http://127.0.0.1:$port/login"
measure() { # path count -> "p50 p95 bytes" in ms; fails on a non-200
  for _ in $(seq 1 "$2"); do curl -s -b "$jar_c" -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' "http://127.0.0.1:$port$1"; done |
    awk '$1 != 200 { print "HTTP " $1 > "/dev/stderr"; exit 1 } { print $2 * 1000, $3 }' | sort -n |
    awk '{ t[NR] = $1; b = $2 } END { printf "%.0f %.0f %d\n", t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], b }'
}
for p in / /security/staffing; do measure "$p" 5 >/dev/null; done
reference=$({ echo '\timing on'; for _ in $(seq 1 20); do
    echo "select s.id, s.code, s.name, s.type, s.region_code, r.name, s.address, s.phone, s.boarding, s.student_count, s.boarder_count, s.staff_count from org.school s join org.region r on r.code = s.region_code where s.region_code like '45%' order by s.code;"
    echo "select school_id, count(*) filter (where post_code = 'GUARD' and full_time), count(*) filter (where post_code = 'GUARD' and not full_time), count(*) filter (where post_code <> 'GUARD') from people.staff where region_code like '45%' group by school_id;"
    echo "select * from security.school_facilities where region_code like '45%';"
  done; } | $pg -d "$db" -o /dev/null | grep -oE '^Time: [0-9.]+' | awk '{print $2}' | paste -d+ - - - | bc | sort -n | awk '{ t[NR] = $1 } END { printf "%.0f", t[int((NR + 1) / 2)] }')
printf '| page | requests | p50 ms | p95 ms | bytes |\n|---|---|---|---|---|\n'
for p in / /security/staffing "/security/staffing?page=9999"; do
  read -r p50 p95 bytes < <(measure "$p" "$n")
  printf '| %s | %d | %s | %s | %s |\n' "$p" "$n" "$p50" "$p95" "$bytes"
done | tee "$out/bureau-home.txt"
echo "reference: the straightforward SQL of what the figure reads, median of 20: $reference ms"
