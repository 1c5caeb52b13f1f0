-- Routing rules: which domain events reach whom, through which channels. The office manages them through
-- /notification-rules; the rows below are the defaults a new installation starts with.
--   audience  RESPONSIBLE_UNIT (the unit the event concerns), CAMPAIGN_OFFICE / LEADERSHIP / DISCIPLINE_COMMISSION
--             (every active unit of that kind in the directory), ALL_UNITS (every active unit)
--   roles     comma-separated ContactRole names (HEAD, DEPUTY, LIAISON); empty = every contact of the unit
--   channels  comma-separated NotificationChannel names (INBOX, MAIL, WEBHOOK)
--   level / min_severity / unit_code: optional conditions; null matches anything
create table notification_rule (
    id            uuid          primary key,
    name          varchar(100)  not null,
    event_type    varchar(200)  not null,
    level         varchar(20),
    min_severity  varchar(20),
    unit_code     varchar(64),
    audience      varchar(40)   not null,
    roles         varchar(100)  not null default '',
    channels      varchar(100)  not null,
    enabled       boolean       not null default true,
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now()
);
create index notification_rule_event_type on notification_rule (event_type);

-- One row per (source event, recipient, channel): a redelivered event or a restart never creates a second message.
-- recipient is a Keycloak username (INBOX) or an e-mail address (MAIL).
-- status: INBOX rows are SENT when created; MAIL rows are PENDING until handed to SMTP (attempts, next_attempt_at),
-- FAILED after the last attempt.
create table notification (
    id                 uuid          primary key,
    source_event_id    varchar(100)  not null,
    source_event_type  varchar(200)  not null,
    recipient          varchar(200)  not null,
    channel            varchar(20)   not null,
    recipient_name     varchar(100),
    unit_code          varchar(64),
    title              varchar(500)  not null,
    body               text          not null,
    status             varchar(20)   not null,
    attempts           integer       not null default 0,
    next_attempt_at    timestamptz,
    last_error         varchar(1000),
    created_at         timestamptz   not null,
    sent_at            timestamptz,
    read_at            timestamptz,
    constraint notification_once unique (source_event_id, recipient, channel)
);
-- the inbox query: one user's in-app messages, unread first, newest first
create index notification_inbox on notification (recipient, channel, (read_at is null) desc, created_at desc);
-- the mail sweeper's query path
create index notification_pending on notification (next_attempt_at) where status = 'PENDING';

insert into notification_rule (id, name, event_type, level, min_severity, unit_code, audience, roles, channels) values
('00000000-0000-0000-0000-000000000101', '整改通知：责任单位联络员、分管负责人', 'cc.rectification.opened.v1', null, null, null,
 'RESPONSIBLE_UNIT', 'LIAISON,DEPUTY', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000201', '提醒：责任单位联络员', 'cc.rectification.escalated.v1', 'REMINDER', null, null,
 'RESPONSIBLE_UNIT', 'LIAISON', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000202', '督办：责任单位联络员、分管负责人', 'cc.rectification.escalated.v1', 'SUPERVISION', null, null,
 'RESPONSIBLE_UNIT', 'LIAISON,DEPUTY', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000203', '督办：创城办', 'cc.rectification.escalated.v1', 'SUPERVISION', null, null,
 'CAMPAIGN_OFFICE', '', 'INBOX'),
('00000000-0000-0000-0000-000000000204', '通报：责任单位全体负责人', 'cc.rectification.escalated.v1', 'NOTICE', null, null,
 'RESPONSIBLE_UNIT', '', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000205', '通报：全区各单位', 'cc.rectification.escalated.v1', 'NOTICE', null, null,
 'ALL_UNITS', 'HEAD,LIAISON', 'INBOX'),
('00000000-0000-0000-0000-000000000206', '约谈：责任单位主要负责人', 'cc.rectification.escalated.v1', 'TALK', null, null,
 'RESPONSIBLE_UNIT', 'HEAD', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000207', '约谈：区领导', 'cc.rectification.escalated.v1', 'TALK', null, null,
 'LEADERSHIP', '', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000208', '问责：责任单位主要负责人', 'cc.rectification.escalated.v1', 'ACCOUNTABILITY', null, null,
 'RESPONSIBLE_UNIT', 'HEAD', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000209', '问责：区领导', 'cc.rectification.escalated.v1', 'ACCOUNTABILITY', null, null,
 'LEADERSHIP', '', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000210', '问责：纪委监委', 'cc.rectification.escalated.v1', 'ACCOUNTABILITY', null, null,
 'DISCIPLINE_COMMISSION', '', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000301', '复查通知：创城办', 'cc.rectification.verification-requested.v1', null, null, null,
 'CAMPAIGN_OFFICE', '', 'INBOX'),
('00000000-0000-0000-0000-000000000401', '销号通知：责任单位联络员', 'cc.rectification.closed.v1', null, null, null,
 'RESPONSIBLE_UNIT', 'LIAISON', 'INBOX'),
('00000000-0000-0000-0000-000000000501', '申诉结果：责任单位联络员、分管负责人', 'cc.rectification.appeal-decided.v1', null, null, null,
 'RESPONSIBLE_UNIT', 'LIAISON,DEPUTY', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000601', '任务逾期：牵头单位联络员、分管负责人', 'cc.task.overdue.v1', null, null, null,
 'RESPONSIBLE_UNIT', 'LIAISON,DEPUTY', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000602', '任务逾期：创城办', 'cc.task.overdue.v1', null, null, null,
 'CAMPAIGN_OFFICE', '', 'INBOX');
