#!/usr/bin/env bash
# Benchmark (ADR 0054): the ranking of all schools of a province for a quarter, read from the
# materialised assessment.school_score the way Rankings reads it (a page of 50 with the previous
# quarter's rank, the count, and the cities ranked by average), next to a same-run reference: the
# straightforward SQL that scores every school from the hazards and the inspectors' scores per request.
# SQL level, via psql on a scratch database of the local PostgreSQL: the assessment tables come from
# the module's own migrations; hazard.hazard is a stand-in with the ledger's columns and index shape.
# Usage: bench/assessment-ranking.sh [schools] [hazards] [runs]   (default 20000 1000000 200)
set -euo pipefail
cd "$(dirname "$0")/.."
schools=${1:-20000}
hazards=${2:-1000000}
n=${3:-200}
pg="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"
db="xiaoan_assess_bench_$(date +%s)"
$pg -c "create database $db" >/dev/null
work=$(mktemp -d)
cleanup() { $pg -c "drop database if exists $db" >/dev/null 2>&1 || true; rm -rf "$work"; }
[ -n "${KEEP:-}" ] || trap cleanup EXIT
q=$(date +%Y)Q$(( ($(date +%-m) - 1) / 3 + 1 ))
qfrom=$(date +%Y-%m-01 -d "$(date +%Y)-$(printf %02d $(( ( ($(date +%-m) - 1) / 3 ) * 3 + 1 )))-01")
qto=$(date -d "$qfrom +3 months -1 day" +%F)
pfrom=$(date -d "$qfrom -3 months" +%F); pto=$(date -d "$qfrom -1 day" +%F)
p=$(date -d "$pfrom" +%Y)Q$(( ($(date -d "$pfrom" +%-m) - 1) / 3 + 1 ))
t0=$(date +%s.%N)
$pg -d "$db" <<SQL
create schema hazard;
-- 14 cities x 8 counties of 广西-like codes, schools spread evenly
create table hazard.school as
  select s as id, '45' || lpad((1 + s % 14)::text, 2, '0') || lpad((1 + (s / 14) % 8)::text, 2, '0') as region_code,
         'school ' || s as name
  from generate_series(1, $schools) s;
create table hazard.hazard as
  select h as id, (1 + (h::bigint * 7919) % $schools)::int as school_id, cast(null as varchar(12)) as region_code,
         (array['REPORTED','REGISTERED','RECTIFYING','VERIFIED','CLOSED','CLOSED','VERIFIED'])[1 + h % 7] as status,
         now() - (h % 1095) * interval '1 day' as found_at,
         (now() - (h % 1095) * interval '1 day')::date + 30 as deadline,
         case when h % 7 in (3, 4, 5, 6) then now() - (h % 1095) * interval '1 day' + interval '12 days' end as closed_at
  from generate_series(1, $hazards) h;
