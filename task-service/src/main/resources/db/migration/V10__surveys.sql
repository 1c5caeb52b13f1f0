-- Surveys (问卷调查): how a survey standard scores, and what the office measured.

-- a survey standard's scoring rule as imported, thresholds → marks in canonical form ('90:2;80:1.6;70:1', the highest
-- threshold first; gov.chuangcheng.task.evaluation.SurveyScoring); null when the import gave none
alter table eval_standard add column survey_scoring varchar(200);

-- a measured result the office entered (e.g. 知晓率 82%, 1,000 people asked, 2026-11-20, 第三方测评机构). The standard
-- scores on its latest result that is not withdrawn: the latest survey date, then the latest entered. A wrong entry is
-- withdrawn with a reason (never edited or deleted) and, if need be, entered again.
create table survey_result (
    id                uuid           primary key,
    standard_code     varchar(32)    not null,
    system_version    varchar(32)    not null,
    metric            varchar(50)    not null,
    rate              numeric(5,2)   not null check (rate >= 0 and rate <= 100),
    sample_size       int            not null check (sample_size > 0),
    surveyed_on       date           not null,
    source            varchar(200)   not null,
    note              varchar(500),
    recorded_by       varchar(100)   not null,
    recorded_at       timestamptz    not null
);
create index survey_result_standard on survey_result (system_version, standard_code, surveyed_on desc, recorded_at desc);

-- a withdrawal of a result entered by mistake: a record of its own, at most one per result
create table survey_withdrawal (
    result_id     uuid           primary key references survey_result (id),
    reason        varchar(1000)  not null,
    withdrawn_by  varchar(100)   not null,
    withdrawn_at  timestamptz    not null
);
