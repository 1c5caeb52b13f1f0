-- 施工挂起: the office stops the clock of every open order of some points (a market, the segments of a street) at once
-- for construction, with a reason and an end date; the orders resume on their own the day after it.
create table construction_suspension (
    id          varchar(36)   primary key,
    point_ids   text          not null,
    reason      text          not null,
    until_date  date          not null,
    resume_at   timestamptz   not null,
    created_by  varchar(100)  not null,
    created_at  timestamptz   not null,
    order_count integer       not null,
    ended_at    timestamptz,
    ended_by    varchar(100),
    version     bigint        not null default 0
);
create index construction_suspension_due on construction_suspension (resume_at) where ended_at is null;

-- what stopped an order's clock when it was not the order's own matter (the construction's id); cleared on resume
alter table rectification_order add column suspension_ref varchar(36);
create index rectification_order_suspension_ref on rectification_order (suspension_ref) where suspension_ref is not null;
