#!/usr/bin/env python3
"""Load for deploy/fault-test.sh, all through nginx: students submit quizzes with client-generated submission ids
(a request that fails without an answer is sent again with the same id until answered, as the phone app does);
signed-in officials open /hazards. Faults on a timeline: kill -9 of one instance at T1, the primary stopped
(immediate) at T2 and started again D seconds later; load until T3. Writes acked.txt (acknowledged ids) and prints
the report.
Usage: fault-driver.py NGINX_PORT WORK STUDENTS OFFICIALS T1 T2 D T3 INSTANCE_PID STOP_DB_CMD START_DB_CMD"""
import collections, http.client, json, os, re, signal, subprocess, sys, threading, time, urllib.parse, uuid

port, work = int(sys.argv[1]), sys.argv[2]
students, officials = int(sys.argv[3]), int(sys.argv[4])
t1, t2, d, t3 = (float(x) for x in sys.argv[5:9])
victim, stop_db, start_db = int(sys.argv[9]), sys.argv[10], sys.argv[11]
answers = json.loads(open(os.path.join(work, "answers.json")).read().strip())
tokens = [l.split() for l in open(os.path.join(work, "tokens.txt")) if l.strip()]
lock = threading.Lock()
counts = collections.Counter()
served = []  # times of answered (2xx) requests, to find the gaps after each fault
acked = open(os.path.join(work, "acked.txt"), "w")
start = time.time()
end = start + t3


def note(kind, status):
    with lock:
        counts[f"{kind} {status}"] += 1
        if 200 <= status < 300:
            served.append(time.time())


class Client:
    def __init__(self):
        self.conn, self.jar = None, {}

    def request(self, method, path, body=None, headers=None):
        h = dict(headers or {})
        if self.jar:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.jar.items())
        for _ in range(2):  # a kept-alive connection nginx closed meanwhile: once more on a new one
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            try:
                self.conn.request(method, path, body=body, headers=h)
                r = self.conn.getresponse()
                data = r.read().decode("utf-8", "replace")
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.conn.close(); self.conn = None
        else:
            raise ConnectionError("no answer")
        for k, v in r.getheaders():
            if k.lower() == "set-cookie":
                name, val = v.split(";", 1)[0].split("=", 1)
                self.jar[name] = val
        return r.status, data, r.getheader("Location") or ""


def student(n):
    c = Client()
    i = n
    while time.time() < end:
        token, homework = tokens[i % len(tokens)]
        i += students
        sid = str(uuid.uuid4())
        body = json.dumps({"submissionId": sid, "answers": answers})
        while time.time() < end + 30:  # the same submission until it is answered
            try:
                status, data, _ = c.request("POST", f"/api/v1/my/homework/{homework}/attempts", body,
                                            {"Authorization": "Bearer " + token, "Content-Type": "application/json"})
            except (OSError, http.client.HTTPException):
                note("submit", 0); c = Client(); time.sleep(0.2); continue
            note("submit", status)
            if status >= 400 and counts[f"submit {status}"] <= 2:
                print(f"submit {status}: {data[:200]}", file=sys.stderr)
            if 200 <= status < 300:
                with lock:
                    acked.write(sid + "\n")
                break
            if status in (502, 503, 504) or status == 429:
                time.sleep(0.3); continue
            break  # refused (4xx): not acknowledged, next submission


signed_out = set()


signed_in = set()


def official(n, user):
    for attempt in range(3):  # a busy machine's first pages are slow
        c = Client()
        try:
            _, page, _ = c.request("GET", "/login")
            csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
            status, _, _ = c.request("POST", "/login", urllib.parse.urlencode(
                {"username": user, "password": "Xiaoan@2026", "_csrf": csrf}),
                {"Content-Type": "application/x-www-form-urlencoded"})
            break
        except (OSError, http.client.HTTPException, AttributeError) as e:
            print(f"sign-in of {user} failed: {e}", file=sys.stderr); status = 0
    if status not in (302, 303):
        print(f"sign-in of {user}: HTTP {status}", file=sys.stderr); return
    signed_in.add(n)
    while time.time() < end:
        try:
            status, data, location = c.request("GET", "/hazards")
        except (OSError, http.client.HTTPException):
            note("page", 0); c.conn = None; time.sleep(0.2); continue
        note("page", status)
        if status in (302, 303) and "/login" in location:
            signed_out.add(n)
        if status == 200 and "replica-as-of" in data:
            note("page from replica", 200)
        time.sleep(0.1)


users = ["wz_safety", "tx_safety"]
threads = [threading.Thread(target=official, args=(i, users[i % len(users)])) for i in range(officials)]
threads += [threading.Thread(target=student, args=(i,)) for i in range(students)]
for t in threads:
    t.start()
events = {}
time.sleep(max(0, start + t1 - time.time()))
events["kill -9 of one instance"] = time.time(); os.kill(victim, signal.SIGKILL)
time.sleep(max(0, start + t2 - time.time()))
events["primary stopped (immediate)"] = time.time(); subprocess.run(stop_db, shell=True, check=True)
time.sleep(d)
subprocess.run(start_db, shell=True, check=True)
events["primary started again"] = time.time()
for t in threads:
    t.join()
acked.close()
served.sort()


def first_after(at):
    return next((s for s in served if s > at), None)


print(f"run {t3:.0f} s: {students} students submitting, {officials} officials browsing, all through nginx")
for name, at in events.items():
    nxt = first_after(at)
    print(f"  {name} at {at - start:.1f} s; next answered request {'never' if nxt is None else f'{nxt - at:.2f} s later'}")
gaps = [b - a for a, b in zip(served, served[1:])]
print(f"longest time without an answered request: {max(gaps) if gaps else 0:.2f} s")
print(f"officials signed in: {len(signed_in)} of {officials}; still signed in at the end: "
      f"{len(signed_in - signed_out)} of {len(signed_in)}")
for k, v in sorted(counts.items()):
    print(f"  {k}: {v}")
