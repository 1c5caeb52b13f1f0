-- The escalation ladder as a policy the office sets per severity or per standard (rungs and delays): each change is a
-- new row and retires the one it replaces, so the policy's history stays readable. An order keeps the row in force
-- when it opened (null: the configured ladder): a change applies to orders opened after it, never re-times open ones.
create table ladder_policy (
    id                    bigserial     primary key,
    scope                 varchar(20)   not null,
    scope_key             varchar(32)   not null,
    reminder_before       varchar(40)   not null,
    notice_after          varchar(40)   not null,
    talk_after            varchar(40)   not null,
    accountability_after  varchar(40)   not null,
    top_level             varchar(20)   not null,
    note                  varchar(500),
    set_by                varchar(100)  not null,
    set_at                timestamptz   not null,
    retired_at            timestamptz,
    retired_by            varchar(100),
    constraint ladder_policy_scope check (scope in ('SEVERITY', 'STANDARD'))
);
create unique index ladder_policy_in_force on ladder_policy (scope, scope_key) where retired_at is null;

alter table rectification_order add column ladder_policy_id bigint references ladder_policy (id);
