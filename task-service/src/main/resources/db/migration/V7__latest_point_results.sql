-- The projected score of a field standard (实地考察) is what the evaluators would find: each point's latest result
-- for the standard, not running totals since the campaign began. One row per point × standard, replaced by a later
-- inspection. The running tallies go; the rows fill from the inspections from here on (a replay of
-- cc.inspections.v1 from its start fills them from its retention, 14 days).
create table dash_point_result (
    point_id       varchar(100)  not null,
    standard_code  varchar(100)  not null,
    unit_code      varchar(50)   not null,
    passed         boolean       not null,
    inspected_at   timestamptz   not null,
    inspection_id  varchar(36)   not null,
    primary key (point_id, standard_code)
);
create index dash_point_result_window on dash_point_result (standard_code, inspected_at);
drop table dash_inspection_tally;
