-- Suspension (挂起): the office stops an order's clock; on resumption the order gets the office time it had left.
alter table rectification_order add column suspended_at timestamptz;
alter table rectification_order add column suspension_reason text;
alter table rectification_order add column suspended_remaining_seconds bigint;
