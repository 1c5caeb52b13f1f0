-- The dashboard shows the ranking accountability-service publishes (cc.assessment.ranking-published.v1), as
-- published: the unit figures have one owner, so task-service no longer keeps scores from ledger entries or counts
-- rectifications from closures of its own.
drop table dash_unit_score;
drop table dash_rectification_tally;

-- The latest publication, one row at most: each publication replaces the previous one, and only one with a later
-- as_of does (an older one arriving late, or the same one again, changes nothing)
create table dash_ranking_publication (
    id              smallint      primary key check (id = 1),
    ranking_id      varchar(64)   not null,
    as_of           timestamptz   not null,
    minimum_sample  int           not null,
    updated_at      timestamptz   not null
);

-- Its units in the published order (position 0 is the best). Decimals are numeric without a scale so that a figure
-- reads back exactly as published (96.50 stays 96.50), never rounded by this copy; a null value is a rate or mean
-- below the publication's minimum sample
create table dash_ranking_unit (
    position                    int            primary key,
    unit_code                   varchar(32)    not null unique,
    unit_name                   varchar(100)   not null,
    rank                        int            not null,
    score                       numeric        not null,
    entries                     int            not null,
    on_time_numerator           bigint         not null,
    on_time_denominator         bigint         not null,
    on_time_value               numeric,
    rework_numerator            bigint         not null,
    rework_denominator          bigint         not null,
    rework_value                numeric,
    fixed_orders                bigint         not null,
    mean_working_hours_to_fix   numeric,
    disputes_numerator          bigint         not null,
    disputes_denominator        bigint         not null,
    disputes_value              numeric
);
