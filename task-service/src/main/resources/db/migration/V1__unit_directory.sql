-- The unit directory (责任单位): task-service owns it and publishes every change on cc.directory.v1.
create table unit (
    code         varchar(32)   primary key,
    name         varchar(100)  not null,
    kind         varchar(40)   not null,
    parent_code  varchar(32)   references unit (code),
    active       boolean       not null default true,
    version      bigint        not null default 0,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null
);
create index unit_parent on unit (parent_code);

create table unit_contact (
    unit_code  varchar(32)   not null references unit (code) on delete cascade,
    position   int           not null,
    name       varchar(50)   not null,
    role       varchar(20)   not null,
    phone      varchar(30),
    email      varchar(200),
    username   varchar(100),
    primary key (unit_code, position)
);
