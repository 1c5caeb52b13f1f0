-- The rectification orders as their events on cc.rectifications.v1 leave them (every event carries the order's state
-- after it): the at-risk list (迎检风险清单) finds the orders still open whose deadline falls after the evaluation day.
-- A closed order stays closed whatever arrives after (an appeal of a closed order's deduction); an event older than
-- the one applied changes nothing.
create table dash_order (
    order_id       varchar(64)   primary key,
    number         varchar(32)   not null,
    point_id       varchar(100),
    point_code     varchar(100),
    point_name     varchar(300),
    standard_code  varchar(100),
    standard_name  varchar(500),
    unit_code      varchar(50),
    unit_name      varchar(200),
    -- null while the order is suspended (暂停)
    deadline       timestamptz,
    level          varchar(20),
    open           boolean       not null,
    event_time     timestamptz   not null,
    updated_at     timestamptz   not null
);
create index dash_order_open on dash_order (deadline) where open;
