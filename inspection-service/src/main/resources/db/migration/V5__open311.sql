-- Service requests (Open311 GeoReport v2) from the 12345 hotline, 数字城管 and 随手拍, routed to a point × standard.
-- The reporter's contact data stays here (for replies); it never travels on the bus.
create table service_request (
    id                   uuid            primary key,
    channel              varchar(100)    not null,
    service_code         varchar(64)     not null,
    service_name         varchar(500)    not null,
    description          varchar(4000),
    latitude             double precision,
    longitude            double precision,
    address_string       varchar(500),
    media_url            varchar(1000),
    reporter_email       varchar(200),
    reporter_phone       varchar(50),
    reporter_name        varchar(200),
    device_id            varchar(200),
    point_id             uuid            not null references point (id),
    standard_code        varchar(64)     not null,
    severity             varchar(20)     not null,
    status               varchar(10)     not null,
    status_notes         varchar(500),
    order_id             varchar(64),
    order_number         varchar(64),
    agency_responsible   varchar(200),
    expected_at          timestamptz,
    requested_at         timestamptz     not null,
    updated_at           timestamptz     not null
);
create index service_request_episode on service_request (point_id, standard_code) where order_id is null;
create index service_request_order on service_request (order_id);
create index service_request_requested on service_request (requested_at);

-- The rectification orders accountability-service has open, per point × standard (from cc.rectifications.v1): a
-- request about a problem that already has an order joins it at once.
create table known_order (
    order_id        varchar(64)    primary key,
    order_number    varchar(64)    not null,
    point_id        uuid           not null,
    standard_code   varchar(64)    not null,
    unit_name       varchar(200)   not null,
    deadline        timestamptz,
    closed          boolean        not null
);
create index known_order_open on known_order (point_id, standard_code) where not closed;
