-- A withdrawal or a reminder of a notice from above passed down (ADR 0067): the time, at the
-- installation that sent the notice, of the last reminder applied here. A reminder is applied only
-- when later, so one resent under another sequence, or older than one already applied, does nothing.
alter table exchange.received_notice add column reminded_at timestamptz;

-- A withdrawal or reminder made here goes to the peers a notice was sent to: found by the notice.
create index relayed_notice_notice_idx on exchange.relayed_notice (notice_id);
