-- Sweep data set: :n open rectification orders (one per point × standard episode), each with two pending escalation
-- steps (提醒 at deadline − 2 h and 督办 at the deadline, as EscalationService.schedule would write them; the upper rungs
-- are left out to keep generation short). 1 % of the orders have their 提醒 step due now. The due orders belong to 20
-- of the 2,000 units (i mod 2000 for i a multiple of 100), or with -v spread=1 to all 2,000 (SWEEP_SPREAD=1).
set synchronous_commit = off;
insert into rectification_order (id, number, point_id, point_code, point_name, standard_code, standard_name,
                                 unit_code, unit_name, severity, source, source_ref, description, evidence_ids,
                                 status, level, relapse, failures, overdue, opened_at, deadline)
select md5('o' || i)::uuid::text, 'ZG-B-' || i, 'bp-' || (i / 30), 'BP-' || (i / 30), '基准点位' || (i / 30),
       'S-B.' || lpad((i % 30 + 1)::text, 2, '0'), '基准测评标准',
       'U' || lpad(((case when :spread = 1 then i / 100 else i end) % 2000 + 1)::text, 4, '0'),
       '基准单位' || ((case when :spread = 1 then i / 100 else i end) % 2000 + 1), 'GENERAL', 'INSPECTION', 'bench-' || i, '基准问题', '[]',
       case when i % 3 = 0 then 'ACKNOWLEDGED' else 'OPEN' end, 'NONE', false, 1, false,
       now() - interval '1 day',
       case when i % 100 = 0 then now() + interval '1 hour' else now() + interval '1 day' + (i % 86400) * interval '1 s' end
from generate_series(1, :n) i;
insert into escalation_step (order_id, level, reason, due_at)
select md5('o' || i)::uuid::text, 'REMINDER', 'OVERDUE',
       case when i % 100 = 0 then now() - interval '1 hour' + (i % 1000) * interval '1 ms'
            else now() + interval '22 hours' + (i % 86400) * interval '1 s' end
from generate_series(1, :n) i;
insert into escalation_step (order_id, level, reason, due_at)
select md5('o' || i)::uuid::text, 'SUPERVISION', 'OVERDUE',
       case when i % 100 = 0 then now() + interval '1 hour' else now() + interval '1 day' + (i % 86400) * interval '1 s' end
from generate_series(1, :n) i;
vacuum analyze rectification_order;
vacuum analyze escalation_step;
