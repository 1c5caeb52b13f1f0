-- Appeals (申诉): a unit contests an order; the office upholds (the order is withdrawn and its deductions reversed)
-- or rejects it.
create table appeal (
    id                 varchar(36)   primary key,
    order_id           varchar(36)   not null references rectification_order (id),
    reason             text          not null,
    status             varchar(20)   not null,
    appealed_by        varchar(100)  not null,
    appealed_at        timestamptz   not null,
    decided_by         varchar(100),
    decided_at         timestamptz,
    decision_comment   text,
    -- the appeal stopped the order's clock, so deciding it starts it again
    suspended_order    boolean       not null
);
create unique index appeal_pending on appeal (order_id) where status = 'PENDING';
