-- A request follows the order accountability-service opened from it or attached it to (the request id as sourceRef
-- of cc.rectification.opened.v1 or cc.rectification.evidence-added.v1): only that order's closure closes it. Until it
-- is named, it merely shows the open order of its point × standard, which may close before the request reaches it.
alter table service_request add column order_confirmed boolean not null default false;
-- links made before accountability-service named its requests were all there was to follow: they stay followed
update service_request set order_confirmed = true where order_id is not null;
-- a fixed closure's notes carry the unit's account of its fix (up to 2,000 characters), a voided one the reason
alter table service_request alter column status_notes type text;

-- How each order closed (cc.rectification.closed.v1), for its requests' answers and the after-photos they link;
-- null for orders closed before closures were kept.
alter table known_order
    add column closure            varchar(20),
    add column closure_reason     text,
    add column merged_into_number varchar(64),
    add column fix                text,
    add column fix_evidence_ids   text;
