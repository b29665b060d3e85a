#!/usr/bin/env bash
# Benchmark: the leader screen (/analytics/screen, ADR 0055) and the analysis page (/analytics, not cached)
# on a province-sized ledger built by the data generator, for a province (gx_safety, 广西 45) and a county
# official (tx_safety, 藤县 450422), next to a same-run reference: the straightforward SQL the screen would
# run without the rollup — the GROUP BY over hazard.hazard of this quarter, the quarter before, last
# year's quarter and this year (HazardRollup.countsFromHazards), via psql.
# Then the quarterly report of each bureau (PDF with charts and workbook), generated three times, timed.
# Usage: bench/leader-screen.sh [schools] [hazards] [requests]   (default 20000 1000000 300); JAR=… another jar
set -euo pipefail
cd "$(dirname "$0")/.."
schools=${1:-20000}
hazards=${2:-1000000}
n=${3:-300}
port=18185
pg="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"
out=bench/results; mkdir -p "$out"
jar=$(realpath -m "${JAR:-target/xiaoan-0.1.0-SNAPSHOT.jar}")
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
db="xiaoan_bench_$(date +%s)"
$pg -c "create database $db"
work=$(mktemp -d)
app=""
cleanup() { [ -n "$app" ] && { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }; $pg -c "drop database if exists $db" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
start=$(date +%s.%N)
( cd "$work" && SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=postgres \
  XIAOAN_DEMO_ENABLED=true PORT=$port exec java -Xmx2g -jar "$jar" \
  --xiaoan.demo.schools-per-county=1 --xiaoan.generate.province-schools="$schools" --xiaoan.generate.hazards="$hazards" \
  --xiaoan.jobs.hazard-escalation=- ) > "$out/leader-screen-app.log" 2>&1 &
app=$!
for _ in $(seq 1 1800); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; kill -0 "$app" || { tail -30 "$out/leader-screen-app.log"; exit 1; }; sleep 1; done
ready=$(date +%s.%N)
generated=$(grep -oE 'Generated province scale: .* in [0-9]+ ms' "$out/leader-screen-app.log" | tail -1)
echo "$generated"
$pg -d "$db" -c "select 'schools ' || count(*) from org.school"
$pg -d "$db" -c "select 'hazards ' || count(*) || ', open ' || count(*) filter (where status not in ('VERIFIED', 'CLOSED')) || ', overdue ' || count(*) filter (where status not in ('VERIFIED', 'CLOSED') and deadline < current_date) || ', first found ' || min(found_at)::date from hazard.hazard"
$pg -d "$db" -c "select 'rollup rows: county ' || (select count(*) from hazard.tally_county) || ', school ' || (select count(*) from hazard.tally_school) || ', days county ' || (select count(*) from hazard.close_days_county) || ', days school ' || (select count(*) from hazard.close_days_school)"

signin() { # user -> cookie jar in $work/$1
  local jar="$work/$1" csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" | grep -oE 'name="_csrf" value="[^"]+"' | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=Xiaoan@2026&_csrf=$csrf" "http://127.0.0.1:$port/login"
  curl -s -b "$jar" -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/analytics/screen" | grep -q 200 || { echo "sign-in as $1 failed"; exit 1; }
}
measure() { # user path count -> seconds per request, one a line; fails on a non-200
  local i
  for i in $(seq 1 "$3"); do
    curl -s -b "$work/$1" -o /dev/null -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$port$2"
  done | awk '$1 != 200 { print "HTTP " $1 > "/dev/stderr"; exit 1 } { print $2 }'
}
reference() { # prefix unit-expression -> ms per run of the straightforward SQL, 20 runs
  local unit=$2 q
  q() { echo "select $unit, hazard.found_month(h.found_at), h.category, coalesce(h.grade, ''), h.status in ('VERIFIED', 'CLOSED'), count(*)
    from hazard.hazard h where h.region_code like '$1%' and h.found_at >= '$2'::timestamp at time zone 'Asia/Shanghai'
    and h.found_at < '$3'::timestamp at time zone 'Asia/Shanghai' group by 1, 2, 3, 4, 5;"; }
  local y m qs pqs lqs
  y=$(date +%Y); m=$(( ($(date +%-m) - 1) / 3 * 3 + 1 ))
  qs=$(printf '%d-%02d-01' "$y" "$m"); pqs=$(date -d "$qs -3 months" +%F); lqs=$(date -d "$qs -1 year" +%F)
  { echo '\timing on'; for _ in $(seq 1 20); do
      q "$1" "$qs" "$(date -d "$qs +3 months" +%F)"; q "$1" "$pqs" "$qs"; q "$1" "$lqs" "$(date -d "$lqs +3 months" +%F)"
      q "$1" "$y-01-01" "$((y + 1))-01-01"
    done; } | $pg -d "$db" -o /dev/null | grep -oE '^Time: [0-9.]+' | awk '{print $2}' | paste -d+ - - - - | bc
}
for user in gx_safety tx_safety; do signin "$user"; done
for user in gx_safety tx_safety; do measure "$user" /analytics/screen 20 >/dev/null; measure "$user" /analytics 5 >/dev/null; done
for user in gx_safety tx_safety; do
  measure "$user" /analytics/screen "$n" > "$work/$user-screen"
  measure "$user" /analytics 30 > "$work/$user-page"
done
report() { # user -> seconds to generate this quarter's report (PDF with charts + workbook), synchronously, 3 times
  local csrf q i
  q=$(date +%Y)Q$(( ($(date +%-m) - 1) / 3 + 1 ))
  for i in 1 2 3; do
    csrf=$(curl -s -b "$work/$1" "http://127.0.0.1:$port/analytics/reports" | grep -oE 'name="_csrf" value="[^"]+"' | head -1 | sed 's/.*value="//;s/"//')
    curl -s -b "$work/$1" -o /dev/null -w '%{http_code} %{time_total} %{redirect_url}\n' -d "period=$q&_csrf=$csrf" "http://127.0.0.1:$port/analytics/reports"
  done | awk '$1 != 302 || $3 !~ /\/analytics\/reports$/ { print "report HTTP " $1 " " $3 > "/dev/stderr"; exit 1 } { print $2 }'
  [ "$($pg -d "$db" -c "select count(*) from analytics.report where period_key = '$q'")" -ge 3 ] || { echo "no report archived"; exit 1; }
}
report gx_safety > "$work/gx_safety-report"
report tx_safety > "$work/tx_safety-report"
reference 45 "left(h.region_code, 4)" > "$work/gx_safety-ref"
reference 450422 "h.school_id" > "$work/tx_safety-ref"

python3 - "$work" "$n" "$schools" "$hazards" "$start" "$ready" "$generated" <<'PY'
import sys, statistics
work, n, schools, hazards, start, ready, generated = sys.argv[1:]
def pct(xs, p):
    xs = sorted(xs); k = (len(xs) - 1) * p; f = int(k); c = min(f + 1, len(xs) - 1)
    return xs[f] + (xs[c] - xs[f]) * (k - f)
def load(name): return [float(x) for x in open(f"{work}/{name}") if x.strip()]
print(f"\n{int(schools):,} schools, {int(hazards):,} hazards; {generated}; app ready {float(ready) - float(start):.0f} s after start")
print(f"screen: {n} sequential requests after 20 warm-up (cached 60 s per bureau); page: 30 requests, not cached")
print("reference: the straightforward GROUP BY over hazard.hazard for the screen's four periods via psql, median of 20\n")
print("| official | endpoint | p50 ms | p95 ms | p99 ms | reference SQL ms | reference ÷ p95 | p95 ≤ 200 ms |")
print("|---|---|---|---|---|---|---|---|")
for user, scope in (("gx_safety", "广西 45"), ("tx_safety", "藤县 450422")):
    ref = statistics.median(load(f"{user}-ref"))
    for ep, f in (("/analytics/screen", "screen"), ("/analytics (uncached)", "page")):
        xs = [x * 1000 for x in load(f"{user}-{f}")]
        p50, p95, p99 = pct(xs, .5), pct(xs, .95), pct(xs, .99)
        print(f"| {user} ({scope}) | {ep} | {p50:.1f} | {p95:.1f} | {p99:.1f} | {ref:.0f} | {ref / p95:.0f}× | {'met' if p95 <= 200 else 'MISSED'} |")
print("\nquarterly report of the bureau's region (PDF with server-side charts + workbook, archived), POST /analytics/reports, 3 runs:\n")
print("| official | runs s | max s | ≤ 60 s |")
print("|---|---|---|---|")
for user, scope in (("gx_safety", "广西 45"), ("tx_safety", "藤县 450422")):
    xs = load(f"{user}-report")
    print(f"| {user} ({scope}) | {', '.join(f'{x:.1f}' for x in xs)} | {max(xs):.1f} | {'met' if max(xs) <= 60 else 'MISSED'} |")
PY
