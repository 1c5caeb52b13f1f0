-- 退回整改 (cc.rectification.sent-back.v1): the office sent a submitted fix back before its verification; the unit's
-- liaison and deputy are told why and by when to submit again (the office may change the rule).
insert into notification_rule (id, name, event_type, level, min_severity, unit_code, audience, roles, channels) values
('00000000-0000-0000-0000-000000000781', '退回整改：责任单位联络员、分管负责人', 'cc.rectification.sent-back.v1', null, null, null,
 'RESPONSIBLE_UNIT', 'LIAISON,DEPUTY', 'INBOX,MAIL');
