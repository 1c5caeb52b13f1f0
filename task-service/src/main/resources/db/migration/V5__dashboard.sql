-- Read models of the dashboard (驾驶舱): readiness and rankings, kept from other services' events.

-- cc.inspection.completed.v1 (patrols only; re-inspections of an order are not counted): items inspected and passed
-- per standard and per responsible unit ('' when the point names none)
create table dash_inspection_tally (
    standard_code  varchar(32)   not null,
    unit_code      varchar(32)   not null,
    inspected      int           not null default 0,
    passed         int           not null default 0,
    updated_at     timestamptz   not null,
    primary key (standard_code, unit_code)
);

-- cc.assessment.entry-recorded.v1: each unit's latest assessment score (考核得分), the entry with the latest recordedAt
create table dash_unit_score (
    unit_code    varchar(32)   primary key,
    score        numeric(7,2)  not null,
    entry_id     varchar(64)   not null,
    recorded_at  timestamptz   not null,
    updated_at   timestamptz   not null
);

-- cc.rectification.closed.v1: orders closed per unit and how many of them on time (按期整改)
create table dash_rectification_tally (
    unit_code   varchar(32)   primary key,
    closed      int           not null default 0,
    on_time     int           not null default 0,
    updated_at  timestamptz   not null
);
