-- task-service dashboard data set: :units units, :tasks tasks (two standards each, from the active evaluation
-- system), the dashboard's read models (inspection tallies per field standard × unit, scores, rectification tallies).
set synchronous_commit = off;
insert into unit (code, name, kind, parent_code, active, created_at, updated_at)
select 'U' || lpad(i::text, 4, '0'), '基准单位' || i, case when i % 10 = 0 then 'SUBDISTRICT' else 'DEPARTMENT' end,
       null, true, now(), now()
from generate_series(1, :units) i;
insert into task (id, title, description, lead_unit_code, due_date, status, percent, assigned_by, completed_at,
                  completed_on_time, overdue_notified_at, created_at, updated_at)
select md5('t' || i)::uuid::text, '基准任务' || i, '基准任务说明', 'U' || lpad((i % :units + 1)::text, 4, '0'),
       current_date + (i % 120 - 60),
       (array['NOT_STARTED','IN_PROGRESS','AWAITING_ACCEPTANCE','COMPLETED','COMPLETED','OVERDUE'])[i % 6 + 1],
       i % 101, 'office1',
       case when i % 6 in (3, 4) then now() - (i % 30) * interval '1 day' end,
       case when i % 6 in (3, 4) then i % 5 <> 0 end,
       case when i % 6 = 5 then now() - (i % 30) * interval '1 day' end,
       now() - interval '90 days', now()
from generate_series(1, :tasks) i;
create temporary table std as
select s.code, s.name, s.indicator_code, (row_number() over (order by s.code) - 1)::int as k
from eval_standard s join evaluation_system v on v.version = s.version and v.active;
insert into task_standard (task_id, position, standard_code, standard_name, indicator_code)
select md5('t' || i)::uuid::text, p, s.code, s.name, s.indicator_code
from generate_series(1, :tasks) i cross join generate_series(0, 1) p
join std s on s.k = (i * 7 + p * 13) % (select count(*) from std);
insert into dash_inspection_tally (standard_code, unit_code, inspected, passed, updated_at)
select s.code, 'U' || lpad(u::text, 4, '0'), 20 + (u % 7), 10 + (u % 11), now()
from eval_standard s join evaluation_system v on v.version = s.version and v.active
cross join generate_series(1, :units) u
where s.method = 'FIELD_INSPECTION';
insert into dash_unit_score (unit_code, score, entry_id, recorded_at, updated_at)
select 'U' || lpad(i::text, 4, '0'), 100 - (i % 37), 'e' || i, now(), now() from generate_series(1, :units) i;
insert into dash_rectification_tally (unit_code, closed, on_time, updated_at)
select 'U' || lpad(i::text, 4, '0'), 350, 300 - (i % 50), now() from generate_series(1, :units) i;
vacuum analyze;
