-- people: sign-in hardening (issue 9).
-- failed_attempts now counts the password checks of the current window, reserved before the check
-- (one conditional update), so parallel wrong passwords cannot check more than the limit; the window
-- starts at attempts_since and ends after the lock period, so a reservation lost to a crash expires.
alter table people.account add column attempts_since timestamptz;
-- Sessions signed in before this instant are ended at their next request (password change, reset,
-- lockout, disable).
alter table people.account add column sessions_valid_after timestamptz;
-- When the password was last set; the administrators' passwords expire after a policy period.
alter table people.account add column password_changed_at timestamptz not null default now();
