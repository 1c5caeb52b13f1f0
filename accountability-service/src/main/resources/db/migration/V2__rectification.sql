-- Rectification orders (整改单). An episode runs from an order's opening to its closing (销号) for one point ×
-- standard; at most one episode of a point × standard is open at a time.
create sequence rectification_number_seq;

create table rectification_order (
    id                       varchar(36)   primary key,
    number                   varchar(20)   not null unique,
    point_id                 varchar(100)  not null,
    point_code               varchar(100),
    point_name               varchar(200),
    standard_code            varchar(100)  not null,
    standard_name            varchar(300),
    unit_code                varchar(50)   not null,
    unit_name                varchar(200),
    severity                 varchar(20)   not null,
    source                   varchar(20)   not null,
    source_ref               varchar(100),
    description              text,
    evidence_ids             text          not null,
    status                   varchar(20)   not null,
    level                    varchar(20)   not null,
    relapse                  boolean       not null default false,
    relapse_of               varchar(36),
    failures                 int           not null default 1,
    overdue                  boolean       not null default false,
    opened_at                timestamptz   not null,
    deadline                 timestamptz   not null,
    submitted_at             timestamptz,
    submission               text,
    submission_evidence_ids  text,
    closed_at                timestamptz,
    on_time                  boolean,
    version                  bigint        not null default 0
);

-- the episode rule: one open order per point × standard
create unique index rectification_order_open_episode on rectification_order (point_id, standard_code)
    where status <> 'CLOSED';
create index rectification_order_unit on rectification_order (unit_code, status);
create index rectification_order_closed_episode on rectification_order (point_id, standard_code, closed_at)
    where status = 'CLOSED';

-- what happened to an order, in order (append-only)
create table rectification_history (
    id        bigserial     primary key,
    order_id  varchar(36)   not null references rectification_order (id),
    at        timestamptz   not null,
    action    varchar(30)   not null,
    actor     varchar(100)  not null,
    status    varchar(20)   not null,
    level     varchar(20)   not null,
    note      text
);
create index rectification_history_order on rectification_history (order_id, id);
