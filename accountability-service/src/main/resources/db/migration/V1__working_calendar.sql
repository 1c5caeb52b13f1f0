-- The working calendar (工作日历): accountability-service owns it (deadlines and escalation run on it) and publishes
-- every year on cc.calendar.v1.
create table working_calendar (
    year              int           primary key,
    zone              varchar(40)   not null,
    office_start      time,
    office_end        time,
    all_days_working  boolean       not null default false,
    version           bigint        not null default 0,
    updated_at        timestamptz   not null,
    updated_by        varchar(100)  not null
);

create table working_calendar_day (
    year   int          not null references working_calendar (year) on delete cascade,
    day    date         not null,
    kind   varchar(20)  not null,
    name   varchar(50),
    primary key (year, day)
);
