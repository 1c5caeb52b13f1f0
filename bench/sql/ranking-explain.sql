-- accountability-service GET /ledger/ranking: the queries of ScoreQueries and FigureQueries, for the week before
-- today (period=week) and for the whole campaign (no period), as RankingService runs them.
\set from '(date_trunc(''week'', now()) - interval ''7 days'')'
\echo '== ScoreQueries.scores(): a week'
explain (analyze, buffers)
select u.code, u.name, coalesce(p.points, 0), coalesce(u.score, 100) - coalesce(a.points, 0), coalesce(p.entries, 0)
from (
    select d.code, d.name, l.score
    from directory_unit d left join ledger_unit l on l.unit_code = d.code
    where d.active and d.kind in ('DEPARTMENT', 'SUBDISTRICT', 'COMMUNITY', 'ENTERPRISE')
    union all
    select l.unit_code, l.unit_name, l.score
    from ledger_unit l
    where not exists (select 1 from directory_unit d where d.code = l.unit_code
                      and d.active and d.kind in ('DEPARTMENT', 'SUBDISTRICT', 'COMMUNITY', 'ENTERPRISE'))
) u
left join (select unit_code, sum(points) as points, count(*) as entries from ledger_entry
           where recorded_at >= :from and recorded_at < :from + interval '7 days' group by unit_code) p
       on p.unit_code = u.code
left join (select unit_code, sum(points) as points from ledger_entry
           where recorded_at >= :from + interval '7 days' group by unit_code) a
       on a.unit_code = u.code;
\echo '== FigureQueries.due(): a week'
explain (analyze, buffers)
select o.unit_code, count(*), count(*) filter (where o.status = 'CLOSED' and o.on_time)
from rectification_order o
where o.deadline >= :from and o.deadline < :from + interval '7 days' and o.suspended_at is null
  and (o.closure is null or o.closure = 'REINSPECTION')
  and (o.status = 'CLOSED'
       or (o.deadline <= now()
           and not (o.status in ('SUBMITTED', 'VERIFYING')
                    and o.submitted_at <= coalesce(o.deadline_at_submission, o.deadline))))
group by o.unit_code;
\echo '== FigureQueries.verified(): a week'
explain (analyze, buffers)
select o.unit_code, count(distinct h.order_id),
       count(distinct h.order_id) filter (where h.action = 'REINSPECTION_FAILED')
from rectification_history h join rectification_order o on o.id = h.order_id
where h.action in ('CLOSED', 'REINSPECTION_FAILED') and h.at >= :from and h.at < :from + interval '7 days'
  and (o.closure is null or o.closure = 'REINSPECTION')
group by o.unit_code;
\echo '== FigureQueries.fixed(): a week'
explain (analyze, buffers)
select o.unit_code, count(*), coalesce(sum(o.office_seconds_to_close), 0)
from rectification_order o
where o.status = 'CLOSED' and o.closed_at >= :from and o.closed_at < :from + interval '7 days'
  and (o.closure is null or o.closure = 'REINSPECTION')
group by o.unit_code;
\echo '== FigureQueries.opened(): a week'
explain (analyze, buffers)
select o.unit_code, count(*) from rectification_order o
where o.opened_at >= :from and o.opened_at < :from + interval '7 days'
group by o.unit_code;
\echo '== FigureQueries.verified(): the campaign (from the orders, no history join)'
explain (analyze, buffers)
select o.unit_code, count(*), count(*) filter (where o.reinspection_failures > 0)
from rectification_order o
where (o.closure is null or o.closure = 'REINSPECTION') and (o.status = 'CLOSED' or o.reinspection_failures > 0)
group by o.unit_code;
\echo '== FigureQueries.due(): the campaign'
explain (analyze, buffers)
select o.unit_code, count(*), count(*) filter (where o.status = 'CLOSED' and o.on_time)
from rectification_order o
where o.suspended_at is null and (o.closure is null or o.closure = 'REINSPECTION')
  and (o.status = 'CLOSED' or o.deadline <= now())
group by o.unit_code;
