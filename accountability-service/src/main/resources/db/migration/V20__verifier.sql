-- The inspector who verifies an order's submission (复查), from cc.reinspection.assigned.v1: that inspector, and no
-- other, may read the order.
alter table rectification_order add column verifier varchar(100);
