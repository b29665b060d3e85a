#!/usr/bin/env bash
# Benchmark (ADR 0072): a city official's ledger and home page (wz_safety, 梧州市 450400) with the
# hazards its county's own installation mirrors up (藤县 450422, exchange.mirrored_hazard), which
# are counted live with no rollup: the same pages measured before and after loading N mirrored
# hazards (default 100,000) in one run. The mirrored rows are an SQL fixture shaped as the
# exchange keeps them: spread over the last 400 days and 20 townships and 300 schools, a quarter
# each reported, rectifying, verified and closed (closed ones with a closing time), one in ten
# major, one in fifty under 督办, deadlines around the found day (so some are overdue).
# Usage: bench/mirrored-ledger.sh [mirrored] [requests] [province-schools] [province-hazards]
#   (default 100000 200 0 0: the demo's own ledger; give the last two for a province-sized one)
set -euo pipefail
cd "$(dirname "$0")/.."
mirrored=${1:-100000}
n=${2:-200}
schools=${3:-0}
hazards=${4:-0}
port=18183
pg="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"
out=bench/results; mkdir -p "$out"
[ -f target/xiaoan-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
db="xiaoan_bench_mirror_$(date +%s)"
$pg -c "create database $db"
work=$(mktemp -d)
app=""
cleanup() { [ -n "$app" ] && { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }; $pg -c "drop database if exists $db" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
( cd "$work" && SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=postgres \
  XIAOAN_DEMO_ENABLED=true PORT=$port exec java -Xmx1g -jar "$OLDPWD/target/xiaoan-0.1.0-SNAPSHOT.jar" \
  --xiaoan.generate.province-schools="$schools" --xiaoan.generate.hazards="$hazards" \
  --xiaoan.jobs.hazard-escalation=- ) > "$out/mirrored-ledger-app.log" 2>&1 &
app=$!
for _ in $(seq 1 1800); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; kill -0 "$app" || { tail -30 "$out/mirrored-ledger-app.log"; exit 1; }; sleep 1; done
$pg -d "$db" -c "select 'local hazards ' || count(*) || ', of 梧州市 ' || count(*) filter (where region_code like '4504%') from hazard.hazard"

signin() { # user -> cookie jar in $work/$1
  local jar="$work/$1" csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" | grep -oE 'name="_csrf" value="[^"]+"' | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=Xiaoan@2026&_csrf=$csrf" "http://127.0.0.1:$port/login"
  curl -s -b "$jar" -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/hazards" | grep -q 200 || { echo "sign-in as $1 failed"; exit 1; }
}
measure() { # path count -> seconds per request, one a line; fails on a non-200
  local i
  for i in $(seq 1 "$2"); do
    curl -s -b "$work/wz_safety" -o /dev/null -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$port$1"
  done | awk '$1 != 200 { print "HTTP " $1 > "/dev/stderr"; exit 1 } { print $2 }'
}
year=$(date +%Y)
pages=("/hazards" "/hazards?period=$year" "/hazards?open=true" "/hazards?overdue=true" "/")
run() { # label
  local i=0 p
  for p in "${pages[@]}"; do measure "$p" 30 >/dev/null; done  # warm-up
  for p in "${pages[@]}"; do measure "$p" "$n" > "$work/$1-$i"; i=$((i + 1)); done
}
signin wz_safety
run before

$pg -d "$db" <<SQL
insert into exchange.peer (installation, name, url, region_code, direction, secret)
values ('tengxian', '藤县平台', 'http://127.0.0.1:1', '450422', 'DOWN', 'bench');
insert into exchange.mirrored_hazard (peer_id, origin, origin_name, origin_region, hazard_id, number, school_id,
  school_name, region_code, category, grade, reported_at, status, deadline, closed_at, status_version,
  supervised_level, supervising_region, supervision_deadline)
select p.id, p.installation, p.name, p.region_code, g, 'YH' || lpad(g::text, 6, '0'), 1 + g % 300,
       '藤县第' || (1 + g % 300) || '学校', '450422' || lpad((100 + g % 20)::text, 3, '0'),
       (array['FIRE', 'BUILDINGS', 'FOOD', 'TRAFFIC', 'ELECTRICITY'])[1 + g % 5],
       case when g % 10 = 0 then 'MAJOR' when g % 7 = 0 then null else 'GENERAL' end,
       now() - (g % 400) * interval '1 day' - (g % 24) * interval '1 hour',
       (array['REPORTED', 'RECTIFYING', 'VERIFIED', 'CLOSED'])[1 + g % 4],
       (now() - (g % 400) * interval '1 day')::date + 30,
       case when g % 4 = 3 then now() - (g % 400) * interval '1 day' + (g % 45) * interval '1 day' end, 2,
       case when g % 50 = 0 then 'COUNTY' end, case when g % 50 = 0 then '450422' end,
       case when g % 50 = 0 then (now() - (g % 400) * interval '1 day')::date + 20 end
from generate_series(1, $mirrored) g cross join (select * from exchange.peer where installation = 'tengxian') p;
analyze exchange.mirrored_hazard;
SQL
$pg -d "$db" -c "select 'mirrored ' || count(*) || ', open ' || count(*) filter (where status not in ('VERIFIED', 'CLOSED')) || ', closed ' || count(*) filter (where closed_at is not null) from exchange.mirrored_hazard"
run after

python3 - "$work" "$n" "$mirrored" "$schools" "$hazards" "${pages[@]}" <<'PY'
import sys
work, n, mirrored, schools, hazards, *pages = sys.argv[1:]
def pct(xs, p):
    xs = sorted(xs); k = (len(xs) - 1) * p; f = int(k); c = min(f + 1, len(xs) - 1)
    return xs[f] + (xs[c] - xs[f]) * (k - f)
def load(name): return [float(x) * 1000 for x in open(f"{work}/{name}") if x.strip()]
local = "the demo's ledger" if schools == "0" else f"{int(schools):,} schools, {int(hazards):,} hazards"
print(f"\nwz_safety (梧州市 450400); {local}; {n} sequential requests each after 30 warm-up;"
      f" before and after {int(mirrored):,} mirrored hazards of 藤县 in the same run\n")
print("| page | p50 ms before | p95 ms before | p50 ms after | p95 ms after | p95 ≤ 100 ms |")
print("|---|---|---|---|---|---|")
for i, page in enumerate(pages):
    b, a = load(f"before-{i}"), load(f"after-{i}")
    print(f"| `{page}` | {pct(b, .5):.1f} | {pct(b, .95):.1f} | {pct(a, .5):.1f} | {pct(a, .95):.1f} | {'met' if pct(a, .95) <= 100 else 'MISSED'} |")
PY
