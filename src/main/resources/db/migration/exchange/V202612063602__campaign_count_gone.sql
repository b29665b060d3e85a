-- A school's campaign figures sent up remember its region, so that a school no longer targeted here (its classes
-- removed, or moved out of the region) can be sent up once as gone and leave the campaign's rates above; its digest
-- then reads 'gone' until it is targeted again.
alter table exchange.campaign_count_sent add column region_code varchar(9);
