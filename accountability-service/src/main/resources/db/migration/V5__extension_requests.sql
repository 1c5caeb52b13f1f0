-- Extension requests (延期申请): a unit asks for more working days, the office approves or rejects.
create table extension_request (
    id                varchar(36)   primary key,
    order_id          varchar(36)   not null references rectification_order (id),
    working_days      int           not null,
    reason            text          not null,
    status            varchar(20)   not null,
    requested_by      varchar(100)  not null,
    requested_at      timestamptz   not null,
    decided_by        varchar(100),
    decided_at        timestamptz,
    decision_comment  text,
    previous_deadline timestamptz,
    new_deadline      timestamptz
);
-- at most one pending request per order
create unique index extension_request_pending on extension_request (order_id) where status = 'PENDING';
create index extension_request_order on extension_request (order_id, requested_at);
