-- Webhook subscriptions of other systems (office or integration clients manage them) and the delivery log.
--   event_types: comma-separated routed event types; empty = all of them
--   secret: whsec_<base64>, the Standard Webhooks signing key
--   active = false once disabled (by its owner, or by the receiver answering 410 Gone: disabled_reason)
create table webhook_subscription (
    id               uuid          primary key,
    name             varchar(100)  not null,
    url              varchar(2000) not null,
    secret           varchar(200)  not null,
    event_types      varchar(2000) not null default '',
    active           boolean       not null default true,
    disabled_reason  varchar(500),
    version          bigint        not null default 0,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null
);

-- One delivery per (subscription, source event): a redelivered event never posts twice. The webhook-id header is the
-- delivery id, the same on every retry, so that receivers de-duplicate.
-- status: PENDING (next_attempt_at), DELIVERED (2xx), FAILED (a 4xx other than 408/429, or attempts exhausted),
-- ABANDONED (410 Gone: the subscription was disabled)
create table webhook_delivery (
    id                 uuid          primary key,
    subscription_id    uuid          not null references webhook_subscription (id) on delete cascade,
    source_event_id    varchar(100)  not null,
    event_type         varchar(200)  not null,
    unit_code          varchar(64),
    payload            text          not null,
    status             varchar(20)   not null,
    attempts           integer       not null default 0,
    next_attempt_at    timestamptz,
    last_status        integer,
    last_error         varchar(1000),
    created_at         timestamptz   not null,
    delivered_at       timestamptz,
    constraint webhook_delivery_once unique (subscription_id, source_event_id)
);
create index webhook_delivery_pending on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_log on webhook_delivery (subscription_id, created_at desc);
