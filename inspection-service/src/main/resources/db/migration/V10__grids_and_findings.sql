-- Grids (网格化管理): the areas a unit answers for, imported by the office as GeoJSON. Geometry is stored as the
-- coordinates of a GeoJSON MultiPolygon in WGS-84; the bounding box narrows "which grids contain this position" to a
-- few rows before the exact test in Java.
create table grid (
    id                     uuid             primary key,
    code                   varchar(64)      not null unique,
    name                   varchar(200)     not null,
    kind                   varchar(20)      not null,
    responsible_unit_code  varchar(64)      not null,
    coordinates            text             not null,
    min_lat                double precision not null,
    max_lat                double precision not null,
    min_lon                double precision not null,
    max_lon                double precision not null,
    area_m2                double precision not null,
    position_count         int              not null,
    version                bigint           not null default 0,
    created_at             timestamptz      not null,
    updated_at             timestamptz      not null
);
create index grid_bbox on grid (min_lat, max_lat, min_lon, max_lon);

create table grid_co_unit (
    grid_id    uuid          not null references grid (id) on delete cascade,
    position   int           not null,
    unit_code  varchar(64)   not null,
    primary key (grid_id, position)
);

-- Temporary points (临时点位): made where a problem was found off every registered point, inside a grid; reused for
-- the same standard nearby so that repeated reports join one episode. Promotion makes one registered and keeps it.
alter table point
    add column temporary      boolean      not null default false,
    add column grid_code      varchar(64),
    add column standard_code  varchar(64),
    add column promoted_at    timestamptz;
create index point_temporary on point (grid_code, standard_code) where temporary;

-- A report outside every grid waits for the office to dispatch it: its request has no point until then.
alter table service_request alter column point_id drop not null;

-- Findings (巡查发现 / 随手拍) of inspectors, and reports outside every grid awaiting dispatch (待派遣).
create table finding (
    id                uuid             primary key,
    channel           varchar(100)     not null,
    request_id        uuid             not null unique,
    inspector         varchar(100),
    idempotency_key   varchar(200),
    request_hash      varchar(64),
    item_code         varchar(64)      not null,
    standard_code     varchar(64)      not null,
    point_types       varchar(1000)    not null,
    latitude          double precision not null,
    longitude         double precision not null,
    reported_lat      double precision,
    reported_lon      double precision,
    description       varchar(4000),
    evidence_ids      text             not null default '',
    found_at          timestamptz      not null,
    status            varchar(20)      not null,
    point_id          uuid             references point (id),
    unit_code         varchar(64),
    dispatched_by     varchar(100),
    dispatched_at     timestamptz,
    dispatch_comment  varchar(1000),
    created_at        timestamptz      not null,
    unique (inspector, idempotency_key)
);
create index finding_pending on finding (created_at) where status = 'PENDING_DISPATCH';
