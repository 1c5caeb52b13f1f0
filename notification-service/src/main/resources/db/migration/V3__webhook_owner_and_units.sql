-- Who owns a webhook subscription, and which units' events it receives.
--   owner: the client id of the integration client that created it (the token's azp, else its username), or the
--          username of the office user; an integration client sees and manages only its own subscriptions, the office
--          all of them. Subscriptions created before ownership was recorded belong to nobody: only the office sees them.
--   unit_codes: comma-separated unit codes; empty = events of every unit. A unit includes the units below it.
alter table webhook_subscription add column owner varchar(200);
alter table webhook_subscription add column unit_codes varchar(2000) not null default '';
create index webhook_subscription_owner on webhook_subscription (owner, created_at);
