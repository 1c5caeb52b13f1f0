-- The ranking's rates are counted by the database per unit (LedgerService.rates): each closed order keeps the office
-- time it took, computed on the working calendar when it closed (orders closed before version 14 get it from
-- OfficeTimeBackfill at start), and one partial index covers exactly the rows the rates read.
alter table rectification_order add column office_seconds_to_close bigint;
create index rectification_order_rated on rectification_order (unit_code)
    include (status, on_time, office_seconds_to_close, reinspection_failures)
    where not closed_by_appeal and (status = 'CLOSED' or reinspection_failures > 0);
