-- Secret rotation: after POST /webhook-subscriptions/{id}/rotate-secret the secret before the rotation stays valid
-- until previous_secret_expires_at (cc.webhooks.secret-overlap, 24 h by default); until then every delivery carries a
-- signature with each secret, space-separated, as the Standard Webhooks specification describes.
alter table webhook_subscription add column previous_secret varchar(200);
alter table webhook_subscription add column previous_secret_expires_at timestamptz;
