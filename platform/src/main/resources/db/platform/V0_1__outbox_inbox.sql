-- Transactional outbox: a state change and its event commit together. The relay publishes unpublished rows in id
-- order and marks them; it never reads "id > last sent id", so a row whose transaction commits late is not skipped.
create table outbox_event (
    id            bigint generated always as identity primary key,
    event_id      uuid          not null unique,
    topic         varchar(200)  not null,
    msg_key       varchar(400)  not null,
    event_type    varchar(200)  not null,
    source        varchar(200)  not null,
    occurred_at   timestamptz   not null,
    payload       text          not null,
    created_at    timestamptz   not null default now(),
    published_at  timestamptz
);
-- the relay's only query path: small however large the table grows
create index outbox_event_unpublished on outbox_event (id) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Inbox: (consumer, event id) recorded in the transaction of the effect; a redelivered event finds its row and
-- changes nothing.
create table inbox_event (
    consumer     varchar(100)  not null,
    event_id     varchar(100)  not null,
    event_type   varchar(200)  not null,
    received_at  timestamptz   not null default now(),
    primary key (consumer, event_id)
);
create index inbox_event_received_at on inbox_event (received_at);
