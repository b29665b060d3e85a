#!/usr/bin/env bash
# Benchmark + profile: where the request threads' CPU goes when officials open pages (issue 16).
# Starts the demo on the embedded PostgreSQL in a scratch directory, signs in as wz_safety (梧州 city), loads
# /, /hazards, /warnings and one school page with C keep-alive clients, records JDK Flight Recorder
# (settings=profile) over the measured phase, and prints:
#   - p50/p95 and requests/s per page, next to same-run references: a static file (/css/app.css) and
#     /actuator/health, each loaded the same way in the same run;
#   - the top frames of jdk.ExecutionSample on the request threads, and the share of samples whose stack
#     contains ClassLoader.getResource / ResourceUrlProvider / the resource resolvers (the regression of
#     issue 16: every @{...} link probing the static locations through the nested jar's classloader).
# Usage: bench/page-profile.sh [rounds] [clients]   (default 150 2; one round = each of the 4 pages once)
# Env: JAR (default target/xiaoan-0.1.0-SNAPSHOT.jar); DATA (a directory kept between runs for the embedded
# database, so a second run - e.g. another jar - skips the demo generation; default a scratch directory);
# APP_ARGS (extra arguments for the app, e.g. a setting to compare).
# Needs: java, jcmd, jfr, python3, curl. Output also in bench/results/page-profile-*.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-150}
clients=${2:-2}
port=${PORT_BENCH:-18184}
out=bench/results; mkdir -p "$out"
jar=$(realpath -m "${JAR:-target/xiaoan-0.1.0-SNAPSHOT.jar}")
[ -f "$jar" ] || ./mvnw -q -o -B -DskipTests package
work=$(mktemp -d)
data=${DATA:-$work/app}; mkdir -p "$data"
app=""
cleanup() { [ -n "$app" ] && { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }; rm -rf "$work"; }
trap cleanup EXIT
( cd "$data" && XIAOAN_DEMO_ENABLED=true PORT=$port exec java -Xmx1g -jar "$jar" ${APP_ARGS:-} ) > "$out/page-profile-app.log" 2>&1 &
app=$!
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break
  kill -0 "$app" 2>/dev/null || { tail -30 "$out/page-profile-app.log"; exit 1; }
  sleep 1
done

drive() { # phase rounds -> latencies in $work/<phase>.tsv (path, status, seconds)
  python3 - "$port" "$1" "$2" "$clients" "$work" "$app" <<'PY'
import sys, re, os, subprocess, threading, time, http.client, urllib.parse
port, phase, rounds, clients, work, pid = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
def cpu():  # the app's user + system CPU seconds so far
    f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")

class Client:
    def __init__(self):
        self.c = http.client.HTTPConnection("127.0.0.1", int(port), timeout=60)
        self.cookies = {}
    def req(self, method, path, body=None):
        h = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()), "Accept": "text/html,application/json;q=0.9,*/*;q=0.8"}
        if body is not None:
            body = urllib.parse.urlencode(body); h["Content-Type"] = "application/x-www-form-urlencoded"
        self.c.request(method, path, body=body, headers=h)
        r = self.c.getresponse(); data = r.read()
        for k, v in r.getheaders():
            if k.lower() == "set-cookie":
                name, val = v.split(";", 1)[0].split("=", 1); self.cookies[name] = val
        return r.status, data.decode("utf-8", "replace")
    def sign_in(self, user):
        _, page = self.req("GET", "/login")
        csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        status, _ = self.req("POST", "/login", {"username": user, "password": "Xiaoan@2026", "_csrf": csrf})
        assert status in (302, 303), f"sign-in as {user}: HTTP {status}"

probe = Client(); probe.sign_in("wz_safety")
_, schools = probe.req("GET", "/schools")
school = re.search(r'href="(/schools/\d+)"', schools).group(1)
pages = ["/", "/hazards", "/warnings", school]
refs = ["/css/app.css", "/actuator/health"]
results, lock = [], threading.Lock()

def run(paths, n, cs):
    def worker(c):
        mine = []
        for _ in range(n):
            for p in paths:
                t = time.perf_counter(); status, _ = c.req("GET", p); mine.append((p, status, time.perf_counter() - t))
        with lock: results.extend(mine)
    ts = [threading.Thread(target=worker, args=(c,)) for c in cs]
    t0, c0 = time.perf_counter(), cpu()
    for t in ts: t.start()
    for t in ts: t.join()
    return time.perf_counter() - t0, cpu() - c0

officials = [Client() for _ in range(clients)]
for c in officials: c.sign_in("wz_safety")
if phase == "measured":  # recorded after the sign-ins, so the password hashing is not in the profile
    subprocess.run(["jcmd", pid, "JFR.start", "name=pages", "settings=profile", f"filename={work}/pages.jfr"],
                   check=True, capture_output=True)
elapsed = {}
elapsed["pages"], elapsed["cpu:pages"] = run(pages, rounds, officials)
for r in refs: elapsed[r], elapsed["cpu:" + r] = run([r], rounds * 2, [Client() for _ in range(clients)])
with open(f"{work}/{phase}.tsv", "w") as f:
    for p, s, t in results: f.write(f"{p}\t{s}\t{t}\n")
