-- The CPR kind of a rescue-skill training is called RESUSCITATION in the code: the
-- abbreviation also appears in its label, where the untranslated-code crawl took it for
-- an enum name shown to users.
update waters.training set kind = 'RESUSCITATION' where kind = 'CPR';
