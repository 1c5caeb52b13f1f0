-- Responsibility disputes (退单), reassignment (改派), dispatch inside a unit (派遣) and appeals that contest one ledger
-- entry. Nothing existing changes meaning: an order got its unit when it opened, no order is dispatched, and an appeal
-- filed before appeals named an entry keeps a null entry.
alter table rectification_order
    add column assigned_at         timestamptz,
    add column assignee_unit_code  varchar(50),
    add column assignee_unit_name  varchar(200),
    add column assignee_username   varchar(100),
    add column dispatched_at       timestamptz;
update rectification_order set assigned_at = opened_at;
alter table rectification_order alter column assigned_at set not null;
create index rectification_order_assignee_unit on rectification_order (assignee_unit_code)
    where assignee_unit_code is not null;

alter table order_request
    -- disputes: the unit that disputed, the unit it named, and the unit the office settled on
    add column disputing_unit_code varchar(50),
    add column claimed_unit_code   varchar(50),
    add column claimed_unit_name   varchar(200),
    add column settled_unit_code   varchar(50),
    add column settled_unit_name   varchar(200),
    -- appeals: the ledger entry contested; one appeal per entry
    add column ledger_entry_id     varchar(36);
create unique index order_request_one_appeal_per_entry on order_request (ledger_entry_id)
    where kind = 'APPEAL' and ledger_entry_id is not null;
