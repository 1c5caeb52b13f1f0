-- A standard's own deadline (处置时限), set by the office: wins over the configured one and the severity's, e.g.
-- exposed garbage (暴露垃圾) 4 working hours. Exactly one of office time and working days.
create table deadline_override (
    standard_code        varchar(32)   primary key,
    amount               bigint        not null,
    unit                 varchar(20)   not null,
    office_time_seconds  bigint,
    working_days         int,
    note                 varchar(500),
    updated_at           timestamptz   not null,
    updated_by           varchar(100)  not null,
    version              bigint        not null default 0,
    constraint deadline_override_one_kind check ((office_time_seconds is null) <> (working_days is null)),
    constraint deadline_override_positive check (coalesce(office_time_seconds, working_days) > 0)
);
