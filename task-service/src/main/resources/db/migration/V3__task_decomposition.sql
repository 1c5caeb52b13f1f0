-- Task decomposition (任务分解): the campaign office splits the evaluation system into tasks, each serving one standard
-- or a group of standards, led by one unit (牵头单位) with co-units (配合单位), due on a date, with milestones;
-- units report progress with ledger material (台账材料); the office accepts or rejects. Events on cc.tasks.v1.
create table task (
    id                   varchar(36)   primary key,
    title                varchar(200)  not null,
    description          varchar(4000),
    lead_unit_code       varchar(32)   not null references unit (code),
    due_date             date          not null,
    status               varchar(30)   not null
        check (status in ('NOT_STARTED', 'IN_PROGRESS', 'AWAITING_ACCEPTANCE', 'COMPLETED', 'OVERDUE')),
    percent              int           not null default 0 check (percent between 0 and 100),
    assigned_by          varchar(100)  not null,
    submitted_at         timestamptz,
    submitted_by         varchar(100),
    completed_at         timestamptz,
    completed_on_time    boolean,
    -- set once, in the transaction that writes the cc.task.overdue.v1 outbox row: the event's exactly-once guard
    overdue_notified_at  timestamptz,
    version              bigint        not null default 0,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null
);
create index task_lead_unit on task (lead_unit_code);
create index task_due_date on task (due_date, id);
-- the overdue sweeper's only query path: tasks that may still become overdue
create index task_overdue_candidates on task (due_date) where overdue_notified_at is null and status <> 'COMPLETED';

-- the standards a task serves; position 0 is the primary standard its events name
create table task_standard (
    task_id         varchar(36)   not null references task (id) on delete cascade,
    position        int           not null,
    standard_code   varchar(32)   not null,
    standard_name   varchar(500)  not null,
    indicator_code  varchar(32),
    primary key (task_id, position)
);
create index task_standard_code on task_standard (standard_code);
create index task_standard_indicator on task_standard (indicator_code);

create table task_co_unit (
    task_id    varchar(36)  not null references task (id) on delete cascade,
    position   int          not null,
    unit_code  varchar(32)  not null references unit (code),
    primary key (task_id, position)
);
create index task_co_unit_unit on task_co_unit (unit_code);

create table task_milestone (
    task_id   varchar(36)   not null references task (id) on delete cascade,
    position  int           not null,
    name      varchar(200)  not null,
    due_date  date          not null,
    done      boolean       not null default false,
    primary key (task_id, position)
);

create table task_progress (
    id             varchar(36)    primary key,
    task_id        varchar(36)    not null references task (id),
    -- 1, 2, 3… per task: the order of the reports (a task's reports are serialised by its version)
    number         int            not null,
    text           varchar(4000)  not null,
    percent        int            not null check (percent between 0 and 100),
    reported_by    varchar(100)   not null,
    reporter_unit  varchar(32),
    reported_at    timestamptz    not null
);
create unique index task_progress_number on task_progress (task_id, number);

create table task_progress_material (
    progress_id  varchar(36)    not null references task_progress (id) on delete cascade,
    position     int            not null,
    name         varchar(200)   not null,
    uri          varchar(1000)  not null,
    primary key (progress_id, position)
);

create table task_review (
    id           varchar(36)    primary key,
    task_id      varchar(36)    not null references task (id),
    number       int            not null,
    decision     varchar(20)    not null check (decision in ('ACCEPTED', 'REJECTED')),
    reason       varchar(1000),
    reviewed_by  varchar(100)   not null,
    reviewed_at  timestamptz    not null
);
create unique index task_review_number on task_review (task_id, number);
