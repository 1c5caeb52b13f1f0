-- Re-inspection tasks (复查): one per rectification order, (re)opened by cc.rectification.verification-requested.v1.
create table reinspection_task (
    order_id        varchar(64)    primary key,
    order_number    varchar(64),
    point_id        uuid           not null,
    point_code      varchar(64)    not null,
    point_name      varchar(200),
    standard_code   varchar(64)    not null,
    standard_name   varchar(500),
    unit_code       varchar(64)    not null,
    severity        varchar(20),
    due_by          timestamptz,
    requested_at    timestamptz    not null,
    status          varchar(20)    not null,
    inspection_id   uuid,
    version         bigint         not null default 0
);
create index reinspection_task_status on reinspection_task (status, due_by);
create index reinspection_task_unit on reinspection_task (unit_code);

-- the order a re-inspection re-checks; null for a patrol
alter table inspection add column reinspection_order_id varchar(64);
