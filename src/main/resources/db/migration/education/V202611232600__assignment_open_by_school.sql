-- The students of a school who have not finished a campaign (the campaign page of a school): without it the
-- lookup scans every assignment of the province (10,000,000 at scale).
create index assignment_open_school_idx on education.assignment (school_id, campaign_id) where completed_at is null;
