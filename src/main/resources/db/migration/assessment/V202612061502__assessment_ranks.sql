-- Ranks kept with the scores (ADR 0054): a school's place in its province, city and county,
-- and the regions ranked by the average of their schools, so that a ranking page reads one
-- index range in rank order instead of ranking 20,000 rows per request.
alter table assessment.school_score
    add column rank_province int,
    add column rank_city int,
    add column rank_county int;
create index school_score_rank_province on assessment.school_score (scheme_id, period_key, rank_province);
create index school_score_rank_city on assessment.school_score (scheme_id, period_key, rank_city);
create index school_score_rank_county on assessment.school_score (scheme_id, period_key, rank_county);

create table assessment.region_score (
    scheme_id bigint not null references assessment.scheme (id),
    period_key varchar(12) not null,
    code varchar(12) not null,
    parent varchar(12) not null,
    schools int not null,
    average numeric(7, 2) not null,
    rank int not null,
    primary key (scheme_id, period_key, code)
);
create index region_score_parent on assessment.region_score (scheme_id, period_key, parent, rank);
