#!/usr/bin/env bash
# Benchmark: the leader screen (/analytics/screen, ADR 0055) and the analysis page (/analytics, not cached)
# on a province-sized ledger built by the data generator, for a province (gx_safety, 广西 45) and a county
# official (tx_safety, 藤县 450422), next to a same-run reference: the straightforward SQL the screen would
# run without the rollup — the GROUP BY over hazard.hazard of this quarter, the quarter before, last
# year's quarter and this year (HazardRollup.countsFromHazards), via psql.
# Then the quarterly report of each bureau (PDF with charts and workbook), generated three times, timed; then the
# ranking of all schools of the province for this quarter (ADR 0054) through the app, next to its straightforward SQL.
# Usage: bench/leader-screen.sh [schools] [hazards] [requests]   (default 20000 1000000 300); JAR=… another jar;
# KEEP=1 keeps the database (its name is printed); DB=<that name> runs again on it without generating
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
# DB=<name>: a database this script generated before (kept with KEEP=1): no new generation, e.g. to compare jars
db=${DB:-xiaoan_bench_$(date +%s)}
generate=(--xiaoan.demo.schools-per-county=1 --xiaoan.generate.province-schools="$schools" --xiaoan.generate.hazards="$hazards")
if [ -n "${DB:-}" ]; then generate=(); else $pg -c "create database $db"; fi
work=$(mktemp -d)
app=""
cleanup() { [ -n "$app" ] && { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }; [ -n "${KEEP:-}" ] || $pg -c "drop database if exists $db" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
start=$(date +%s.%N)
( cd "$work" && SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=postgres \
  XIAOAN_DEMO_ENABLED=true PORT=$port exec java -Xmx2g -jar "$jar" "${generate[@]}" \
  --xiaoan.jobs.hazard-escalation=- ) > "$out/leader-screen-app.log" 2>&1 &
app=$!
for _ in $(seq 1 1800); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; kill -0 "$app" || { tail -30 "$out/leader-screen-app.log"; exit 1; }; sleep 1; done
ready=$(date +%s.%N)
generated=$(grep -oE 'Generated province scale: .* in [0-9]+ ms' "$out/leader-screen-app.log" | tail -1 || true)
echo "database $db; ${generated:-generated before}"
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

# The ranking of all schools of the province for a quarter (ADR 0054) through the app: gx_safety defines the
# province's scheme with the ledger's two computed indicators (as the demo's city scheme has them), computes the
# quarter before and this quarter (materialised, POST …/ranking/compute, timed), then loads the ranking page.
# Reference: the straightforward SQL that scores every school of the province from the hazards of both quarters
# per request and ranks them (the page's first 50 with their previous rank), via psql, median of 10.
csrf_of() { curl -s -b "$work/gx_safety" "http://127.0.0.1:$port$1" | grep -oE 'name="_csrf" value="[^"]+"' | head -1 | sed 's/.*value="//;s/"//'; }
scheme=$(curl -s -b "$work/gx_safety" -o /dev/null -w '%{redirect_url}' --data-urlencode "name=$(date +%Y) bench province scheme" \
  -d "year=$(date +%Y)&_csrf=$(csrf_of /assessment)" "http://127.0.0.1:$port/assessment/schemes" | grep -oE '[0-9]+$')
[ -n "$scheme" ] || { echo "no scheme defined"; exit 1; }
for ind in "name=rectified&kind=HAZARD_RECTIFICATION&weight=30&target=95" "name=overdue&kind=HAZARD_OVERDUE&weight=20&target=30"; do
  curl -s -b "$work/gx_safety" -o /dev/null -d "$ind&_csrf=$(csrf_of /assessment/schemes/$scheme)" \
    "http://127.0.0.1:$port/assessment/schemes/$scheme/indicators"
done
q=$(date +%Y)Q$(( ($(date +%-m) - 1) / 3 + 1 ))
qfrom=$(printf '%d-%02d-01' "$(date +%Y)" $(( ($(date +%-m) - 1) / 3 * 3 + 1 ))); qto=$(date -d "$qfrom +3 months -1 day" +%F)
pfrom=$(date -d "$qfrom -3 months" +%F); pto=$(date -d "$qfrom -1 day" +%F)
p=$(date -d "$pfrom" +%Y)Q$(( ($(date -d "$pfrom" +%-m) - 1) / 3 + 1 ))
for per in "$p" "$q"; do
  curl -s -b "$work/gx_safety" -o /dev/null -w '%{http_code} %{time_total}\n' -d "period=$per&_csrf=$(csrf_of "/assessment/schemes/$scheme/ranking?period=$per")" \
    "http://127.0.0.1:$port/assessment/schemes/$scheme/ranking/compute"
done | awk '$1 != 302 { print "compute HTTP " $1 > "/dev/stderr"; exit 1 } { print $2 }' > "$work/compute"
scored=$($pg -d "$db" -c "select count(*) from assessment.school_score where scheme_id = $scheme and period_key = '$q'")
last=$(( (scored + 49) / 50 - 1 ))
measure gx_safety "/assessment/schemes/$scheme/ranking?period=$q" 20 >/dev/null
measure gx_safety "/assessment/schemes/$scheme/ranking?period=$q" "$n" > "$work/ranking-first"
measure gx_safety "/assessment/schemes/$scheme/ranking?period=$q&page=$last" 30 > "$work/ranking-last"
curl -s -b "$work/gx_safety" "http://127.0.0.1:$port/assessment/schemes/$scheme/ranking?period=$q" > "$work/ranking.html"
score_sql() { # from to -> every school of the province scored from its hazards found in the period
  echo "select x.*, rank() over (order by x.total desc) r from (
    select sc.id, sc.name, round((case when coalesce(f.n, 0) = 0 then 30 else 30 * least(1, 100.0 * f.fixed / f.n / 95) end
      + case when coalesce(f.open, 0) = 0 then 20 else 20 * greatest(0, 1 - 100.0 * f.overdue / f.open / 30) end)::numeric, 2) total
    from org.school sc left join (select h.school_id, count(*) n, count(*) filter (where h.status in ('VERIFIED', 'CLOSED')) fixed,
        count(*) filter (where h.status not in ('VERIFIED', 'CLOSED')) open,
        count(*) filter (where h.status not in ('VERIFIED', 'CLOSED') and h.deadline < current_date) overdue
      from hazard.hazard h where h.region_code like '45%' and h.found_at >= '$1'::timestamp at time zone 'Asia/Shanghai'
        and h.found_at < ('$2'::date + 1)::timestamp at time zone 'Asia/Shanghai' group by h.school_id) f on f.school_id = sc.id
    where sc.region_code like '45%') x"
}
{ echo '\timing on'; for _ in $(seq 1 10); do
    echo "with cur as ($(score_sql "$qfrom" "$qto")), prev as ($(score_sql "$pfrom" "$pto"))
      select cur.r, prev.r, cur.id, cur.name, cur.total from cur left join prev on prev.id = cur.id order by cur.r, cur.name, cur.id limit 50;"
  done; } | $pg -d "$db" -o /dev/null | grep -oE '^Time: [0-9.]+' | awk '{print $2}' > "$work/ranking-ref"

