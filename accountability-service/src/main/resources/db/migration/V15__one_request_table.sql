-- Extension requests (延期申请), suspension requests (缓办申请) and appeals (申诉) are one model: a unit's request about
-- an order, decided once by the office. Their rows move into one table with their kind; nothing is lost. What only one
-- kind carries stays in its own nullable columns. An upheld appeal (申诉成立) is an approved request.
create table order_request (
    id                varchar(36)   primary key,
    kind              varchar(20)   not null,
    order_id          varchar(36)   not null references rectification_order (id),
    reason            text          not null,
    status            varchar(20)   not null,
    requested_by      varchar(100)  not null,
    requested_at      timestamptz   not null,
    decided_by        varchar(100),
    decided_at        timestamptz,
    decision_comment  text,
    -- extensions: the working days asked for, and the deadline moved from and to once granted
    working_days      int,
    previous_deadline timestamptz,
    new_deadline      timestamptz,
    -- appeals: the appeal stopped the order's clock, so deciding it starts it again; the unit's evidence
    suspended_order   boolean,
    evidence_ids      text
);

insert into order_request (id, kind, order_id, reason, status, requested_by, requested_at, decided_by, decided_at,
                           decision_comment, working_days, previous_deadline, new_deadline)
select id, 'EXTENSION', order_id, reason, status, requested_by, requested_at, decided_by, decided_at,
       decision_comment, working_days, previous_deadline, new_deadline
from extension_request;

insert into order_request (id, kind, order_id, reason, status, requested_by, requested_at, decided_by, decided_at,
                           decision_comment)
select id, 'SUSPENSION', order_id, reason, status, requested_by, requested_at, decided_by, decided_at,
       decision_comment
from suspension_request;

insert into order_request (id, kind, order_id, reason, status, requested_by, requested_at, decided_by, decided_at,
                           decision_comment, suspended_order, evidence_ids)
select id, 'APPEAL', order_id, reason, case status when 'UPHELD' then 'APPROVED' else status end, appealed_by,
       appealed_at, decided_by, decided_at, decision_comment, suspended_order, evidence_ids
from appeal;

-- at most one pending request of a kind per order
create unique index order_request_pending on order_request (order_id, kind) where status = 'PENDING';
create index order_request_order on order_request (order_id, kind, requested_at);

drop table extension_request;
drop table suspension_request;
drop table appeal;
