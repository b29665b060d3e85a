-- Four-level networking (ADR 0069): a campaign received from the installation above is kept as a campaign of
-- its region here, under the upper bureau's name, with the name of the installation it came from; its content
-- (title, lesson, quiz, dates) is that bureau's and is not changed here. Null for a campaign issued here.
alter table education.campaign add column from_above varchar(60);
