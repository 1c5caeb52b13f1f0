-- Work waiting for someone is announced when it starts waiting: a task submitted for acceptance tells the office at
-- once (cc.task.submitted.v1), and the office's decision tells the lead unit — accepted (cc.task.completed.v1) or not,
-- with the reason (cc.task.rejected.v1). The office's own acceptance no longer reaches the office asking it to accept.
update notification_rule set enabled = false, updated_at = now(), version = version + 1
where id = '00000000-0000-0000-0000-000000000811' and enabled;

insert into notification_rule (id, name, event_type, level, min_severity, unit_code, audience, roles, channels) values
('00000000-0000-0000-0000-000000000812', '任务待验收：创城办', 'cc.task.submitted.v1', null, null, null,
 'CAMPAIGN_OFFICE', '', 'INBOX'),
('00000000-0000-0000-0000-000000000813', '任务验收通过：牵头单位联络员、分管负责人', 'cc.task.completed.v1', null, null, null,
 'RESPONSIBLE_UNIT', 'LIAISON,DEPUTY', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000814', '任务验收未通过：牵头单位联络员、分管负责人', 'cc.task.rejected.v1', null, null, null,
 'RESPONSIBLE_UNIT', 'LIAISON,DEPUTY', 'INBOX,MAIL');
