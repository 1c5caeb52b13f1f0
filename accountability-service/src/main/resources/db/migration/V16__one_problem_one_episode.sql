-- Every closed order says how it closed (Closure): fixed (REINSPECTION), voided (VOIDED: 不属实, 作废, an upheld appeal)
-- or merged into another order (MERGED). Orders withdrawn on an upheld appeal before this version become VOIDED; they
-- never were rectifications, so they carry no on-time flag. Only fixed closures count in the rates.
alter table rectification_order add column closure varchar(20);
alter table rectification_order add column closure_reason text;
alter table rectification_order add column merged_into_id varchar(36) references rectification_order (id);
alter table rectification_order add column merged_into_number varchar(20);
update rectification_order set closure = case when closed_by_appeal then 'VOIDED' else 'REINSPECTION' end
    where status = 'CLOSED';
update rectification_order set on_time = null where closed_by_appeal;
drop index rectification_order_rated;
alter table rectification_order drop column closed_by_appeal;
create index rectification_order_rated on rectification_order (unit_code)
    include (status, on_time, office_seconds_to_close, reinspection_failures)
    where (closure is null or closure = 'REINSPECTION') and (status = 'CLOSED' or reinspection_failures > 0);

-- On time means the submission that passed was made by the deadline in force at that moment: kept when it is made.
alter table rectification_order add column deadline_at_submission timestamptz;
update rectification_order set deadline_at_submission = deadline where submitted_at is not null;
-- a 12345 report after the unit's submission marks the order for priority verification (优先复查)
alter table rectification_order add column priority_verification boolean not null default false;

-- Ledger entries say what they are, who made one by hand, with what evidence and about which task. Adding columns
-- changes no row: entries stay append-only (older ones read their kind from their level and reversal).
alter table ledger_entry add column kind varchar(40);
alter table ledger_entry add column recorded_by varchar(100);
alter table ledger_entry add column evidence_ids text;
alter table ledger_entry add column task_id varchar(100);
