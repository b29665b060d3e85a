-- "三个100%" asks that the one-button alarm AND the video surveillance are connected to the police (联网) (issue 8).
-- Whether a school's video is connected was never recorded, so it starts as not connected until the school says so.
alter table security.school_facilities add column video_linked_police boolean not null default false;
