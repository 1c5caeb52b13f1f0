-- Rectification figures per period (周通报, 月排名): each rate selects its orders by the instant that puts them in the
-- period, on an index of that instant, instead of reading every order of the campaign.
create index rectification_order_deadline on rectification_order (deadline);
create index rectification_order_closed_at on rectification_order (closed_at) where status = 'CLOSED';
create index rectification_order_opened_at on rectification_order (opened_at);
create index rectification_history_verification on rectification_history (at)
    where action in ('CLOSED', 'REINSPECTION_FAILED');
create index order_request_dispute on order_request (requested_at) where kind = 'DISPUTE';
-- a period's score: the entries recorded in it; the score at its end: the score now less the entries since
create index ledger_entry_recorded_at on ledger_entry (recorded_at);

-- the last ranking published (cc.assessment.ranking-published.v1): one row, locked while replicas compare digests
create table ranking_publication (
    id          int          primary key check (id = 1),
    ranking_id  varchar(64)  not null,
    as_of       timestamptz  not null
);
