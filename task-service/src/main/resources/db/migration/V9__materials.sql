-- Material review (材料审核) and online filing (网上申报): the materials a standard expects.

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
