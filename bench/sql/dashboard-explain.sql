-- task-service GET /dashboard: the two queries of DashboardService (scoreboard() and readiness()).
\echo '== DashboardService.scoreboard()'
explain (analyze, buffers)
select p.as_of, r.unit_code, r.unit_name, r.rank, r.score, r.entries,
       r.on_time_numerator, r.on_time_denominator, r.on_time_value,
       r.rework_numerator, r.rework_denominator, r.rework_value,
       r.fixed_orders, r.mean_working_hours_to_fix,
       r.disputes_numerator, r.disputes_denominator, r.disputes_value,
       coalesce(t.on_time, 0), coalesce(t.sample, 0)
from dash_ranking_publication p
left join dash_ranking_unit r on true
left join (select lead_unit_code, count(*) filter (where completed_on_time) as on_time,
                  count(*) as sample
           from task where status = 'COMPLETED' or overdue_notified_at is not null
           group by lead_unit_code) t on t.lead_unit_code = r.unit_code
order by r.position;
\echo '== DashboardService.readiness() standards'
explain (analyze, buffers)
select s.code, s.indicator_code, s.full_marks, s.method,
       coalesce(k.completed, 0), coalesce(k.total, 0), coalesce(f.passed, 0), coalesce(f.inspected, 0), s.name
from eval_standard s
join evaluation_system v on v.version = s.version and v.active
left join (select ts.standard_code, count(*) filter (where t.status = 'COMPLETED') as completed,
                  count(*) as total
           from task_standard ts join task t on t.id = ts.task_id
           group by ts.standard_code) k on k.standard_code = s.code
left join (select standard_code, count(*) filter (where passed) as passed, count(*) as inspected
           from dash_point_result where inspected_at >= now() - interval '30 days'
           group by standard_code) f on f.standard_code = s.code;
