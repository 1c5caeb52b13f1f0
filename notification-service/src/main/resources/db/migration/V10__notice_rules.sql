-- The 通报 is a document the office issues (cc.notice.issued.v1), not a copy of each order to every unit: the
-- per-order copy to all units goes (disabled, so that an office that wants it back turns it on), the rung tells the
-- responsible unit (rule 204) and the office at once, and an issued notice reaches the units it is addressed to
-- (主送: heads and liaisons, inbox and mail), the district's leaders it is copied to (抄送) and the office.
update notification_rule set enabled = false, updated_at = now(), version = version + 1
where id = '00000000-0000-0000-0000-000000000205' and enabled;

insert into notification_rule (id, name, event_type, level, min_severity, unit_code, audience, roles, channels) values
('00000000-0000-0000-0000-000000000211', '通报：创城办', 'cc.rectification.escalated.v1', 'NOTICE', null, null,
 'CAMPAIGN_OFFICE', '', 'INBOX'),
('00000000-0000-0000-0000-000000000911', '通报印发：主送单位主要负责人、联络员', 'cc.notice.issued.v1', null, null, null,
 'MAIN_RECIPIENTS', 'HEAD,LIAISON', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000912', '通报印发：抄送区领导', 'cc.notice.issued.v1', null, null, null,
 'LEADERSHIP', '', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000913', '通报印发：创城办', 'cc.notice.issued.v1', null, null, null,
 'CAMPAIGN_OFFICE', '', 'INBOX');
