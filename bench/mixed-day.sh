#!/usr/bin/env bash
# A campaign evening (issue 16): the packaged app on the embedded PostgreSQL with the demo, a generated province
# (schools, hazards, a campaign with homework for every generated class), then in ONE run:
#   1. plain INSERT rate: pgbench, the same single-row INSERT as bench/quiz-profile.sh (same-run reference);
#   2. the spike alone: quiz submissions (wrk, bench/education-submit.lua, a different student per request);
#   3. the officials and inspectors below alone (their same-run reference);
#   4. the evening: the same spike, and at the same time officials at province, city and county level browsing the
#      ledger, the campaign's rates, a school and the home page, and inspectors making spot checks and signing them
#      (bench/MixedDay.java, signed-in sessions, a think time between requests).
# Reports p50/p95/p99 per kind of request, the submission rate ÷ plain INSERT alone and in the evening, errors, and
# that every acknowledged submission was stored.
# Targets: officials' pages p95 <= 300 ms and inspections p95 <= 300 ms while the spike runs; submissions
# >= 0.3 x plain INSERT with p99 <= 200 ms, 0 errors, 0 acknowledged lost.
# Usage: bench/mixed-day.sh [seconds] [connections] [officials] [inspectors]   (default 60 64 8 4)
# Env: JAR (default target/xiaoan-0.1.0-SNAPSHOT.jar), DATA (a directory kept between runs), SCHOOLS (2000),
# HAZARDS (200000), STUDENTS (400000), THINK_MS (500, between an official's or inspector's requests),
# WARM (20000 submissions before measuring), APP_ARGS (extra app arguments, e.g. to compare a setting). Needs wrk, pgbench, psql, java, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/quiz-fixtures.sh
seconds=${1:-60}
conns=${2:-64}
officials=${3:-8}
inspectors=${4:-4}
threads=2
port=${PORT_BENCH:-18195}
out=bench/results; mkdir -p "$out"
jar=$(realpath -m "${JAR:-target/xiaoan-0.1.0-SNAPSHOT.jar}")
[ -f "$jar" ] || ./mvnw -q -o -B -DskipTests package
work=$(mktemp -d)
data=${DATA:-$work}; mkdir -p "$data"
app=""
cleanup() { [ -n "$app" ] && { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }; rm -rf "$work"; }
trap cleanup EXIT
( cd "$data" && XIAOAN_DEMO_ENABLED=true PORT=$port exec java -Xmx2g -XX:+UseParallelGC -jar "$jar" \
  --xiaoan.demo.schools-per-county=1 --xiaoan.generate.province-schools="${SCHOOLS:-2000}" \
  --xiaoan.generate.hazards="${HAZARDS:-200000}" --xiaoan.generate.education=true \
  --xiaoan.generate.students="${STUDENTS:-400000}" --xiaoan.jobs.hazard-escalation=- ${APP_ARGS:-} ) > "$out/mixed-day-app.log" 2>&1 &
