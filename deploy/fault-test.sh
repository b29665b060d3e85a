#!/usr/bin/env bash
# Fault test of the scale-out recipe on one machine (issue 16): a PostgreSQL primary and a streaming replica
# (deploy/db.sh, own clusters on free ports in a temporary directory), two XiaoAn instances on the primary with
# the replica for read-only work, nginx in front (deploy/nginx.sh) with the active health watch. Through nginx,
# S students submit quizzes (bearer tokens, client-generated submission ids, a failed request retried with the
# same id) and V signed-in officials open pages. At T1 s one instance is killed with -9; at T2 s the primary is
# stopped with `pg_ctl stop -m immediate` and started again D s later; the load runs until T3 s. Reports:
# officials still signed in; acknowledged submissions and how many of them are in the database; the longest time
# without a served request after each fault (the survivors are never restarted); answers by status.
# Usage: deploy/fault-test.sh [students] [officials]   (default 16 4)
# Env: JAR (default target/xiaoan-0.1.0-SNAPSHOT.jar), T1 T2 D T3 (default 15 30 3 50).
set -euo pipefail
cd "$(dirname "$0")/.."
students=${1:-16}; officials=${2:-4}
T1=${T1:-15}; T2=${T2:-30}; D=${D:-3}; T3=${T3:-50}
jar=$(realpath -m "${JAR:-target/xiaoan-0.1.0-SNAPSHOT.jar}")
[ -f "$jar" ] || ./mvnw -q -o -B -DskipTests package
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || apt-get install -y -qq nginx >/dev/null
free() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
work=$(mktemp -d); chmod 755 "$work"
pp=$(free); rp=$(free); a=$(free); b=$(free); np=$(free)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  deploy/nginx.sh stop "$work/nginx" 2>/dev/null || true
  for d in replica primary; do [ -f "$work/$d/postmaster.pid" ] && deploy/db.sh kill "$work/$d" 2>/dev/null || true; done
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT
t0=$(date +%s)
deploy/db.sh primary "$work/primary" "$pp"
deploy/db.sh replica "$pp" "$work/replica" "$rp"
echo "primary on $pp, streaming replica on $rp ($(( $(date +%s) - t0 )) s)"
export DB_URL="jdbc:postgresql://127.0.0.1:$pp/xiaoan" REPLICA_URL="jdbc:postgresql://127.0.0.1:$rp/xiaoan" \
  SHARED="$work/shared" XIAOAN_ADMIN_PASSWORD='Fault2026!x'
healthy() { for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$1/actuator/health" >/dev/null && return; kill -0 "$2" || { tail -30 "$3"; exit 1; }; sleep 1; done; exit 1; }
# The first instance migrates and loads the demo (users to sign in, campaigns to answer); then the second.
XIAOAN_DEMO_ENABLED=true setsid deploy/instance.sh "$jar" "$a" "$work/a" > "$work/a.log" 2>&1 &
pids+=($!); healthy "$a" "${pids[0]}" "$work/a.log"
setsid deploy/instance.sh "$jar" "$b" "$work/b" > "$work/b.log" 2>&1 &
pids+=($!); healthy "$b" "${pids[1]}" "$work/b.log"
echo "instances on $a and $b ($(( $(date +%s) - t0 )) s)"
deploy/nginx.sh "$work/nginx" "$np" "$a" "$b"
setsid deploy/health-watch.sh "$work/nginx" "$a" "$b" > "$work/watch.log" 2>&1 &
pids+=($!)
pg="psql -h 127.0.0.1 -p $pp -U postgres -d xiaoan -v ON_ERROR_STOP=1 -qtA"
# Bearer tokens (SHA-256 stored, as the platform issues them) for the students of the campaign with most homework.
$pg -c "create table fault_token as
  select a.id account_id, x.homework_id, 'xa_fault' || a.id || md5(random()::text) token
  from education.assignment x join people.account a on a.role = 'STUDENT' and a.person_id = x.student_id
  where x.homework_id in (select h.id from education.homework h where h.campaign_id = (
        select campaign_id from education.assignment group by 1 order by count(*) desc limit 1))
    and not x.passed and x.attempts = 0
  order by random() limit 4000"
$pg -c "insert into people.api_token (account_id, name, token_hash, expires_at)
  select account_id, 'fault', encode(sha256(convert_to(token, 'UTF8')), 'hex'), now() + interval '1 day' from fault_token"
$pg -c "select token || ' ' || homework_id from fault_token" > "$work/tokens.txt"
$pg -c "select '{' || string_agg('\"' || id || '\":[' || answer[1] || ']', ',') || '}' from education.question
  where lesson_id = (select c.lesson_id from education.campaign c join education.homework h on h.campaign_id = c.id
                     where h.id = (select homework_id from fault_token limit 1))" > "$work/answers.json"
echo "$(wc -l < "$work/tokens.txt") student tokens"
# A checkpoint, as the server makes every few minutes: crash recovery then replays the test's load, not the demo's.
$pg -c checkpoint
python3 deploy/fault-driver.py "$np" "$work" "$students" "$officials" "$T1" "$T2" "$D" "$T3" "${pids[0]}" \
  "deploy/db.sh kill $work/primary" "deploy/db.sh start $work/primary" | tee "$work/driver.txt"
sleep 3
$pg -c "create table fault_acked (submission_id uuid primary key)"
$pg -c "\copy fault_acked from '$work/acked.txt'"
acked=$(wc -l < "$work/acked.txt")
stored=$($pg -c "select count(*) from fault_acked join education.attempt using (submission_id)")
sent_stored=$($pg -c "select count(*) from education.attempt where submission_id in (select submission_id from fault_acked)
  or account_id in (select account_id from fault_token)")
echo "acknowledged submissions: $acked; of them in the database afterwards: $stored; lost: $(( acked - stored ))"
echo "attempts stored for the test's students in all: $sent_stored (more than acknowledged = in flight at a fault, absorbed on retry or never answered)"
lag=$(psql -h 127.0.0.1 -p "$rp" -U postgres -d xiaoan -qtA -c "select coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp())::int, -1), pg_is_in_recovery()")
echo "replica after the test: seconds since last replayed commit, in recovery: $lag"
echo "replica served read-only work: $(grep -c 'xiaoan-replica - Start completed' "$work"/a.log "$work"/b.log | paste -sd' ')"
# The killed instance restarted on the same data (its class-data archive from the first start, ADR 0065)
r0=$(date +%s.%N)
setsid deploy/instance.sh "$jar" "$a" "$work/a" > "$work/a-restart.log" 2>&1 &
pids+=($!); healthy "$a" "${pids[-1]}" "$work/a-restart.log"
echo "killed instance restarted: healthy again after $(echo "$(date +%s.%N) - $r0" | bc -l | xargs printf '%.1f') s"
echo "ERROR lines: instance a (killed) $(grep -c ' ERROR ' "$work/a.log" || true), instance b $(grep -c ' ERROR ' "$work/b.log" || true)"
[ "$acked" = "$stored" ]
