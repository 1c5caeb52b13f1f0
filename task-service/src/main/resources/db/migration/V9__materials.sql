-- Material review (材料审核) and online filing (网上申报): the materials a standard expects, the files units file for
-- it, and the office's decisions on them. A decision is never edited: a later one (the office changes its mind) is a
-- row of its own, with who, when and why.

-- the materials (应报材料) a DOCUMENT_REVIEW or ONLINE_FILING standard of a version expects, in the catalogue's order;
-- a standard without rows takes any material
create table eval_standard_material (
    version        varchar(32)   not null,
    standard_code  varchar(32)   not null,
    ordinal        int           not null,
    name           varchar(100)  not null,
    primary key (version, standard_code, ordinal),
    unique (version, standard_code, name),
    foreign key (version, standard_code) references eval_standard (version, code) on delete cascade
);

-- a file a unit filed for a standard, as the expected material it names; its bytes are in the content store under
-- cc.material.directory by sha256. It belongs to the standard's code, not to one version (a new version keeps its
-- standards' codes), so no foreign key holds an inactive version back from being re-imported.
create table material (
    id             varchar(36)   primary key,
    version        varchar(32)   not null,
    standard_code  varchar(32)   not null,
    -- null when the standard lists no expected materials
    expected_name  varchar(100),
    task_id        varchar(36)   references task (id),
    unit_code      varchar(32)   not null references unit (code),
    sha256         varchar(64)   not null,
    -- what the content is (gov.chuangcheng.task.material.MaterialType), whatever the client called it
    file_type      varchar(10)   not null,
    size_bytes     bigint        not null check (size_bytes > 0),
    file_name      varchar(255),
    note           varchar(500),
    -- the latest decision (material_review), SUBMITTED before the first
    status         varchar(20)   not null check (status in ('SUBMITTED', 'ACCEPTED', 'RETURNED')),
    uploaded_by    varchar(100)  not null,
    uploaded_at    timestamptz   not null
);
-- the same unit filing the same bytes as the same material again gets its first filing back
create unique index material_once on material (unit_code, standard_code, coalesce(expected_name, ''), sha256);
create index material_standard on material (standard_code, status);
create index material_unit on material (unit_code, uploaded_at);

create table material_review (
    id           varchar(36)   primary key,
    material_id  varchar(36)   not null references material (id),
    -- 1, 2, 3… per material (reviews of a material are serialised by a lock on its row)
    number       int           not null,
    decision     varchar(20)   not null check (decision in ('ACCEPTED', 'RETURNED')),
    reason       varchar(500),
    reviewed_by  varchar(100)  not null,
    reviewed_at  timestamptz   not null,
    check (decision = 'ACCEPTED' or reason is not null)
);
create unique index material_review_number on material_review (material_id, number);
