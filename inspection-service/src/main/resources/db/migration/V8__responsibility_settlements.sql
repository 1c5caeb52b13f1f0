-- Responsibility settled by the campaign office (确权, cc.responsibility.settled.v1): which unit answers for a point ×
-- standard. Append-only: a new settlement adds a row and never changes an earlier one, so the history of who was held
-- responsible, why and by whom stays readable; the latest settlement of a point × standard is the one that holds.
create table responsibility_settlement (
    id             bigint generated always as identity primary key,
    point_id       uuid            not null,
    standard_code  varchar(64)     not null,
    unit_code      varchar(64)     not null,
    unit_name      varchar(200),
    reason         text,
    settled_by     varchar(100),
    settled_at     timestamptz     not null
);
create index responsibility_settlement_point on responsibility_settlement (point_id, standard_code, settled_at desc, id desc);

-- The settlement that holds for each point × standard: the latest by settled_at, then by arrival (id).
create view current_responsibility as
select distinct on (point_id, standard_code) point_id, standard_code, unit_code, unit_name, settled_at
from responsibility_settlement
order by point_id, standard_code, settled_at desc, id desc;