update hazard.hazard h set region_code = s.region_code from hazard.school s where s.id = h.school_id;
create index on hazard.hazard (region_code text_pattern_ops, found_at);
analyze hazard.hazard;
SQL
for m in src/main/resources/db/migration/assessment/V*.sql; do $pg -d "$db" -f "$m" >/dev/null; done
# the reference: every school scored from the hazards of the quarter and the inspectors' points
score_sql() { # from to period -> select of (school, region, name, hazards, fixed, open, overdue, inspected, items, total)
cat <<SQL
with f as (select h.school_id, count(*) n, count(*) filter (where h.status in ('VERIFIED', 'CLOSED')) fixed,
             count(*) filter (where h.status not in ('VERIFIED', 'CLOSED')) open,
             count(*) filter (where h.status not in ('VERIFIED', 'CLOSED') and h.deadline < current_date) overdue
           from hazard.hazard h where h.region_code like '45%' and h.found_at >= timestamptz '$1' and h.found_at < cast(date '$2' + 1 as timestamptz)
           group by h.school_id),
     i as (select s.school_id, sum(s.points) pts, count(*) items from assessment.inspection_score s
           where s.period_key = '$3' group by s.school_id)
select sc.id, sc.region_code, sc.name, coalesce(f.n, 0), coalesce(f.fixed, 0), coalesce(f.open, 0), coalesce(f.overdue, 0),
       coalesce(i.pts, 0), coalesce(i.items, 0),
       round((case when coalesce(f.n, 0) = 0 then 30 else 30 * least(1, 100.0 * f.fixed / f.n / 95) end
            + case when coalesce(f.open, 0) = 0 then 20 else 20 * greatest(0, 1 - 100.0 * f.overdue / f.open / 30) end
            + coalesce(i.pts, 0))::numeric, 2) total
from hazard.school sc left join f on f.school_id = sc.id left join i on i.school_id = sc.id
where sc.region_code like '45%'
SQL
}
$pg -d "$db" <<SQL
insert into assessment.scheme (region_code, year, name, created_by_name, created_at) values ('450000', 2026, 'bench', 'bench', now());
insert into assessment.indicator (scheme_id, position, name, kind, weight, target)
  select 1, k, 'item ' || k, 'INSPECTED', 10, null from generate_series(1, 5) k;
insert into assessment.inspection_score (indicator_id, school_id, region_code, period_key, points, inspector_name, scored_at)
  select k, s.id, s.region_code, per, (s.id + k) % 11, 'bench', now()
  from hazard.school s cross join generate_series(1, 5) k cross join (values ('$q'), ('$p')) v(per);
SQL
# materialising = scoring every school (the reference query) + the kept ranks (ScoreRanks.refresh)
ranks_sql() { # period
cat <<SQL
begin;
-- as ScoreRanks does: fresh rows have no statistics yet, and a nested loop over them takes minutes
set local enable_nestloop = off;
update assessment.school_score s set rank_province = r.p, rank_city = r.c, rank_county = r.k
from (select school_id, rank() over (partition by substr(region_code, 1, 2) order by total desc) p,
             rank() over (partition by substr(region_code, 1, 4) order by total desc) c,
             rank() over (partition by substr(region_code, 1, 6) order by total desc) k
      from assessment.school_score where scheme_id = 1 and period_key = '$1') r
where s.scheme_id = 1 and s.period_key = '$1' and s.school_id = r.school_id;
delete from assessment.region_score where scheme_id = 1 and period_key = '$1';
insert into assessment.region_score (scheme_id, period_key, code, parent, schools, average, rank)
select 1, '$1', x.code, x.parent, x.n, x.a, rank() over (partition by x.parent order by x.a desc)
from (select g.code, g.parent, count(*) n, round(avg(s.total), 2) a from assessment.school_score s
      cross join lateral (values (substr(s.region_code, 1, 2) || '0000', ''), (substr(s.region_code, 1, 4) || '00', substr(s.region_code, 1, 2)),
             (substr(s.region_code, 1, 6), substr(s.region_code, 1, 4)),
             (case when length(s.region_code) = 9 then s.region_code end, substr(s.region_code, 1, 6))) g(code, parent)
      where s.scheme_id = 1 and s.period_key = '$1' and g.code is not null group by g.code, g.parent) x;
commit;
SQL
}
materialise_start=$(date +%s.%N)
for args in "$qfrom $qto $q" "$pfrom $pto $p"; do
  set -- $args
  { echo "insert into assessment.school_score select 1, '$3', x.*, now() from ($(score_sql "$1" "$2" "$3")) x;"; ranks_sql "$3"; } | $pg -d "$db"
