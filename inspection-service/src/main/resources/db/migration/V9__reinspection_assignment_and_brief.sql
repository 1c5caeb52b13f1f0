-- Who verifies an order (复查): the inspector whose patrol plan holds the point that day, one who claimed it from the
-- office's pool, or one the office assigned; and when it was flagged as falling due and as late (the office's own
-- lateness, never the unit's).
alter table reinspection_task
    add column inspector    varchar(100),
    add column assignment   varchar(20),
    add column assigned_at  timestamptz,
    add column due_soon_at  timestamptz,
    add column overdue_at   timestamptz;
create index reinspection_task_inspector on reinspection_task (inspector, status);

-- What the inspector needs to verify an order, kept from cc.rectifications.v1: the problem, the unit's fix, the
-- deadline and the history in short.
create table order_brief (
    order_id            varchar(64)   primary key,
    problem             text,
    before_evidence_ids text,
    opened_at           timestamptz,
    fix                 text,
    after_evidence_ids  text,
    submitted_at        timestamptz,
    deadline            timestamptz,
    level_name          varchar(20),
    history             text,
    version             bigint        not null default 0
);
