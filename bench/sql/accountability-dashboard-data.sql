-- accountability-service ranking data set: :units units in the directory read model, :n rectification orders of which
-- 70 % closed (30 % of those late, 5 % re-inspected with a failure; each closed one with the office time it took,
-- as a closure records it, and its verifications in the history: 销号 for each closed one, a failed verification for
-- one in twenty), disputes on one order in a hundred (a third of them reassigned), the ledger (50 entries per unit,
-- spread over 200 days) and its scores. Dates spread over the last 200 days, so a week holds about 3.5 % of them.
set synchronous_commit = off;
insert into directory_unit (code, name, kind, parent_code, active, contacts, updated_at)
select 'U' || lpad(i::text, 4, '0'), '基准单位' || i, case when i % 10 = 0 then 'SUBDISTRICT' else 'DEPARTMENT' end,
       null, true, '[]', now()
from generate_series(1, :units) i;
insert into rectification_order (id, number, point_id, point_code, point_name, standard_code, standard_name,
                                 unit_code, unit_name, severity, source, source_ref, description, evidence_ids,
                                 status, level, relapse, failures, overdue, opened_at, deadline, closed_at, on_time,
                                 reinspection_failures, office_seconds_to_close, closure, assigned_at)
select md5('o' || i)::uuid::text, 'ZG-B-' || i, 'bp-' || (i / 30), 'BP-' || (i / 30), '基准点位' || (i / 30),
       'S-B.' || lpad((i % 30 + 1)::text, 2, '0'), '基准测评标准', 'U' || lpad((i % :units + 1)::text, 4, '0'),
       '基准单位' || (i % :units + 1), 'GENERAL', 'INSPECTION', 'bench-' || i, '基准问题', '[]',
       case when i % 10 < 7 then 'CLOSED' else 'OPEN' end, 'NONE', false, 1, false,
       now() - (i % 200) * interval '1 day' - interval '1 day',
       now() - (i % 200) * interval '1 day' + interval '2 days',
       case when i % 10 < 7 then now() - (i % 200) * interval '1 day' + (i % 5) * interval '1 day' end,
       case when i % 10 < 7 then i % 10 < 5 end,
       case when i % 20 = 0 then 1 else 0 end,
       -- the office time a closure records (a 24×7 drill calendar: the whole interval)
       case when i % 10 < 7 then (i % 5) * 86400 + 86400 end,
       case when i % 10 < 7 then 'REINSPECTION' end,
       now() - (i % 200) * interval '1 day' - interval '1 day'
from generate_series(1, :n) i;
insert into rectification_history (order_id, at, action, actor, status, level, note)
select md5('o' || i)::uuid::text, now() - (i % 200) * interval '1 day' + (i % 5) * interval '1 day', 'CLOSED',
       'inspector', 'CLOSED', 'NONE', '复查通过'
from generate_series(1, :n) i where i % 10 < 7;
insert into rectification_history (order_id, at, action, actor, status, level, note)
select md5('o' || i)::uuid::text, now() - (i % 200) * interval '1 day', 'REINSPECTION_FAILED',
       'inspector', 'OPEN', 'NONE', '复查未通过'
from generate_series(1, :n) i where i % 20 = 0;
insert into order_request (id, kind, order_id, reason, status, requested_by, requested_at, disputing_unit_code)
select md5('d' || i)::uuid::text, 'DISPUTE', md5('o' || i)::uuid::text, '非本单位职责',
       case when i % 3 = 0 then 'APPROVED' else 'REJECTED' end, 'unit',
       now() - (i % 200) * interval '1 day', 'U' || lpad((i % :units + 1)::text, 4, '0')
from generate_series(1, :n) i where i % 100 = 0;
insert into ledger_entry (id, unit_code, unit_name, reason, points, order_id, order_number, level, score_after, recorded_at)
select md5('l' || i)::uuid::text, 'U' || lpad((i % :units + 1)::text, 4, '0'), '基准单位', '通报', -2,
       md5('o' || i)::uuid::text, 'ZG-B-' || i, 'NOTICE', 100 - 2 * (i / :units + 1), now() - (i % 200) * interval '1 day'
from generate_series(1, :units * 50) i;
insert into ledger_unit (unit_code, unit_name, score, entries, updated_at)
select 'U' || lpad(i::text, 4, '0'), '基准单位' || i, 100 - (i % 37), 50, now() from generate_series(1, :units) i;
vacuum analyze;
