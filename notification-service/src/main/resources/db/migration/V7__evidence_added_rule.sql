-- 补充线索: a new finding attached to an open order reaches the unit's liaison as an opened order does, by inbox and
-- mail (the office may change it). No rung fires, so no rule for leaders or the office.
insert into notification_rule (id, name, event_type, level, min_severity, unit_code, audience, roles, channels) values
('00000000-0000-0000-0000-000000000102', '补充线索：责任单位联络员', 'cc.rectification.evidence-added.v1', null, null, null,
 'RESPONSIBLE_UNIT', 'LIAISON', 'INBOX,MAIL');
