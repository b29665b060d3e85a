-- The review date a point's reminder was sent for: a new assessment sets a new review date and so a new reminder.
alter table risk.point add column review_reminded_for date;
