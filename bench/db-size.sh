#!/usr/bin/env bash
# Database size per 1M students and per 1M hazards (issue 16, docs/capacity.md): the data generator builds a
# province's education and ledger into a scratch database on 127.0.0.1:5432, then pg_total_relation_size (heap +
# indexes + TOAST) of every table is summed per kind of data and divided by its rows.
#   students: people.* (students, guardians, links, accounts) + org.school_class + education.assignment and its
#             rollups — everything that grows with the students of a campaign
#   hazards:  hazard.* (the ledger and its rollups)
#   per row:  education.attempt, audit.entry (bytes per row from the rows there are, for the extrapolation)
# Usage: bench/db-size.sh [schools] [students] [hazards]   (default 2000 1000000 1000000)
# Env: XIAOAN_JAR (default target/xiaoan-0.1.0-SNAPSHOT.jar). Prints a table and the figures per 1M.
set -euo pipefail
cd "$(dirname "$0")/.."
schools=${1:-2000}
students=${2:-1000000}
hazards=${3:-1000000}
port=${PORT_BENCH:-18194}
pg="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"
out=bench/results; mkdir -p "$out"
jar=${XIAOAN_JAR:-target/xiaoan-0.1.0-SNAPSHOT.jar}
[ -f "$jar" ] || ./mvnw -q -o -B -DskipTests package
jar=$(realpath "$jar")
db="xiaoan_size_$(date +%s)"
$pg -c "create database $db"
work=$(mktemp -d)
app=""
cleanup() { [ -n "$app" ] && { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }; $pg -c "drop database if exists $db" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
( cd "$work" && SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=postgres \
  XIAOAN_DEMO_ENABLED=true PORT=$port exec java -Xmx2g -XX:+UseParallelGC -jar "$jar" \
  --xiaoan.demo.schools-per-county=1 --xiaoan.generate.province-schools="$schools" --xiaoan.generate.hazards="$hazards" \
  --xiaoan.generate.education=true --xiaoan.generate.students="$students" --xiaoan.jobs.hazard-escalation=- ) \
  > "$out/db-size-app.log" 2>&1 &
app=$!
for _ in $(seq 1 3600); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; kill -0 "$app" || { tail -30 "$out/db-size-app.log"; exit 1; }; sleep 1; done
kill "$app"; wait "$app" 2>/dev/null || true; app=""
q() { $pg -d "$db" -c "$1"; }
q "vacuum analyze" >/dev/null
echo "schema.table | rows | MB (heap+indexes+toast)"
q "select n.nspname || '.' || c.relname || ' | ' || c.reltuples::bigint || ' | ' || round(pg_total_relation_size(c.oid) / 1048576.0, 1)
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
      and pg_total_relation_size(c.oid) > 1048576 order by pg_total_relation_size(c.oid) desc" | tee "$out/db-size-tables.txt"
studs=$(q "select count(*) from people.student")
hz=$(q "select count(*) from hazard.hazard")
sb=$(q "select sum(pg_total_relation_size(c.oid)) from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where c.relkind = 'r' and (n.nspname = 'people' or (n.nspname = 'org' and c.relname = 'school_class')
               or (n.nspname = 'education' and c.relname in ('assignment', 'rate', 'rate_daily', 'homework')))")
hb=$(q "select sum(pg_total_relation_size(c.oid)) from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where c.relkind = 'r' and n.nspname = 'hazard'")
echo "students $studs: $(echo "$sb / 1048576" | bc) MB -> $(echo "$sb * 1000000 / $studs / 1073741824" | bc -l | xargs printf '%.2f') GB per 1M students"
echo "hazards $hz: $(echo "$hb / 1048576" | bc) MB -> $(echo "$hb * 1000000 / $hz / 1073741824" | bc -l | xargs printf '%.2f') GB per 1M hazards"
# Attempts and audit entries are not generated: 200,000 of each, shaped like real ones (a 10-question quiz's answers;
# a change's before/after of a few fields), triggers off, so bytes per row come from a real heap with its indexes.
q "set session_replication_role = replica;
   insert into education.attempt (submission_id, lesson_id, account_id, region_code, school_id, correct, total, score,
                                  passed, answers, submitted_at)
   select gen_random_uuid(), (select min(id) from education.lesson), 1000000 + g, '450422100', 1 + g % 2000, 8, 10, 80,
          true, jsonb_build_object('1', jsonb_build_array(g % 4), '2', jsonb_build_array(1), '3', jsonb_build_array(0, 2),
          '4', jsonb_build_array(3), '5', jsonb_build_array(1), '6', jsonb_build_array(2), '7', jsonb_build_array(0),
          '8', jsonb_build_array(1, 3), '9', jsonb_build_array(2), '10', jsonb_build_array(0)), now() - g * interval '1 s'
     from generate_series(1, 200000) g;
   insert into audit.entry (account_id, username, ip, action, entity_type, entity_id, region_code, school_id, before, after)
   select 1000 + g % 500, 'tx_safety', '203.0.113.' || (g % 250), 'UPDATE', 'hazard', (g % 100000)::text, '450422100',
          1 + g % 2000, jsonb_build_object('status', 'REPORTED', 'deadline', '2026-12-01'),
          jsonb_build_object('status', 'RECTIFYING', 'deadline', '2026-12-15', 'plan', 'replace the broken railing on floor 3')
     from generate_series(1, 200000) g" >/dev/null
q "vacuum analyze education.attempt" >/dev/null; q "vacuum analyze audit.entry" >/dev/null
for t in education.attempt audit.entry; do
  rows=$(q "select count(*) from $t"); bytes=$(q "select pg_total_relation_size('$t')")
  [ "$rows" -gt 0 ] && echo "$t: $rows rows, $(echo "$bytes / $rows" | bc) bytes a row (heap+indexes)"
done
echo "database total: $(q "select pg_size_pretty(pg_database_size('$db'))")"
