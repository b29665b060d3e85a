#!/usr/bin/env bash
# Benchmark: an early warning to every school of the generated province (20,000 schools), then the issuer's
# acknowledgement page while schools acknowledge.
#  1. fan-out: gx_safety (广西) issues a red typhoon warning through POST /api/v1/warnings (bearer token); the
#     request's time is the whole fan-out (20,000 target rows, the counters of every region level, one inbox
#     message per school). Same-run reference: a plain INSERT … SELECT of the same 20,000 rows from org.school
#     into a bare table via psql (median of 5).
#  2. progress under load: $ackers clients acknowledge as principals of different schools (POST
#     /api/v1/warnings/{id}/acknowledgement, bearer tokens) while gx_safety and tx_safety open the warning's page
#     /warnings/{id} (HTML, counters per region and the first page of schools) $n times each; p50/p95/p99.
#     Afterwards the counters must agree with the rows (acknowledged schools counted once at every level).
# Usage: bench/warning-fanout.sh [schools] [requests] [ackers]   (default 20000 300 4)
set -euo pipefail
cd "$(dirname "$0")/.."
schools=${1:-20000}
n=${2:-300}
ackers=${3:-4}
port=18391
pg="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"
out=bench/results; mkdir -p "$out"
jar=${XIAOAN_JAR:-target/xiaoan-0.1.0-SNAPSHOT.jar}
[ -f "$jar" ] || ./mvnw -q -B -o -DskipTests package
jar=$(realpath "$jar")
curl -s "http://127.0.0.1:$port/" >/dev/null && { echo "port $port is taken"; exit 1; }
db="xiaoan_warn_$(date +%s)"
$pg -c "create database $db"
work=$(mktemp -d)
app=""; load=""
cleanup() { [ -n "$load" ] && kill $load 2>/dev/null || true; [ -n "$app" ] && { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }; $pg -c "drop database if exists $db" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
( cd "$work" && SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=postgres \
  XIAOAN_DEMO_ENABLED=true PORT=$port exec java -Xmx2g -jar "$jar" \
  --xiaoan.demo.schools-per-county=1 --xiaoan.generate.province-schools="$schools" --xiaoan.generate.hazards=0 \
  --xiaoan.jobs.hazard-escalation=- --xiaoan.jobs.warning-chase=- ) > "$out/warning-fanout-app.log" 2>&1 &
app=$!
t_start=$(date +%s); echo "[$(date -u +%H:%M:%S)] app starting (demo + $schools generated schools)" >&2
for _ in $(seq 1 1800); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; kill -0 "$app" || { tail -30 "$out/warning-fanout-app.log"; exit 1; }; sleep 1; done
q() { $pg -d "$db" -c "$1"; }
t0=$(date +%s)
stamp() { echo "[$(date -u +%H:%M:%S) +$(( $(date +%s) - t0 ))s] $*" >&2; }
total=$(q "select count(*) from org.school where region_code like '45%'")
echo "schools in 广西: $total"
stamp "app up after $(( $(date +%s) - t_start ))s (see the generator's timings in $out/warning-fanout-app.log)"

# bearer tokens (SHA-256 stored, as AccountManagement.issueToken does): gx_safety, and a principal per school
q "insert into people.account (username, password_hash, display_name, role, region_code, school_id)
   select 'bench_p' || s.id, (select password_hash from people.account where username = 'principal'), '校长', 'PRINCIPAL',
   s.region_code, s.id
   from org.school s left join (select distinct school_id from people.account where role = 'PRINCIPAL' and school_id is not null) x
   on x.school_id = s.id where s.region_code like '45%' and x.school_id is null"
stamp "principal accounts created"
q "create table bench_token as select id account_id, username, 'xa_bench' || id || md5(random()::text) token
   from people.account where username = 'gx_safety' or username like 'bench_p%'"
q "insert into people.api_token (account_id, name, token_hash, expires_at)
   select account_id, 'bench', encode(sha256(convert_to(token, 'UTF8')), 'hex'), now() + interval '1 day' from bench_token"
q "analyze people.account; analyze people.api_token"
stamp "bearer tokens created"
issuer=$(q "select token from bench_token where username = 'gx_safety'")
q "select token from bench_token where username like 'bench_p%' order by random()" > "$work/principals"

# --- 1. fan-out ----------------------------------------------------------------------------------------
until=$(date -d '+2 days' +%Y-%m-%dT%H:%M:%S)
body="{\"kind\":\"TYPHOON\",\"level\":\"RED\",\"title\":\"台风红色预警（压测）\",\"body\":\"压测\",\"actions\":\"停课\\n转移师生\\n值班\",\"validUntil\":\"$until\"}"
fanout=$(curl -s -o "$work/issued.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $issuer" \
  -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$port/api/v1/warnings")
[ "${fanout%% *}" = 201 ] || { echo "issue failed: $fanout"; cat "$work/issued.json"; exit 1; }
id=$(python3 -c "import json,sys; print(json.load(open('$work/issued.json'))['id'])")
stamp "fan-out answered: $fanout"
targets=$(q "select count(*) from warning.target where warning_id = $id")
q "create table bench_plain (warning_id bigint, school_id bigint, region_code varchar(9), school_name varchar(100),
   acknowledged_at timestamptz, primary key (warning_id, school_id))"
ref=$({ echo '\timing on'; for i in 1 2 3 4 5; do
  echo "insert into bench_plain (warning_id, school_id, region_code, school_name) select $i, id, region_code, name from org.school where region_code like '45%';"
  done; } | $pg -d "$db" -o /dev/null | grep -oE '^Time: [0-9.]+' | awk '{print $2}' | sort -n | sed -n 3p)

stamp "reference inserts done"
# --- 2. progress page while schools acknowledge ----------------------------------------------------------
signin() { # user -> cookie jar in $work/$1
  local jar="$work/$1" csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" | grep -oE 'name="_csrf" value="[^"]+"' | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=Xiaoan@2026&_csrf=$csrf" "http://127.0.0.1:$port/login"
}
ack() { # token -> http code
  curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d '{"done":[1,2],"notes":{"1":"已停课"},"note":"压测"}' "http://127.0.0.1:$port/api/v1/warnings/$id/acknowledgement"
}
export -f ack; export port id
for user in gx_safety tx_safety; do signin "$user"; done
measure() { # user path count -> seconds per request
  local i
  for i in $(seq 1 "$3"); do curl -s -b "$work/$1" -o /dev/null -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$port$2"; done |
    awk '$1 != 200 { print "HTTP " $1 > "/dev/stderr"; exit 1 } { print $2 }'
}
for user in gx_safety tx_safety; do measure "$user" "/warnings/$id" 30 >/dev/null; done  # warm-up
xargs -P "$ackers" -I{} bash -c 'ack {}' < "$work/principals" > "$work/acks" &
load=$!
# each warning page is followed by the same official's 修改密码 page (the layout and menu with no data): the same-run
# reference for what the shell alone costs under the same load
paired() { # user count -> "$work/$user-page", "$work/$user-ref"
  local i
  for i in $(seq 1 "$2"); do
    measure "$1" "/warnings/$id" 1 >> "$work/$1-page"
    measure "$1" "/account/password" 1 >> "$work/$1-ref"
  done
}
for user in gx_safety tx_safety; do measure "$user" "/account/password" 10 >/dev/null; paired "$user" "$n"; done
stamp "page measurements done"
kill $load 2>/dev/null || true; wait $load 2>/dev/null || true; load=""
acked=$(q "select count(*) from warning.target where warning_id = $id and acknowledged_at is not null")
check=$(q "select count(*) from warning.tally t where t.warning_id = $id and t.acknowledged <> (select count(*) from warning.target x
   where x.warning_id = $id and x.acknowledged_at is not null and x.region_code like t.prefix || '%')")
echo "load average at the end: $(uptime | sed 's/.*load average: //')"
python3 - "$work" "$n" "$targets" "$fanout" "$ref" "$acked" "$check" "$ackers" <<'PY'
import sys
work, n, targets, fanout, ref, acked, check, ackers = sys.argv[1:]
def pct(xs, p):
    xs = sorted(xs); k = (len(xs) - 1) * p; f = int(k); c = min(f + 1, len(xs) - 1)
    return xs[f] + (xs[c] - xs[f]) * (k - f)
secs = float(fanout.split()[1])
print(f"\nfan-out: {int(targets):,} schools in {secs:.2f} s (≤ 10 s: {'met' if secs <= 10 else 'MISSED'}); "
      f"reference plain INSERT … SELECT of the same rows: {float(ref):.0f} ms; ratio {secs * 1000 / float(ref):.1f}×")
print(f"acknowledgements during the page measurement ({ackers} clients): {int(acked):,}; regions whose counter disagrees with the rows: {check}\n")
print("| official | page | p50 ms | p95 ms | p99 ms | p95 ≤ 100 ms | reference /account/password p50 / p95 ms | p95 ÷ reference p95 |")
print("|---|---|---|---|---|---|---|---|")
for user in ("gx_safety", "tx_safety"):
    xs = [float(x) * 1000 for x in open(f"{work}/{user}-page") if x.strip()]
    rs = [float(x) * 1000 for x in open(f"{work}/{user}-ref") if x.strip()]
    print(f"| {user} | /warnings/{{id}} | {pct(xs,.5):.1f} | {pct(xs,.95):.1f} | {pct(xs,.99):.1f} | {'met' if pct(xs,.95) <= 100 else 'MISSED'} "
          f"| {pct(rs,.5):.1f} / {pct(rs,.95):.1f} | {pct(xs,.95) / pct(rs,.95):.2f} |")
PY
