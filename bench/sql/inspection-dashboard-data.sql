-- inspection-service statistics data set: :units units, 2,000 points of several types and streets, :n inspections over
-- the last 30 days with 10 items each (about 8 % of items failing).
set synchronous_commit = off;
insert into directory_unit (code, name, kind, parent_code, active, contacts, updated_at)
select 'U' || lpad(i::text, 4, '0'), '基准单位' || i, case when i % 10 = 0 then 'SUBDISTRICT' else 'DEPARTMENT' end,
       null, true, '[]', now()
from generate_series(1, :units) i;
insert into checklist (id, point_type, version, pass_threshold, created_by, created_at)
values ('00000000-0000-0000-0000-00000000b001', 'FARMERS_MARKET', 1, 60, 'office1', now());
insert into point (id, code, name, type, address, street, latitude, longitude, responsible_unit_code, active,
                   created_at, updated_at)
select md5('p' || i)::uuid, 'DP-' || lpad(i::text, 5, '0'), '基准点位' || i,
       (array['FARMERS_MARKET','BACK_STREET','MAIN_ROAD','SCHOOL','HOSPITAL','COMMUNITY','PARK_SQUARE','TRANSPORT_HUB'])[i % 8 + 1],
       '城关区基准路' || i || '号', 'JD' || lpad((i % 12 + 1)::text, 2, '0'), 30.2 + (i % 100) * 0.001,
       120.1 + (i / 100) * 0.001, 'U' || lpad((i % :units + 1)::text, 4, '0'), true, now(), now()
from generate_series(1, 2000) i;
insert into inspection (id, point_id, point_code, responsible_unit_code, checklist_id, checklist_version, inspector,
                        inspected_at, latitude, longitude, distance_meters, far_from_point, total_score, max_score,
                        passed, created_at)
select md5('i' || i)::uuid, md5('p' || (i % 2000 + 1))::uuid, 'DP-' || lpad((i % 2000 + 1)::text, 5, '0'),
       'U' || lpad(((i % 2000 + 1) % :units + 1)::text, 4, '0'), '00000000-0000-0000-0000-00000000b001', 1,
       'inspector1', now() - (i % 43200) * interval '1 minute', 30.2, 120.1, 5, false, 90, 100, i % 13 <> 0, now()
from generate_series(1, :n) i;
create temporary table cs as
select code, (row_number() over (order by code) - 1)::int as k from catalogue_standard;
insert into cs select 'S-1.1.1', 0 where not exists (select 1 from cs);
insert into inspection_item (inspection_id, position, item_code, standard_code, check_text, score, max_score,
                             pass_threshold, severity, passed)
select md5('i' || i)::uuid, p, 'B-' || lpad(p::text, 2, '0'),
       cs.code,
       '基准检查项', case when (i + p) % 12 = 0 then 2 else 9 end, 10, 6, 'GENERAL', (i + p) % 12 <> 0
from generate_series(1, :n) i cross join generate_series(1, 10) p
join cs on cs.k = (i + p) % (select count(*) from cs);
vacuum analyze;
