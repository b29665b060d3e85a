#!/usr/bin/env bash
# Benchmark: import N students (default 100,000) from Excel into the packaged app on the machine's
# PostgreSQL server, next to a same-run reference: psql COPY of the same rows into a plain table.
# Usage: bench/import-students.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
port=18181
pg="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"
out=bench/results; mkdir -p "$out"
[ -f target/xiaoan-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
cp=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeArtifactIds=fastexcel,opczip)
db="xiaoan_bench_$(date +%s)"
$pg -c "create database $db"
work=$(mktemp -d)
cleanup() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; $pg -c "drop database if exists $db" >/dev/null 2>&1 || true; rm -rf "$work"; }
( cd "$work" && SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SPRING_DATASOURCE_USERNAME=postgres \
  XIAOAN_DEMO_ENABLED=true PORT=$port exec java -Xmx2g -jar "$OLDPWD/target/xiaoan-0.1.0-SNAPSHOT.jar" \
  --xiaoan.demo.schools-per-county=1 ) > "$out/import-app.log" 2>&1 &
app=$!
trap cleanup EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break; sleep 1; done
school=$($pg -d "$db" -c "select school_id from people.account where username = 'principal'")
grade=$($pg -d "$db" -c "select name from org.grade where school_id = $school order by seq limit 1")
echo "school $school, grade $grade: generating $rows rows"
java -cp "$cp" bench/MakeStudentSheet.java "$rows" "$grade" "$work/students.xlsx" "$work/students.csv"
ls -la "$work/students.xlsx" | awk '{print "xlsx size " $5 " bytes"}'

# Sign in as the demo principal (session + CSRF token, as a browser does).
jar="$work/cookies"
csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" | grep -oE 'name="_csrf" value="[^"]+"' | sed 's/.*value="//;s/"//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=principal&password=Xiaoan@2026&_csrf=$csrf" "http://127.0.0.1:$port/login"
csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/" | grep -oE 'name="_csrf" content="[^"]+"' | sed 's/.*content="//;s/"//')

start=$(date +%s.%N)
job=$(curl -s -c "$jar" -b "$jar" -H "X-CSRF-TOKEN: $csrf" -F "file=@$work/students.xlsx" -F "initialPassword=Start2026a" \
  "http://127.0.0.1:$port/api/v1/schools/$school/students/imports" | grep -oE '"job":"[^"]+"' | cut -d'"' -f4)
[ -n "$job" ] || { echo "upload refused"; exit 1; }
status=""
while true; do
  state=$(curl -s -b "$jar" "http://127.0.0.1:$port/api/v1/imports/$job")
  status=$(echo "$state" | grep -oE '"status":"[A-Z]+"' | cut -d'"' -f4)
  [ "$status" = "RUNNING" ] || break
  sleep 0.2
done
end=$(date +%s.%N)
[ "$status" = "DONE" ] || { echo "import ended $status: ${state:0:600}"; exit 1; }
imported=$($pg -d "$db" -c "select count(*) from people.student where student_no like 'B%'")
accounts=$($pg -d "$db" -c "select count(*) from people.account where must_change_password and (username like 'B%' or username like 'PB%')")

# Reference, same run: COPY of the same rows into a plain table on the same server.
$pg -d "$db" -c "create table bench_copy (student_no text, name text, id_card text, grade text, class text, boarder text, guardian text, phone text, relation text)"
rstart=$(date +%s.%N)
$pg -d "$db" -c "\\copy bench_copy from '$work/students.csv' with (format csv)"
rend=$(date +%s.%N)

python3 - "$rows" "$start" "$end" "$rstart" "$rend" "$imported" "$accounts" <<'PY'
import sys
rows, s, e, rs, re_, imported, accounts = sys.argv[1:]
t = float(e) - float(s); r = float(re_) - float(rs)
print(f"| measure | value |\n|---|---|")
print(f"| rows in file | {int(rows):,} |")
print(f"| students stored / accounts (student+parent, must change password) | {int(imported):,} / {int(accounts):,} |")
print(f"| Excel import, upload to DONE | {t:.1f} s ({int(rows)/t:,.0f} rows/s) |")
print(f"| reference: psql COPY of the same rows as CSV | {r:.2f} s |")
print(f"| import ÷ reference | {t/r:.1f}× |")
print(f"| target ≤ 60 s | {'met' if t <= 60 else 'MISSED'} |")
PY
