-- Appeals carry the unit's evidence; an upheld appeal closes the episode (销号 by appeal), which rates leave out.
alter table appeal add column evidence_ids text;
alter table rectification_order add column closed_by_appeal boolean not null default false;
update rectification_order o set closed_by_appeal = true
    where o.status = 'CLOSED' and exists (select 1 from appeal a where a.order_id = o.id and a.status = 'UPHELD');
