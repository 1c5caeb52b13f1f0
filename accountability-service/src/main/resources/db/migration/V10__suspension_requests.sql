-- Suspension requests (缓办申请): a unit asks the office to stop an order's clock; an approved one suspends the order.
create table suspension_request (
    id                varchar(36)   primary key,
    order_id          varchar(36)   not null references rectification_order (id),
    reason            text          not null,
    status            varchar(20)   not null,
    requested_by      varchar(100)  not null,
    requested_at      timestamptz   not null,
    decided_by        varchar(100),
    decided_at        timestamptz,
    decision_comment  text
);
-- at most one pending request per order
create unique index suspension_request_pending on suspension_request (order_id) where status = 'PENDING';
create index suspension_request_order on suspension_request (order_id, requested_at);
