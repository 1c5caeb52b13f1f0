-- Default rules for the rest of an order's life and for task assignment and completion (the office may change them):
--   签收 / 整改完成 / 申诉 → the campaign office;  延期 / 挂起 / 恢复计时 → the unit's liaison (and deputy for 延期) and
--   the office;  任务交办 → the lead unit's liaison and deputy, the co-units' liaisons;  任务完成 → the office.
-- audience CO_UNITS: the co-units (配合单位) of a task, for cc.task.assigned.v1.
insert into notification_rule (id, name, event_type, level, min_severity, unit_code, audience, roles, channels) values
('00000000-0000-0000-0000-000000000701', '整改签收：创城办', 'cc.rectification.acknowledged.v1', null, null, null,
 'CAMPAIGN_OFFICE', '', 'INBOX'),
('00000000-0000-0000-0000-000000000711', '整改完成待复查：创城办', 'cc.rectification.submitted.v1', null, null, null,
 'CAMPAIGN_OFFICE', '', 'INBOX'),
('00000000-0000-0000-0000-000000000721', '延期批准：责任单位联络员、分管负责人', 'cc.rectification.extended.v1', null, null, null,
 'RESPONSIBLE_UNIT', 'LIAISON,DEPUTY', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000722', '延期批准：创城办', 'cc.rectification.extended.v1', null, null, null,
 'CAMPAIGN_OFFICE', '', 'INBOX'),
('00000000-0000-0000-0000-000000000731', '整改挂起：责任单位联络员', 'cc.rectification.suspended.v1', null, null, null,
 'RESPONSIBLE_UNIT', 'LIAISON', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000732', '整改挂起：创城办', 'cc.rectification.suspended.v1', null, null, null,
 'CAMPAIGN_OFFICE', '', 'INBOX'),
('00000000-0000-0000-0000-000000000741', '恢复计时：责任单位联络员', 'cc.rectification.resumed.v1', null, null, null,
 'RESPONSIBLE_UNIT', 'LIAISON', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000742', '恢复计时：创城办', 'cc.rectification.resumed.v1', null, null, null,
 'CAMPAIGN_OFFICE', '', 'INBOX'),
('00000000-0000-0000-0000-000000000751', '申诉待审：创城办', 'cc.rectification.appealed.v1', null, null, null,
 'CAMPAIGN_OFFICE', '', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000801', '任务交办：牵头单位联络员、分管负责人', 'cc.task.assigned.v1', null, null, null,
 'RESPONSIBLE_UNIT', 'LIAISON,DEPUTY', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000802', '任务交办：配合单位联络员', 'cc.task.assigned.v1', null, null, null,
 'CO_UNITS', 'LIAISON', 'INBOX'),
('00000000-0000-0000-0000-000000000811', '任务完成待验收：创城办', 'cc.task.completed.v1', null, null, null,
 'CAMPAIGN_OFFICE', '', 'INBOX');
