#!/usr/bin/env bash
# Benchmark + profile of the quiz submission path (issue 16). Starts the packaged app on the embedded PostgreSQL
# in a scratch directory with the demo plus a small generated province education (a campaign with homework for
# every generated class), then in ONE run, with the same wrk script, clients and duration:
#   1. plain INSERT rate: pgbench, one single-row INSERT per transaction into a bare table (bench_plain);
#   2. minimal endpoint: bench/MinimalInsert.java (JDK HTTP server + one JDBC call, the very same INSERT);
#   3. the app: POST /api/v1/my/homework/{id}/attempts, a different student and bearer token per request,
#      recorded with JDK Flight Recorder; afterwards every acknowledged submission id must be stored.
# Prints the rates, the ratios app ÷ plain and app ÷ minimal, p50/p99, errors, acknowledged-but-lost, the app's
# CPU per request, and the top frames (self) and stack shares of the request threads' jdk.ExecutionSample.
# Usage: bench/quiz-profile.sh [seconds] [connections] [students]   (default 30 64 400000)
# Env: JAR (default target/xiaoan-0.1.0-SNAPSHOT.jar; pass a copy so a build may run meanwhile), APP_ARGS (extra
# app arguments, e.g. to compare a setting), DATA (a directory kept between runs: a second run - e.g. another jar -
# skips the generation; students who answered in a run are not asked again), WARM (requests the JIT sees on each
# endpoint before it is measured; default 20000 - a time-boxed warm-up on a loaded machine left the app
# interpreted). Needs wrk, pgbench, psql, java, jcmd, jfr, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/quiz-fixtures.sh
seconds=${1:-30}
conns=${2:-64}
students=${3:-400000}
threads=2
port=${PORT_BENCH:-18191}
mport=$((port + 1))
out=bench/results; mkdir -p "$out"
jar=$(realpath -m "${JAR:-target/xiaoan-0.1.0-SNAPSHOT.jar}")
[ -f "$jar" ] || ./mvnw -q -o -B -DskipTests package
pgjar=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
warm=${WARM:-20000}
work=$(mktemp -d)
data=${DATA:-$work}; mkdir -p "$data"
app="" minimal=""
cleanup() {
  for p in $minimal $app; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
# the JDK's profile settings, sampling Java every 1 ms (not 10-20), and whole stacks (JFR keeps 64 frames by default,
# fewer than a request's, so the outer frames' shares - the filter chain's - came out too small)
jhome=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
sed '/"jdk.ExecutionSample"/,/<\/event>/ s|\(control="method-sampling-java-interval">\)[^<]*<|\11 ms<|' \
  "$jhome/lib/jfr/profile.jfc" > "$work/profile.jfc"
( cd "$data" && XIAOAN_DEMO_ENABLED=true PORT=$port exec java -Xmx1g -XX:+UseParallelGC \
  -XX:FlightRecorderOptions=stackdepth=320 -XX:StartFlightRecording=name=quiz,settings="$work/profile.jfc",maxage=10m -jar "$jar" \
  --xiaoan.demo.schools-per-county=1 --xiaoan.generate.province-schools=2000 --xiaoan.generate.education=true \
  --xiaoan.generate.students="$students" --xiaoan.jobs.hazard-escalation=- ${APP_ARGS:-} ) > "$out/quiz-profile-app.log" 2>&1 &
app=$!
attach_embedded "$app" "$out/quiz-profile-app.log" "$data" 900
campaign=$(q "select max(campaign_id) from education.assignment")
quiz_fixtures "$campaign" "$work/all-tokens.txt"
echo "$(wc -l < "$work/all-tokens.txt") students with a token; campaign $campaign; database on port $dbport"

cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
sys_cpu() { awk '{print $15}' "/proc/$1/stat"; }
wrkrun() { # label url seconds -> $work/<label>.txt ; acked ids in $work/acked-*.txt
  rm -f "$work"/acked-*.txt
  BENCH_WORK="$work" BENCH_THREADS=$threads wrk -t$threads -c"$conns" -d"$3s" --timeout 10s --latency \
    -s bench/education-submit.lua "$2" > "$work/$1.txt" 2>&1 || true
}
warmup() { # url: until the endpoint has served $warm requests (at most 12 rounds of 10 s)
  local n=0
  for _ in $(seq 1 12); do
    wrkrun warm "$1" 10
    n=$(( n + $(grep -oE 'requests=[0-9]+' "$work/warm.txt" | cut -d= -f2 || echo 0) ))
    [ "$n" -ge "$warm" ] && break
  done
  echo "warm-up of $1: $n requests"
}
# tokens: the first 60,000 for the warm-ups, the rest for the measured app run (each student answers once)
head -n 60000 "$work/all-tokens.txt" > "$work/tokens.txt"
# 1. plain INSERT
pgbench -h 127.0.0.1 -p "$dbport" -U postgres -n -c "$conns" -j 2 -T "$seconds" -f "$work/insert.sql" postgres > "$work/pgbench.txt" 2>&1
plain=$(grep -oE 'tps = [0-9.]+' "$work/pgbench.txt" | head -1 | awk '{print $3}')
# 2. minimal endpoint, same statement (warm-up, then measured)
java -cp "$pgjar" bench/MinimalInsert.java "$mport" "jdbc:postgresql://127.0.0.1:$dbport/postgres" postgres "$PGPASSWORD" 20 64 \
  > "$work/minimal.log" 2>&1 &
minimal=$!
for _ in $(seq 1 60); do grep -q 'endpoint on port' "$work/minimal.log" && break; sleep 0.5; done
warmup "http://127.0.0.1:$mport"
c0=$(cpu $minimal); wrkrun minimal "http://127.0.0.1:$mport" "$seconds"; c1=$(cpu $minimal)
echo $(( c1 - c0 )) > "$work/minimal.cpu"
kill $minimal; wait $minimal 2>/dev/null || true; minimal=""
# 3. the app: warm-up (JIT, caches) with other students, then the measured run under JFR
warmup "http://127.0.0.1:$port"
tail -n +60001 "$work/all-tokens.txt" > "$work/tokens.txt"
sleep 2
before=$(q "select count(*) from education.attempt")
t0=$(date -u +%H:%M:%S.%3N)
c0=$(cpu $app); s0=$(sys_cpu $app); wrkrun app "http://127.0.0.1:$port" "$seconds"; c1=$(cpu $app); s1=$(sys_cpu $app)
t1=$(date -u +%H:%M:%S.%3N)
echo $(( c1 - c0 )) > "$work/app.cpu"
echo "app CPU in the measured run: $(( c1 - c0 )) ticks, of them kernel $(( s1 - s0 ))"
jcmd "$app" JFR.dump name=quiz filename="$work/quiz.jfr" >/dev/null
sleep 2
cat "$work"/acked-*.txt | grep -E '^[0-9a-f-]{36}$' > "$work/acked.txt" || true
q "create table bench_acked (submission_id uuid primary key)"
$pg -c "\copy bench_acked from '$work/acked.txt'"
stored=$(( $(q "select count(*) from education.attempt") - before ))
acked_stored=$(q "select count(*) from bench_acked b join education.attempt a using (submission_id)")
acked=$(wc -l < "$work/acked.txt")
cp "$work/quiz.jfr" "$out/quiz-profile.jfr"
TZ=UTC jfr print --stack-depth 320 --events jdk.ExecutionSample "$work/quiz.jfr" > "$work/samples.txt"
TZ=UTC jfr print --events jdk.CompilerStatistics "$work/quiz.jfr" > "$work/compiler.txt"
grep -h -E '^[0-9]{3} ' "$work/app.txt" | head -3 || true

python3 - "$work" "$plain" "$stored" "$acked" "$acked_stored" "$conns" "$seconds" "$(getconf CLK_TCK)" "$t0" "$t1" <<'PY' | tee "$out/quiz-profile.txt"
import sys, re, collections
work, plain, stored, acked, acked_stored, conns, seconds, tck, t0, t1 = sys.argv[1:]
plain, tck = float(plain), int(tck)
def result(name):
    r = dict(kv.split("=") for kv in re.search(r"RESULT (.*)", open(f"{work}/{name}.txt").read()).group(1).split())
    r = {k: float(v) for k, v in r.items()}
    r["rate"] = r["ok"] / r["seconds"]
    r["cpu_ms"] = 1000 * int(open(f"{work}/{name}.cpu").read()) / tck / max(r["ok"], 1)
    return r
m, a = result("minimal"), result("app")
print(f"Quiz submissions: wrk {conns} connections, {seconds} s each, same run, same wrk script\n")
print("| measure | plain INSERT (pgbench) | minimal endpoint | app | target |")
print("|---|---|---|---|---|")
print(f"| acknowledged/s | {plain:,.0f} | {m['rate']:,.0f} | **{a['rate']:,.0f}** | |")
print(f"| p50 / p99 / max ms | | {m['p50']:.1f} / {m['p99']:.1f} / {m['max']:.0f} | {a['p50']:.1f} / {a['p99']:.1f} / {a['max']:.0f} | app p99 ≤ 200 |")
print(f"| errors (non-2xx / socket) | | {m['bad']:.0f} / {m['errors']:.0f} | {a['bad']:.0f} / {a['errors']:.0f} | 0 |")
print(f"| CPU ms per acknowledged request (own process) | | {m['cpu_ms']:.3f} | {a['cpu_ms']:.3f} | |")
print(f"| app ÷ plain INSERT | | | **{a['rate'] / plain:.2f}** | ≥ 0.3 |")
print(f"| app ÷ minimal endpoint | | | **{a['rate'] / m['rate']:.2f}** | ≥ 0.7 |")
if a.get("spent", 0):
    print(f"| the run's students ran out: requests repeating one who had answered (not errors; rate is a floor) | | | {a['spent']:.0f} | |")
print(f"| acknowledged / of them stored / stored in the run | | | {acked} / {acked_stored} / {stored} | all acknowledged stored (lost: {int(acked) - int(acked_stored)}) |")

# the recording runs from the app's start (a JFR.start later invalidates the compiled code, ADR 0065); only the
# measured window counts
inside = (lambda t: t0 <= t <= t1) if t0 <= t1 else (lambda t: t >= t0 or t <= t1)  # across midnight
compiles = [(m.group(1), int(c.group(1)), tt.group(1)) for m, c, tt in zip(
    re.finditer(r"startTime = (\S+)", open(f"{work}/compiler.txt").read()),
    re.finditer(r"compileCount = (\d+)", open(f"{work}/compiler.txt").read()),
    re.finditer(r"totalTimeSpent = ([^\n]+)", open(f"{work}/compiler.txt").read()))]
window = [c for c in compiles if inside(c[0])]
if len(window) >= 2:
    print(f"| JIT compilations in the measured run (warm means few) | | | {window[-1][1] - window[0][1]:,} ({window[0][2]} → {window[-1][2]} compiling in all) | |")
samples, cur, thread, in_stack, stamp = [], [], None, False, ""
for line in open(f"{work}/samples.txt"):
    s = line.strip()
    if s.startswith("startTime"): stamp = s.split("= ")[1]
    elif s.startswith("sampledThread"): thread = s if inside(stamp) else None
    elif s.startswith("stackTrace = ["): in_stack, cur = True, []
    elif in_stack and s == "]":
        in_stack = False
        if thread and "-exec-" in thread: samples.append(cur)
    elif in_stack and s and s != "...":
        cur.append(re.sub(r"\s+line:.*$", "", s))
n = len(samples)
print(f"\nJFR (profile settings, Java sampled every 1 ms, up to 320 frames) over the measured app run: {n} execution samples on request threads")
if n == 0: sys.exit(0)
short = lambda f: re.sub(r"\(.*\)$", "", f)
print("\ntop frames (self), share of request-thread samples:")
for f, c in collections.Counter(short(st[0]) for st in samples if st).most_common(15):
    print(f"  {100 * c / n:5.1f}%  {f}")
print("\nsamples whose stack contains:")
for label, needle in (("Spring Security filter chain (FilterChainProxy)", "FilterChainProxy"),
                      ("Spring Session (SessionRepositoryFilter)", "SessionRepositoryFilter.doFilterInternal"),
                      ("session store (JdbcIndexedSessionRepository)", "JdbcIndexedSessionRepository."),
                      ("CSRF (CsrfFilter.doFilterInternal)", "CsrfFilter.doFilterInternal"),
                      ("bearer token filter", "BearerTokenFilter.doFilterInternal"),
                      ("Micrometer observation", "io.micrometer.observation."),
                      ("Jackson (JSON in and out)", "jackson."),
                      ("logging (logback)", "ch.qos.logback."),
                      ("DispatcherServlet", "DispatcherServlet.doDispatch"),
                      ("bearer token look-up (cache miss: the account's row)", "BearerTokenLookup.lookUp"),
                      ("reading the request body (argument resolution)", "HandlerMethodArgumentResolverComposite.resolveArgument"),
                      ("writing the answer (return value handling)", "HandlerMethodReturnValueHandlerComposite.handleReturnValue"),
                      ("finding the handler (DispatcherServlet.getHandler)", "DispatcherServlet.getHandler"),
                      ("transaction advice (TransactionInterceptor)", "TransactionInterceptor.invoke"),
                      ("the submission itself (EducationManagement)", "EducationManagement.submitHomework"),
                      ("the group commit (AttemptGroupCommit.write)", "AttemptGroupCommit.write"),
                      ("JDBC (org.postgresql)", "org.postgresql."),
                      ("Tomcat HTTP parsing (Http11Processor, without the servlet)", "Http11InputBuffer.")):
    c = sum(1 for st in samples if any(needle in f for f in st))
    print(f"  {100 * c / n:5.1f}%  {label}")
PY
