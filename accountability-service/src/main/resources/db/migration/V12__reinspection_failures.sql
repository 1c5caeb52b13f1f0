-- Failed re-inspections (复查未通过) per order, for the rework rate (返工率): share of re-inspected orders that failed
-- one at least once.
alter table rectification_order add column reinspection_failures int not null default 0;
update rectification_order o set reinspection_failures =
    (select count(*) from rectification_history h where h.order_id = o.id and h.action = 'REINSPECTION_FAILED');
