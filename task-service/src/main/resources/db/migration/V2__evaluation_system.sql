-- The evaluation system (测评体系), versioned: category (测评项目) → indicator (测评内容) → standard (测评标准).
-- The campaign office imports a version (CSV or JSON) and activates it; at most one version is active. Other
-- features find the standards in force with
--   select 1 from eval_standard s join evaluation_system v on v.version = s.version where v.active and s.code = ?
create table evaluation_system (
    version       varchar(32)   primary key,
    name          varchar(200)  not null,
    active        boolean       not null default false,
    imported_at   timestamptz   not null,
    imported_by   varchar(100)  not null,
    activated_at  timestamptz,
    activated_by  varchar(100)
);
-- at most one active version
create unique index evaluation_system_one_active on evaluation_system (active) where active;

create table eval_category (
    version  varchar(32)   not null references evaluation_system (version) on delete cascade,
    code     varchar(32)   not null,
    name     varchar(200)  not null,
    ordinal  int           not null,
    primary key (version, code)
);

create table eval_indicator (
    version        varchar(32)   not null,
    code           varchar(32)   not null,
    category_code  varchar(32)   not null,
    name           varchar(500)  not null,
    ordinal        int           not null,
    primary key (version, code),
    foreign key (version, category_code) references eval_category (version, code) on delete cascade
);
create index eval_indicator_category on eval_indicator (version, category_code);

create table eval_standard (
    version         varchar(32)   not null,
    code            varchar(32)   not null,
    indicator_code  varchar(32)   not null,
    name            varchar(500)  not null,
    full_marks      numeric(8,2)  not null check (full_marks > 0),
    weight          numeric(8,4)  not null check (weight > 0 and weight <= 1),
    method          varchar(30)   not null,
    -- comma-separated PointType codes (gov.chuangcheng.events.evaluation.PointType), '' unless field-inspected
    point_types     text          not null default '',
    ordinal         int           not null,
    primary key (version, code),
    foreign key (version, indicator_code) references eval_indicator (version, code) on delete cascade
);
create index eval_standard_indicator on eval_standard (version, indicator_code);
create index eval_standard_code on eval_standard (code);
