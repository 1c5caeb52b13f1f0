-- 负面清单 / 一票否决: what disqualifies the city whatever its score, per evaluation system version, and each
-- occurrence the office records. An occurrence is never edited or deleted: withdrawing it (e.g. it proved not to
-- be one) is a record of its own, with who, when and why.
create table veto_item (
    version      varchar(32)   not null references evaluation_system (version),
    code         varchar(50)   not null,
    name         varchar(500)  not null,
    consequence  varchar(500),
    position     int           not null,
    primary key (version, code)
);

create table veto_occurrence (
    id            varchar(36)   primary key,
    version       varchar(32)   not null,
    item_code     varchar(50)   not null,
    what          text          not null,
    place         varchar(500)  not null,
    occurred_at   timestamptz   not null,
    evidence_ids  text          not null,
    recorded_by   varchar(100)  not null,
    recorded_at   timestamptz   not null,
    foreign key (version, item_code) references veto_item (version, code)
);
create index veto_occurrence_version on veto_occurrence (version, occurred_at);

create table veto_withdrawal (
    occurrence_id  varchar(36)   primary key references veto_occurrence (id),
    reason         text          not null,
    withdrawn_by   varchar(100)  not null,
    withdrawn_at   timestamptz   not null
);
