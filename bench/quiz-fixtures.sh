# Sourced by bench/quiz-profile.sh, bench/mixed-day.sh and bench/education.sh: the fixtures of a quiz spike in the
# app's database. Needs q() (one SQL statement, tuples only) and $work (a scratch directory).
# quiz_fixtures <campaign> <tokens-file> [limit] writes:
#   <tokens-file>       "<bearer token> <homework id>" per line, for students of the campaign who have not answered
#                       (tokens stored SHA-256 as AccountManagement.issueToken does, name 'bench', valid a day);
#   $work/answers.json  the lesson's right answers, as the wrk script sends them;
#   $work/insert.sql    pgbench's plain single-row INSERT into bench_plain, the same-run reference.
quiz_fixtures() {
  local campaign=$1 tokens=$2 limit=${3:+limit $3}
  q "drop table if exists bench_token, bench_plain, bench_acked; delete from people.api_token where name = 'bench'"
  q "create table bench_token as
     select a.id account_id, x.homework_id, 'xa_bench' || a.id || md5(random()::text) token
     from education.assignment x join people.account a on a.role = 'STUDENT' and a.person_id = x.student_id
     where x.campaign_id = $campaign and not x.passed and x.attempts = 0 order by x.student_id % 997, x.student_id $limit"
  q "insert into people.api_token (account_id, name, token_hash, expires_at)
     select account_id, 'bench', encode(sha256(convert_to(token, 'UTF8')), 'hex'), now() + interval '1 day' from bench_token"
  q "select token || ' ' || homework_id from bench_token" > "$tokens"
  q "select '{' || string_agg('\"' || id || '\":[' || answer[1] || ']', ',') || '}' from education.question
     where lesson_id = (select lesson_id from education.campaign where id = $campaign)" > "$work/answers.json"
  q "create table bench_plain (id bigserial primary key, submission_id uuid not null default gen_random_uuid() unique,
     account_id bigint not null, lesson_id bigint not null, score integer not null, answers jsonb not null,
     submitted_at timestamptz not null default now())"
  printf '%s\n' '\set a random(1, 10000000)' \
    "insert into bench_plain (account_id, lesson_id, score, answers) values (:a, 1, 80, '{\"1\": [0], \"2\": [1]}');" \
    > "$work/insert.sql"
}

# attach_embedded <app-pid> <app-log> <data-dir> [seconds]: waits until the app started in <data-dir> answers its
# health check (failing with the log's tail if it dies), then sets dbport, PGPASSWORD, pg and q() for its embedded
# PostgreSQL, as the owner.
attach_embedded() {
  local pid=$1 log=$2 dir=$3 wait=${4:-1800}
  for _ in $(seq 1 "$wait"); do
    curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break
    kill -0 "$pid" 2>/dev/null || { tail -30 "$log"; exit 1; }
    sleep 1
  done
  dbport=$(sed -n 4p "$dir/data/pg/postmaster.pid")
  PGPASSWORD=$(grep '^owner=' "$dir/data/pg.secret" | cut -d= -f2-)
  export PGPASSWORD
  pg="psql -h 127.0.0.1 -p $dbport -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA"
  q() { $pg -c "$1"; }
}
