-- Declared points (申报点位): the points the district declared to the evaluators, from which they draw their sample.
-- The office replaces the list as a whole; the flag says what is declared now, point_declaration every change.
alter table point
    add column declared     boolean       not null default false,
    add column declared_at  timestamptz,
    add column declared_by  varchar(100);
create index point_declared on point (type, code) where declared;

-- Every change of the declared list, append-only: a point declared (true) or withdrawn (false), by whom and when.
-- Its highest id is the list's version (its ETag).
create table point_declaration (
    id          bigserial      primary key,
    point_id    uuid           not null references point (id),
    declared    boolean        not null,
    changed_by  varchar(100)   not null,
    changed_at  timestamptz    not null
);
create index point_declaration_point on point_declaration (point_id, id desc);

-- A mock exam (模拟测评): one draw of declared points the way the evaluators draw them, made into patrol plans for
-- one day. The seed and the quotas make it reproducible; the drawn points say which inspections score it.
create table mock_exam (
    id                  uuid           primary key,
    exam_date           date           not null,
    seed                bigint         not null,
    seed_generated      boolean        not null,
    exclude_last_draws  int            not null,
    note                varchar(400),
    created_by          varchar(100)   not null,
    created_at          timestamptz    not null
);
create index mock_exam_created on mock_exam (created_at desc, id desc);

-- the quota of each point type, with the declared points it was drawn from and how many of them were excluded
create table mock_exam_quota (
    mock_exam_id  uuid          not null references mock_exam (id) on delete cascade,
    position      int           not null,
    point_type    varchar(40)   not null,
    quota         int           not null,
    declared      int           not null,
    excluded      int           not null,
    primary key (mock_exam_id, position)
);

-- the drawn points in drawn order, the inspector each was given to and the patrol plan that holds it; no foreign key
-- to patrol_plan: the office may still delete a plan, and the draw stays as it was drawn
create table mock_exam_point (
    mock_exam_id  uuid          not null references mock_exam (id) on delete cascade,
    position      int           not null,
    point_id      uuid          not null references point (id),
    point_type    varchar(40)   not null,
    inspector     varchar(100)  not null,
    plan_id       uuid          not null,
    primary key (mock_exam_id, position)
);
create index mock_exam_point_point on mock_exam_point (point_id);
