-- The campaign (创建周期) with its evaluation day and phases; the office lives by its countdown.
create table campaign (
    code             varchar(32)   primary key,
    name             varchar(200)  not null,
    evaluation_name  varchar(100)  not null,
    evaluation_date  date          not null,
    version          bigint        not null default 0,
    updated_at       timestamptz   not null,
    updated_by       varchar(100)  not null
);

create table campaign_phase (
    campaign_code  varchar(32)   not null references campaign (code) on delete cascade,
    position       int           not null,
    name           varchar(100)  not null,
    starts_on      date          not null,
    ends_on        date          not null,
    primary key (campaign_code, position)
);

-- Read model of the working calendar that accountability-service owns (cc.calendar.v1, one row per year).
create table calendar_year (
    year        int          primary key,
    payload     text         not null,
    updated_at  timestamptz  not null default now()
);
