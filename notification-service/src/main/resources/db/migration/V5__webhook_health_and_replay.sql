-- Endpoint health: every failed attempt (an error status, a timeout, a refused connection) counts; a delivered one
-- resets the count. A subscription whose attempts have all failed for cc.webhooks.disable-after (5 days) and at least
-- cc.webhooks.disable-min-failures times in a row (10) is disabled automatically (disabled_at, disabled_reason) and the
-- campaign office is told through the routing rules of cc.webhook-subscription.disabled.v1. Re-enabling it (PUT with
-- active = true) resets the count.
alter table webhook_subscription add column consecutive_failures integer not null default 0;
alter table webhook_subscription add column failing_since timestamptz;
alter table webhook_subscription add column disabled_at timestamptz;

-- Manual replay: a FAILED, ABANDONED or DELIVERED delivery is queued again with the same id (the webhook-id receivers
-- de-duplicate by); attempts restarts for the new round, replays counts the rounds.
alter table webhook_delivery add column replays integer not null default 0;
alter table webhook_delivery add column replayed_at timestamptz;
alter table webhook_delivery add column replayed_by varchar(200);

-- The delivery log keeps every attempt of every round.
--   round: 0 for the first round, n for the n-th replay; attempt: 1, 2, … within the round
--   outcome: DELIVERED, RETRY (will be retried), FAILED (for good), GONE (410), REFUSED (the target guard refused it)
create table webhook_attempt (
    id            bigint        generated always as identity primary key,
    delivery_id   uuid          not null references webhook_delivery (id) on delete cascade,
    round         integer       not null,
    attempt       integer       not null,
    attempted_at  timestamptz   not null,
    status        integer,
    outcome       varchar(20)   not null,
    error         varchar(1000)
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, id);

-- The campaign office hears of a subscription disabled automatically (by failures or by 410 Gone).
insert into notification_rule (id, name, event_type, level, min_severity, unit_code, audience, roles, channels) values
('00000000-0000-0000-0000-000000000901', '推送订阅停用：创城办', 'cc.webhook-subscription.disabled.v1', null, null, null,
 'CAMPAIGN_OFFICE', '', 'INBOX,MAIL');
