-- task-service GET /dashboard: the two queries of DashboardService (units() and readiness()).
\echo '== DashboardService.units()'
explain (analyze, buffers)
select u.code, u.name, s.score,
       coalesce(t.on_time, 0), coalesce(t.sample, 0), coalesce(r.on_time, 0), coalesce(r.closed, 0)
from unit u
left join dash_unit_score s on s.unit_code = u.code
left join (select lead_unit_code, count(*) filter (where completed_on_time) as on_time,
                  count(*) as sample
           from task where status = 'COMPLETED' or overdue_notified_at is not null
           group by lead_unit_code) t on t.lead_unit_code = u.code
left join dash_rectification_tally r on r.unit_code = u.code
where u.active and u.kind not in ('CAMPAIGN_OFFICE', 'LEADERSHIP', 'DISCIPLINE_COMMISSION');
\echo '== DashboardService.readiness() standards'
explain (analyze, buffers)
select s.code, s.indicator_code, s.full_marks, s.method,
       coalesce(k.completed, 0), coalesce(k.total, 0), coalesce(f.passed, 0), coalesce(f.inspected, 0)
from eval_standard s
join evaluation_system v on v.version = s.version and v.active
left join (select ts.standard_code, count(*) filter (where t.status = 'COMPLETED') as completed,
                  count(*) as total
           from task_standard ts join task t on t.id = ts.task_id
           group by ts.standard_code) k on k.standard_code = s.code
left join (select standard_code, sum(passed) as passed, sum(inspected) as inspected
           from dash_inspection_tally group by standard_code) f on f.standard_code = s.code;
