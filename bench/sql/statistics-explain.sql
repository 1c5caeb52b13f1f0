-- inspection-service GET /statistics/pass-rates?by=unit and by=standard (PassRateStatistics), over the last 30 days.
\echo '== by=unit'
explain (analyze, buffers)
select i.responsible_unit_code, max(u.name), count(*), count(*) filter (where i.passed)
from inspection i left join directory_unit u on u.code = i.responsible_unit_code
where i.inspected_at >= now() - interval '30 days' and i.inspected_at < now() + interval '1 day'
group by i.responsible_unit_code;
\echo '== by=standard'
explain (analyze, buffers)
select it.standard_code, max(s.name), count(*), count(*) filter (where it.passed)
from inspection i join inspection_item it on it.inspection_id = i.id
left join catalogue_standard s on s.code = it.standard_code
where i.inspected_at >= now() - interval '30 days' and i.inspected_at < now() + interval '1 day'
group by it.standard_code;
