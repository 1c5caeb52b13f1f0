-- Patrol plans (巡查计划): the office assigns points to an inspector for a day or a range of days (both inclusive,
-- calendar days in Asia/Shanghai). An inspector has at most one plan on any day (checked under a lock per inspector).
create table patrol_plan (
    id           uuid           primary key,
    inspector    varchar(100)   not null,
    start_date   date           not null,
    end_date     date           not null,
    note         varchar(500),
    created_by   varchar(100)   not null,
    created_at   timestamptz    not null,
    updated_at   timestamptz    not null,
    version      bigint         not null default 0,
    check (end_date >= start_date)
);
create index patrol_plan_inspector_dates on patrol_plan (inspector, start_date, end_date);
create index patrol_plan_dates on patrol_plan (start_date, end_date);

-- the points of a plan, in the order the office listed them (point codes never change, ids are stored); a point
-- is listed once per plan (checked by the service: a unique key here would trip over Hibernate re-ordering the rows)
create table patrol_plan_point (
    plan_id    uuid   not null references patrol_plan (id) on delete cascade,
    position   int    not null,
    point_id   uuid   not null references point (id),
    primary key (plan_id, position)
);
create index patrol_plan_point_point on patrol_plan_point (point_id);

-- "was this point inspected that day / since when is it uncovered / its latest result": coverage, patrol progress,
-- statistics and the GeoJSON map all read a point's inspections by time
create index inspection_point_time on inspection (point_id, inspected_at desc);
create index inspection_time on inspection (inspected_at);