done
$pg -d "$db" -c "analyze assessment.school_score" -c "analyze assessment.region_score"
materialised=$(echo "($(date +%s.%N) - $materialise_start) * 1000 / 2" | bc)
ready=$(date +%s.%N)
ranking() { # the three statements Rankings runs for a page of a province
cat <<SQL
select count(*) from assessment.school_score where scheme_id = 1 and period_key = '$q' and region_code like '45' || '%';
select c.rank_province, p.rank_province, c.school_id, c.school_name, c.region_code, c.hazards, c.fixed, c.open_hazards,
       c.overdue, c.inspected, c.inspected_items, c.total
from assessment.school_score c
left join assessment.school_score p on p.scheme_id = c.scheme_id and p.period_key = '$p' and p.school_id = c.school_id
where c.scheme_id = 1 and c.period_key = '$q' and c.region_code like '45' || '%'
order by c.rank_province, c.school_name, c.school_id limit 50 offset 0;
select c.rank, p.rank, c.code, c.schools, c.average from assessment.region_score c
left join assessment.region_score p on p.scheme_id = c.scheme_id and p.period_key = '$p' and p.code = c.code
where c.scheme_id = 1 and c.period_key = '$q' and c.parent = '45' order by c.rank, c.code;
SQL
}
reference() { # the same page scored per request from the hazards (both quarters, for movement)
cat <<SQL
with cur as (select x.*, rank() over (order by x.total desc) r from ($(score_sql "$qfrom" "$qto" "$q")) x(id, region_code, name, n, fixed, open, overdue, pts, items, total)),
     prev as (select x.id, rank() over (order by x.total desc) r from ($(score_sql "$pfrom" "$pto" "$p")) x(id, region_code, name, n, fixed, open, overdue, pts, items, total))
select cur.r, prev.r, cur.id, cur.name, cur.total from cur left join prev on prev.id = cur.id order by cur.r, cur.name, cur.id limit 50;
SQL
}
timed() { # statements-per-request file runs -> ms per request, one a line
  { echo '\timing on'; for _ in $(seq 1 "$3"); do cat "$1"; done; } | $pg -d "$db" -o /dev/null | grep -oE '^Time: [0-9.]+' \
    | awk '{print $2}' | paste -d+ $(printf -- '- %.0s' $(seq 1 "$2")) | bc
}
ranking > "$work/ranking.sql"; reference > "$work/reference.sql"
timed "$work/ranking.sql" 3 20 >/dev/null   # warm-up
timed "$work/ranking.sql" 3 "$n" > "$work/ranking.ms"
timed "$work/reference.sql" 1 20 > "$work/reference.ms"
python3 - "$work" "$n" "$schools" "$hazards" "$t0" "$ready" "$materialised" "$q" <<'PY'
import sys, statistics
work, n, schools, hazards, t0, ready, materialised, q = sys.argv[1:]
def pct(xs, p):
    xs = sorted(xs); k = (len(xs) - 1) * p; f = int(k); c = min(f + 1, len(xs) - 1)
    return xs[f] + (xs[c] - xs[f]) * (k - f)
def load(name): return [float(x) for x in open(f"{work}/{name}") if x.strip()]
r, ref = load("ranking.ms"), load("reference.ms")
print(f"{int(schools):,} schools, {int(hazards):,} hazards, quarter {q}; data built in {float(ready) - float(t0):.0f} s; "
      f"materialising one quarter {float(materialised):.0f} ms")
print(f"ranking: {n} requests of 3 statements (count, page of 50 with previous rank, cities) after 20 warm-up; "
      "reference: the same page scored from the hazards per request, 20 runs\n")
print("| query | p50 ms | p95 ms | p99 ms | reference p50 ms | reference ÷ p50 | p95 ≤ 200 ms |")
print("|---|---|---|---|---|---|---|")
p50 = pct(r, .5); rp50 = statistics.median(ref)
print(f"| province ranking (materialised) | {p50:.1f} | {pct(r, .95):.1f} | {pct(r, .99):.1f} | {rp50:.0f} | {rp50 / p50:.0f}× | {'met' if pct(r, .95) <= 200 else 'MISSED'} |")
PY
