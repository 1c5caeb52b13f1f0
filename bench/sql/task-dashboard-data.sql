-- task-service dashboard data set: :units units, :tasks tasks (two standards each, from the active evaluation
-- system), the dashboard's read models (each point's latest result per field standard, and one published ranking of
-- every unit as accountability-service would publish it).
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
-- each point's latest result per field standard: 20,000 points (10 per unit), a week apart at most
insert into dash_point_result (point_id, standard_code, unit_code, passed, inspected_at, inspection_id)
select 'bp-' || p, s.code, 'U' || lpad((p % :units + 1)::text, 4, '0'), (p + length(s.code)) % 7 <> 0,
       now() - (p % 7) * interval '1 day', md5('i' || p)::uuid::text
from eval_standard s join evaluation_system v on v.version = s.version and v.active
cross join generate_series(1, :units * 10) p
where s.method = 'FIELD_INSPECTION';
-- the data set stands in for a publication of accountability-service's ranking: it replaces the one its publisher
-- may have sent of the empty data set at start-up
delete from dash_ranking_unit;
delete from dash_ranking_publication;
insert into dash_ranking_publication (id, ranking_id, as_of, minimum_sample, updated_at)
values (1, 'bench', now(), 5, now());
insert into dash_ranking_unit (position, unit_code, unit_name, rank, score, entries,
                               on_time_numerator, on_time_denominator, on_time_value,
                               rework_numerator, rework_denominator, rework_value,
                               fixed_orders, mean_working_hours_to_fix,
                               disputes_numerator, disputes_denominator, disputes_value)
select row_number() over (order by i % 37, i) - 1, 'U' || lpad(i::text, 4, '0'), '基准单位' || i,
       rank() over (order by i % 37), 100.00 - (i % 37), i % 37,
       300 - (i % 50), 350, round((300 - (i % 50)) / 350.0, 4),
       i % 20, 340, round((i % 20) / 340.0, 4),
       340, 18.5 + (i % 9),
       i % 10, 360, round((i % 10) / 360.0, 4)
from generate_series(1, :units) i;
vacuum analyze;
