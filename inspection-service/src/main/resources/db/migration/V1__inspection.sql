-- Read model of the evaluation system's standards (owned by task-service, published on cc.evaluation.v1).
create table catalogue_standard (
    code            varchar(64)    primary key,
    name            varchar(500)   not null,
    indicator_code  varchar(64),
    indicator_name  varchar(500),
    method          varchar(40)    not null,
    -- point type codes separated by commas (PointType names)
    point_types     varchar(1000)  not null default '',
    full_marks      numeric(9,2),
    system_version  varchar(64),
    active          boolean        not null,
    updated_at      timestamptz    not null
);

-- Inspection points (点位). Coordinates are always WGS-84.
create table point (
    id                     uuid           primary key,
    code                   varchar(64)    not null unique,
    name                   varchar(200)   not null,
    type                   varchar(40)    not null,
    address                varchar(300)   not null,
    street                 varchar(100),
    latitude               double precision not null,
    longitude              double precision not null,
    responsible_unit_code  varchar(64)    not null,
    active                 boolean        not null,
    version                bigint         not null default 0,
    created_at             timestamptz    not null,
    updated_at             timestamptz    not null
);
create index point_type on point (type);
create index point_unit on point (responsible_unit_code);
create index point_lat_lon on point (latitude, longitude);

create table point_co_unit (
    point_id   uuid          not null references point (id) on delete cascade,
    position   int           not null,
    unit_code  varchar(64)   not null,
    primary key (point_id, position)
);

-- Checklists (检查表): one row per version of a point type's checklist; the highest version is current.
create table checklist (
    id              uuid           primary key,
    point_type      varchar(40)    not null,
    version         int            not null,
    pass_threshold  numeric(9,2)   not null,
    created_by      varchar(100)   not null,
    created_at      timestamptz    not null,
    unique (point_type, version)
);

create table checklist_item (
    checklist_id    uuid           not null references checklist (id) on delete cascade,
    position        int            not null,
    item_code       varchar(64)    not null,
    standard_code   varchar(64)    not null,
    check_text      varchar(500)   not null,
    max_score       numeric(9,2)   not null,
    pass_threshold  numeric(9,2)   not null,
    severity        varchar(20)    not null,
    primary key (checklist_id, position)
);

-- Inspections (督查记录) with a snapshot of what was checked.
create table inspection (
    id                     uuid           primary key,
    point_id               uuid           not null references point (id),
    point_code             varchar(64)    not null,
    responsible_unit_code  varchar(64)    not null,
    checklist_id           uuid           not null references checklist (id),
    checklist_version      int            not null,
    inspector              varchar(100)   not null,
    inspected_at           timestamptz    not null,
    latitude               double precision not null,
    longitude              double precision not null,
    distance_meters        double precision not null,
    far_from_point         boolean        not null,
    remarks                varchar(2000),
    total_score            numeric(9,2)   not null,
    max_score              numeric(9,2)   not null,
    passed                 boolean        not null,
    idempotency_key        varchar(200),
    request_hash           varchar(64),
    created_at             timestamptz    not null,
    unique (inspector, idempotency_key)
);
create index inspection_point on inspection (point_id);
create index inspection_unit on inspection (responsible_unit_code);

create table inspection_item (
    inspection_id   uuid           not null references inspection (id) on delete cascade,
    position        int            not null,
    item_code       varchar(64)    not null,
    standard_code   varchar(64)    not null,
    check_text      varchar(500)   not null,
    score           numeric(9,2)   not null,
    max_score       numeric(9,2)   not null,
    pass_threshold  numeric(9,2)   not null,
    severity        varchar(20)    not null,
    passed          boolean        not null,
    remark          varchar(1000),
    -- JSON array of evidence ids
    evidence_ids    text           not null default '[]',
    primary key (inspection_id, position)
);
