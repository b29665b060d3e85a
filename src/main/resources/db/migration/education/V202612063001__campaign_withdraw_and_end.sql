-- A campaign withdrawn (撤回, issued by mistake) or ended early (提前结束) by the bureau that issued it, or, for a
-- campaign received from above, by the bureau above (ADR 0070): how, when (at the bureau that did it) and why.
-- Null while it runs (or simply reaches its last day). Its homework, attempts and tallies are kept either way.
alter table education.campaign
    add column closed       varchar(10) check (closed in ('WITHDRAWN', 'ENDED')),
    add column closed_at    timestamptz,
    add column close_reason varchar(200),
    add constraint campaign_closed_whole check ((closed is null) = (closed_at is null)
        and (closed is null) = (close_reason is null));
