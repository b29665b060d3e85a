-- ADR 0084. The time, at the installation above, of the last reminder of a campaign received from that peer that
-- was applied here: a copy of it, or an older one arriving late, reminds nobody.
alter table exchange.received_campaign add column reminded_at timestamptz;
