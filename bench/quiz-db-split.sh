#!/usr/bin/env bash
# Where a quiz submission's CPU goes, app against PostgreSQL (issue 16, ADR 0086). Starts the packaged app on a fresh
# copy of a kept data directory (the demo plus a generated province education, made once in $PRISTINE if absent, so
# every run starts from the same database), warms it up with 50,000 students, then for 30 s sends quiz submissions
# (64 clients, a different student per request, bench/education-submit.lua) and reports per acknowledged submission:
# the app's CPU (/proc), the rest of the machine's busy CPU less the load generator's (PostgreSQL and the kernel), the
# load generator's, and pg_stat_statements' execution time per statement. Compare two jars or two settings one after
# the other on the same host: the host's speed moves between sessions.
# Usage: bench/quiz-db-split.sh <jar> <label> [app arguments, e.g. --xiaoan.education.attempt-lanes=4]
# Env: PRISTINE (default /tmp/quiz-pristine), PRE_SQL (a statement run before the fixtures), JOPTS (JVM options).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(realpath "$1"); label=$2; shift 2
port=${PORT_BENCH:-18191}
pristine=${PRISTINE:-/tmp/quiz-pristine}
work=$(mktemp -d); data=$work/data
app=""
trap '[ -n "$app" ] && { kill $app 2>/dev/null; wait $app 2>/dev/null; }; rm -rf "$work"' EXIT
. bench/quiz-fixtures.sh
start() { # dir
  ( cd "$1" && PORT=$port exec java -Xmx1g -XX:+UseParallelGC ${JOPTS:-} -jar "$jar" --xiaoan.demo.enabled=true \
    --xiaoan.demo.schools-per-county=1 --xiaoan.generate.province-schools=2000 --xiaoan.generate.education=true \
    --xiaoan.generate.students=400000 --xiaoan.jobs.hazard-escalation=- "$@" ) > "$work/app.log" 2>&1 &
  app=$!
}
if [ ! -d "$pristine/data/pg" ]; then
  mkdir -p "$pristine"; start "$pristine"; attach_embedded $app "$work/app.log" "$pristine" 900
  kill $app; wait $app 2>/dev/null || true; app=""
  echo "shared_preload_libraries='pg_stat_statements'" >> "$pristine/data/pg/postgresql.auto.conf"
fi
cp -a "$pristine" "$data"
start "$data" "$@"
attach_embedded $app "$work/app.log" "$data" 600
q "create extension if not exists pg_stat_statements" >/dev/null
[ -n "${PRE_SQL:-}" ] && q "$PRE_SQL"
campaign=$(q "select max(campaign_id) from education.assignment")
quiz_fixtures "$campaign" "$work/all.txt" 120000 >/dev/null 2>&1
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
busy() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
submit() { # seconds output
  BENCH_WORK=$work BENCH_THREADS=2 wrk -t2 -c64 -d"$1s" --timeout 10s --latency -s bench/education-submit.lua \
    "http://127.0.0.1:$port" > "$work/$2.txt" 2>&1 || true
}
head -n 50000 "$work/all.txt" > "$work/tokens.txt"
submit 20 warm; submit 15 warm
tail -n +50001 "$work/all.txt" > "$work/tokens.txt"
sleep 2
q "select pg_stat_statements_reset()" >/dev/null
b0=$(busy); a0=$(cpu $app)
/usr/bin/time -f "%U %S" -o "$work/wrk.time" bash -c "$(declare -f submit); work=$work port=$port submit 30 run"
b1=$(busy); a1=$(cpu $app)
sleep 1.5
ok=$(grep -oE 'ok=[0-9]+' "$work/run.txt" | cut -d= -f2)
python3 - "$label" "$ok" $((a1 - a0)) $((b1 - b0)) "$(cat "$work/wrk.time")" "$(getconf CLK_TCK)" <<'PY'
import sys
label, ok, app, busy, wrk, tck = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], int(sys.argv[6])
wrk = sum(float(x) for x in wrk.split()) * tck
ms = lambda t: 1000 * t / tck / max(ok, 1)
print(f"{label}: {ok / 30:,.0f} acknowledged/s; CPU ms per submission: app {ms(app):.3f}, PostgreSQL and kernel "
      f"{ms(busy - app - wrk):.3f}, load generator {ms(wrk):.3f} (machine busy {busy / tck / 30:.2f} cores)")
PY
grep RESULT "$work/run.txt"
echo "pg_stat_statements: execution ms per submission | calls | mean ms | statement"
q "select round(total_exec_time::numeric / $ok, 3), calls, round(mean_exec_time::numeric, 3),
   left(regexp_replace(query, '\s+', ' ', 'g'), 90) from pg_stat_statements order by total_exec_time desc limit 6"
q "select 'attempts per group commit: ' || round(sum(calls) filter (where query like 'with input as%')::numeric, 0)
   from pg_stat_statements" | sed "s/: \(.*\)/: $ok over \1 statements/"
