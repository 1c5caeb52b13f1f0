-- accountability-service GET /ledger/ranking: LedgerService.ranking() and rates().
\echo '== LedgerService.ranking()'
explain (analyze, buffers)
select code, name, score, entries, rank() over (order by score desc) as rank
from (
    select d.code, d.name, coalesce(l.score, 100) as score, coalesce(l.entries, 0) as entries
    from directory_unit d left join ledger_unit l on l.unit_code = d.code
    where d.active and d.kind in ('DEPARTMENT', 'SUBDISTRICT', 'COMMUNITY', 'ENTERPRISE')
    union all
    select l.unit_code, l.unit_name, l.score, l.entries
    from ledger_unit l
    where not exists (select 1 from directory_unit d where d.code = l.unit_code
                      and d.active and d.kind in ('DEPARTMENT', 'SUBDISTRICT', 'COMMUNITY', 'ENTERPRISE'))
) u
order by rank, code;
\echo '== LedgerService.rates(): counted per unit in SQL (one row per unit)'
explain (analyze, buffers)
select unit_code,
       count(*) filter (where status = 'CLOSED'),
       count(*) filter (where status = 'CLOSED' and on_time),
       coalesce(sum(office_seconds_to_close) filter (where status = 'CLOSED'), 0),
       count(*),
       count(*) filter (where reinspection_failures > 0)
from rectification_order
where not closed_by_appeal and (status = 'CLOSED' or reinspection_failures > 0)
group by unit_code;