python3 - "$work" "$n" "$schools" "$hazards" "$start" "$ready" "$generated" "$scored" "$q" "$last" <<'PY'
import sys, statistics
work, n, schools, hazards, start, ready, generated, scored, q, last = sys.argv[1:]
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
print(f"\nthe ranking of all {int(scored):,} schools of the province for {q} (gx_safety, a scheme of the ledger's two computed indicators):")
xs = load("compute")
print(f"computed (materialised) through POST …/ranking/compute: the quarter before {xs[0]:.1f} s, {q} {xs[1]:.1f} s\n")
ref = statistics.median(load("ranking-ref"))
print("| page | requests | p50 ms | p95 ms | p99 ms | reference SQL ms | reference ÷ p95 | p95 ≤ 200 ms |")
print("|---|---|---|---|---|---|---|---|")
for label, f in (("first 50 (with movement, cities ranked)", "ranking-first"), (f"last page ({int(last) + 1})", "ranking-last")):
    xs = [x * 1000 for x in load(f)]
    p95 = pct(xs, .95)
    print(f"| {label} | {len(xs)} | {pct(xs, .5):.1f} | {p95:.1f} | {pct(xs, .99):.1f} | {ref:.0f} | {ref / p95:.0f}× | {'met' if p95 <= 200 else 'MISSED'} |")
print("reference: every school of the province scored from its hazards of both quarters and ranked per request (psql, median of 10)")
PY
