-- Due steps of the escalation ladder. The sweeper claims due rows (through their orders) with FOR UPDATE SKIP
-- LOCKED, so that with several replicas each step fires exactly once; a step never due is never read.
create table escalation_step (
    id            bigserial     primary key,
    order_id      varchar(36)   not null references rectification_order (id),
    level         varchar(20)   not null,
    reason        varchar(30)   not null,
    due_at        timestamptz   not null,
    fired_at      timestamptz,
    outcome       varchar(20)
);
-- the sweep reads only pending rows, in due order: O(due rows)
create index escalation_step_pending_due on escalation_step (due_at) where fired_at is null;
create index escalation_step_pending_order on escalation_step (order_id) where fired_at is null;
