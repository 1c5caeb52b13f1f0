-- inspection-service GET /statistics/pass-rates?by=unit and by=standard (PassRateStatistics), over the last 30 days:
-- field inspections and re-inspections counted apart in one pass.
\echo '== by=unit'
explain (analyze, buffers)
with checked as (
    select i.point_id, i.responsible_unit_code as unit, i.reinspection_order_id is not null as verifies,
           case when i.reinspection_order_id is null then i.passed
                else not exists (select 1 from inspection_item f
                                 where f.inspection_id = i.id and not f.passed
                                   and f.standard_code = coalesce(rt.standard_code, f.standard_code))
           end as ok
    from inspection i left join reinspection_task rt on rt.order_id = i.reinspection_order_id
    where i.inspected_at >= now() - interval '30 days' and i.inspected_at < now() + interval '1 day'
)
select c.unit, max(u.name),
       count(*) filter (where not c.verifies), count(*) filter (where not c.verifies and c.ok),
       count(*) filter (where c.verifies), count(*) filter (where c.verifies and c.ok)
from checked c left join directory_unit u on u.code = c.unit group by c.unit;
\echo '== by=standard'
explain (analyze, buffers)
with checked as (
    select it.standard_code, it.passed as ok,
           i.reinspection_order_id is not null
               and it.standard_code = coalesce(rt.standard_code, it.standard_code) as verifies
    from inspection i join inspection_item it on it.inspection_id = i.id
    left join reinspection_task rt on rt.order_id = i.reinspection_order_id
    where i.inspected_at >= now() - interval '30 days' and i.inspected_at < now() + interval '1 day'
)
select c.standard_code, max(s.name),
       count(*) filter (where not c.verifies), count(*) filter (where not c.verifies and c.ok),
       count(*) filter (where c.verifies), count(*) filter (where c.verifies and c.ok)
from checked c left join catalogue_standard s on s.code = c.standard_code group by c.standard_code;