with open(f"{work}/{phase}.elapsed", "w") as f:
    for k, v in elapsed.items(): f.write(f"{k}\t{v}\n")
bad = [r for r in results if r[1] != 200]
if bad: sys.exit(f"{len(bad)} non-200 answers, e.g. {bad[0]}")
PY
}

drive warmup $(( rounds / 3 + 10 ))
drive measured "$rounds"
jcmd "$app" JFR.stop name=pages >/dev/null
cp "$work/pages.jfr" "$out/page-profile.jfr"
jfr print --stack-depth 256 --events jdk.ExecutionSample "$work/pages.jfr" > "$work/samples.txt"

python3 - "$work" "$rounds" "$clients" <<'PY' | tee "$out/page-profile.txt"
import sys, re, collections
work, rounds, clients = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def pct(xs, p):
    xs = sorted(xs); k = (len(xs) - 1) * p; f = int(k); c = min(f + 1, len(xs) - 1)
    return xs[f] + (xs[c] - xs[f]) * (k - f)
rows = [l.rstrip("\n").split("\t") for l in open(f"{work}/measured.tsv")]
elapsed = dict((k, float(v)) for k, v in (l.split("\t") for l in open(f"{work}/measured.elapsed")))
by = collections.defaultdict(list)
for p, s, t in rows: by[p].append(float(t) * 1000)
pages = [p for p in by if p not in ("/css/app.css", "/actuator/health")]
allpages = [x for p in pages for x in by[p]]
print(f"{rounds} rounds of {len(pages)} pages with {clients} keep-alive clients (after a warm-up), signed in as wz_safety;")
print("references: /css/app.css and /actuator/health loaded the same way in the same run\n")
print("| request | n | p50 ms | p95 ms | requests/s | app CPU ms per request |")
print("|---|---|---|---|---|---|")
for p in pages:
    xs = by[p]; print(f"| {p} | {len(xs)} | {pct(xs, .5):.1f} | {pct(xs, .95):.1f} | | |")
page_rps = len(allpages) / elapsed["pages"]
page_cpu = 1000 * elapsed["cpu:pages"] / len(allpages)
print(f"| all pages | {len(allpages)} | {pct(allpages, .5):.1f} | {pct(allpages, .95):.1f} | {page_rps:.1f} | {page_cpu:.1f} |")
for r in ("/css/app.css", "/actuator/health"):
    xs = by[r]; rps = len(xs) / elapsed[r]
    print(f"| {r} (reference) | {len(xs)} | {pct(xs, .5):.1f} | {pct(xs, .95):.1f} | {rps:.1f} | {1000 * elapsed['cpu:' + r] / len(xs):.2f} |")
h = by["/actuator/health"]
h_cpu = 1000 * elapsed["cpu:/actuator/health"] / len(h)
print(f"\nratios to /actuator/health in the same run: p95 {pct(allpages, .95) / pct(h, .95):.1f}x; "
      f"requests/s {page_rps / (len(h) / elapsed['/actuator/health']):.3f}; CPU per request {page_cpu / h_cpu:.1f}x")

# jdk.ExecutionSample on the request threads (Tomcat's http-nio-*-exec-*), over the measured phase
samples, cur, thread, in_stack = [], [], None, False
for line in open(f"{work}/samples.txt"):
    s = line.strip()
    if s.startswith("sampledThread"): thread = s
    elif s.startswith("stackTrace = ["): in_stack, cur = True, []
    elif in_stack and s == "]":
        in_stack = False
        if thread and "-exec-" in thread: samples.append(cur)
    elif in_stack and s and s != "...":
        cur.append(re.sub(r"\s+line:.*$", "", s))
n = len(samples)
print(f"\n{n} execution samples on request threads")
if n == 0: sys.exit(0)
def short(f): return re.sub(r"\(.*\)$", "", f)
top = collections.Counter(short(st[0]) for st in samples if st)
print("\ntop frames (self), share of request-thread samples:")
for f, c in top.most_common(10): print(f"  {100 * c / n:5.1f}%  {f}")
print("\nsamples whose stack contains:")
for label, needle in (("ClassLoader.getResource", "java.lang.ClassLoader.getResource("),
                      ("ResourceUrlProvider", "ResourceUrlProvider."),
                      ("link encoding (ResourceUrlEncodingResponseWrapper.encodeURL)", "ResourceUrlEncodingResponseWrapper.encodeURL"),
                      ("PathResourceResolver", "PathResourceResolver."),
                      ("LiteWebJarsResourceResolver", "LiteWebJarsResourceResolver."),
                      ("Thymeleaf (org.thymeleaf)", "org.thymeleaf."),
                      ("SpEL (org.springframework.expression)", "org.springframework.expression."),
                      ("JDBC (org.postgresql)", "org.postgresql."),
                      ("Spring Security filters", "org.springframework.security.")):
    c = sum(1 for st in samples if any(needle in f for f in st))
    print(f"  {100 * c / n:5.1f}%  {label}")
PY
