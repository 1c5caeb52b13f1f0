-- Every service's read model of the unit directory (owned by task-service, published on cc.directory.v1).
-- Unit scoping ("a 街道 sees its 社区") is computed from it in each service's own database.
create table directory_unit (
    code         varchar(64)   primary key,
    name         varchar(200)  not null,
    kind         varchar(40)   not null,
    parent_code  varchar(64),
    active       boolean       not null,
    contacts     text          not null default '[]',
    updated_at   timestamptz   not null default now()
);
create index directory_unit_parent on directory_unit (parent_code);