app=$!
attach_embedded "$app" "$out/mixed-day-app.log" "$data" 1800
campaign=$(q "select max(campaign_id) from education.assignment")
quiz_fixtures "$campaign" "$work/all-tokens.txt"
school() { q "select id from org.school where region_code like '$1%' order by id limit 1"; }
echo "$(wc -l < "$work/all-tokens.txt") students with a token; campaign $campaign; $(q "select count(*) from org.school") schools; $(q "select count(*) from hazard.hazard") hazards"
# Officials: province, city and county safety officers and administrators, each opening four pages in turn.
accounts=(gx_safety wz_safety tx_safety gx_admin wz_admin tx_admin wz_safety tx_safety)
prefixes=(45 4504 450422 45 4504 450422 4504 450422)
: > "$work/officials.txt"
for i in $(seq 0 $((officials - 1))); do
  k=$((i % ${#accounts[@]}))
  echo "${accounts[$k]} ledger=/hazards rates=/campaigns/$campaign school=/schools/$(school "${prefixes[$k]}") home=/" >> "$work/officials.txt"
done
# Inspectors: county and city safety officers spot-checking schools of their area and signing the checklist.
tx_schools=$(q "select string_agg(id::text, ' ') from (select id from org.school where region_code like '450422%' order by id limit 50) s")
wz_schools=$(q "select string_agg(id::text, ' ') from (select id from org.school where region_code like '4504%' order by id limit 50) s")
: > "$work/inspectors.txt"
for i in $(seq 1 "$inspectors"); do
  if [ $((i % 2)) = 1 ]; then echo "tx_safety $tx_schools"; else echo "wz_safety $wz_schools"; fi >> "$work/inspectors.txt"
done

wrkrun() { # label seconds -> $work/<label>.txt ; acked ids in $work/acked-*.txt
  rm -f "$work"/acked-*.txt
  BENCH_WORK="$work" BENCH_THREADS=$threads wrk -t$threads -c"$conns" -d"$2s" --timeout 10s --latency \
    -s bench/education-submit.lua "http://127.0.0.1:$port" > "$work/$1.txt" 2>&1 || true
}
acked_stored() { # -> "acked stored" for the last wrk run
  cat "$work"/acked-*.txt | grep -E '^[0-9a-f-]{36}$' > "$work/acked.txt" || true
  q "drop table if exists bench_acked; create table bench_acked (submission_id uuid primary key)" >/dev/null
  $pg -c "\copy bench_acked from '$work/acked.txt'"
  echo "$(wc -l < "$work/acked.txt") $(q "select count(*) from bench_acked b join education.attempt a using (submission_id)")"
}
java_day() { # seconds -> $work/<label>.txt
  java bench/MixedDay.java "http://127.0.0.1:$port" 'Xiaoan@2026' "$1" "${THINK_MS:-500}" "$work/officials.txt" "$work/inspectors.txt"
}
# 1. plain INSERT
pgbench -h 127.0.0.1 -p "$dbport" -U postgres -n -c "$conns" -j 2 -T "$seconds" -f "$work/insert.sql" postgres > "$work/pgbench.txt" 2>&1
plain=$(grep -oE 'tps = [0-9.]+' "$work/pgbench.txt" | head -1 | awk '{print $3}')
# the students with a token, in three parts: warm-up (a fifth), the spike alone, the evening (each answers once)
total=$(wc -l < "$work/all-tokens.txt"); warm_n=$(( total / 5 )); part=$(( (total - warm_n) / 2 ))
# warm-up: submissions (JIT), pages and inspections for 30 s
head -n "$warm_n" "$work/all-tokens.txt" > "$work/tokens.txt"
n=0
for _ in $(seq 1 12); do
  wrkrun warm 10; n=$(( n + $(grep -oE ' ok=[0-9]+' "$work/warm.txt" | cut -d= -f2 || echo 0) ))
  [ "$n" -ge "${WARM:-20000}" ] && break
done
java_day 30 > "$work/day-warm.txt" 2>&1 || true
echo "warm-up: $n submissions; $(grep -c RESULT "$work/day-warm.txt") kinds of officials' requests"
# 2. the spike alone, 3. the officials and inspectors alone, 4. the evening (a student answers once)
sed -n "$(( warm_n + 1 )),$(( warm_n + part ))p" "$work/all-tokens.txt" > "$work/tokens.txt"
wrkrun alone "$seconds"; read -r acked1 stored1 <<< "$(acked_stored)"
java_day "$seconds" > "$work/day-alone.txt" 2>> "$work/day-errors.txt" || true
tail -n +$(( warm_n + part + 1 )) "$work/all-tokens.txt" > "$work/tokens.txt"
java_day "$seconds" > "$work/day.txt" 2> "$work/day-errors.txt" &
day=$!
wrkrun evening "$seconds"; wait $day || true
read -r acked2 stored2 <<< "$(acked_stored)"
head -5 "$work/day-errors.txt" || true

python3 - "$work" "$plain" "$conns" "$seconds" "$officials" "$inspectors" "$acked1" "$stored1" "$acked2" "$stored2" "${THINK_MS:-500}" <<'PY' | tee "$out/mixed-day.txt"
import sys, re
work, plain, conns, seconds, officials, inspectors, a1, s1, a2, s2, think = sys.argv[1:]
plain = float(plain)
def wrk(name):
    r = dict(kv.split("=") for kv in re.search(r"RESULT (.*)", open(f"{work}/{name}.txt").read()).group(1).split())
    return {k: float(v) for k, v in r.items()}
alone, evening = wrk("alone"), wrk("evening")
print(f"Campaign evening: {conns} connections submitting quizzes for {seconds} s, plain INSERT reference in the same run;")
print(f"then the same spike with {officials} officials browsing and {inspectors} inspectors signing spot checks ({think} ms think time).\n")
def day(name):
    rows = {}
    for line in open(f"{work}/{name}"):
        m = re.match(r"RESULT kind=(.*?) n=(\d+) errors=(\d+) p50=([\d.]+) p95=([\d.]+) p99=([\d.]+) max=([\d.]+)", line)
        if m:
            rows[m.group(1)] = [float(x) for x in m.groups()[1:]]
    return rows
quiet, busy = day("day-alone.txt"), day("day.txt")
print("| kind of request | n | errors | p50 ms | p95 ms | p99 ms | max ms | alone: p50 / p95 ms | target |")
print("|---|---|---|---|---|---|---|---|---|")
for label, r, ref in (("quiz submission, spike alone", alone, None), ("quiz submission, evening", evening, alone)):
    was = f"{ref['p50']:.1f} / {ref['p95']:.1f}" if ref else ""
    print(f"| {label} | {r['ok']:.0f} | {r['bad'] + r['errors']:.0f} | {r['p50']:.1f} | {r['p95']:.1f} | {r['p99']:.1f} | {r['max']:.0f} | {was} | p99 ≤ 200 |")
for k in sorted(busy):
    n, e, p50, p95, p99, mx = busy[k]
    q = quiet.get(k)
    was = f"{q[2]:.1f} / {q[3]:.1f}" if q else ""
    print(f"| {k} | {n:.0f} | {e:.0f} | {p50:.1f} | {p95:.1f} | {p99:.1f} | {mx:.0f} | {was} | p95 ≤ 300 |")
print()
print(f"plain INSERT (pgbench, {conns} clients): {plain:,.0f}/s")
for label, r in (("spike alone", alone), ("evening", evening)):
    rate = r["ok"] / r["seconds"]
    more = "at least " if r.get("spent", 0) else ""
    print(f"submissions, {label}: {more}{rate:,.0f}/s = {more}{rate / plain:.2f} × plain INSERT (target ≥ 0.3)")
    if r.get("spent", 0):
        print(f"  (the run's students ran out: {r['spent']:.0f} requests repeated a student who had answered, not counted"
              f" as errors; give it more students, STUDENTS=…)")
print(f"acknowledged / stored: spike alone {a1} / {s1}, evening {a2} / {s2} (lost: {int(a1) - int(s1) + int(a2) - int(s2)})")
PY
