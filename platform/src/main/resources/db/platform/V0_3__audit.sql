-- who read what: every read of personal data and every export a service answered (platform audit/)
create table audit_entry (
    id          bigint generated always as identity primary key,
    at          timestamptz not null,
    actor       varchar(255) not null,
    roles       varchar(255) not null,
    kind        varchar(32)  not null,
    what        varchar(255) not null,
    method      varchar(16)  not null,
    target      varchar(2048) not null,
    status      integer      not null
);
create index audit_entry_at on audit_entry (at);
create index audit_entry_actor on audit_entry (actor, at);
