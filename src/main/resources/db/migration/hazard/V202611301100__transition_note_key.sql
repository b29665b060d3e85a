-- hazard: a transition made by the system (escalation) or with a fixed wording (挂牌督办, 约谈, 五落实)
-- stores a message key and its arguments instead of a sentence, so the history shows in the reader's
-- language. A free-text note (a rectifier's remark) stays in note.
alter table hazard.transition
    add column note_key  varchar(100),
    add column note_args text[] not null default '{}';
