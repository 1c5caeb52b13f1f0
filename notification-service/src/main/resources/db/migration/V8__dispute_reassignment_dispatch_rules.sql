-- Default rules for disputes, reassignments and dispatches (the office may change them):
--   退单 (cc.rectification.disputed.v1) → the campaign office, as an appeal;
--   退单结果 (cc.rectification.dispute-decided.v1) → the disputing unit's liaison and deputy, as an appeal's decision;
--   改派 (cc.rectification.reassigned.v1) → the new unit's liaison and deputy, as a new order, and the unit the order
--     left (audience FORMER_UNIT: the event's `from`);
--   派遣 (cc.rectification.dispatched.v1) → the assignee (audience ASSIGNEE: the sub-unit's liaison and deputy, and the
--     named handler by inbox).
-- Every message to the responsible unit of a dispatched order also reaches its assignee (routing/Routing), so no rule
-- is needed for that. cc.responsibility.settled.v1 tells nobody: it is not routed.
insert into notification_rule (id, name, event_type, level, min_severity, unit_code, audience, roles, channels) values
('00000000-0000-0000-0000-000000000761', '退单待确权：创城办', 'cc.rectification.disputed.v1', null, null, null,
 'CAMPAIGN_OFFICE', '', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000502', '退单结果：退单单位联络员、分管负责人', 'cc.rectification.dispute-decided.v1', null, null, null,
 'RESPONSIBLE_UNIT', 'LIAISON,DEPUTY', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000103', '改派通知：新责任单位联络员、分管负责人', 'cc.rectification.reassigned.v1', null, null, null,
 'RESPONSIBLE_UNIT', 'LIAISON,DEPUTY', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000104', '改派通知：原责任单位联络员、分管负责人', 'cc.rectification.reassigned.v1', null, null, null,
 'FORMER_UNIT', 'LIAISON,DEPUTY', 'INBOX,MAIL'),
('00000000-0000-0000-0000-000000000105', '整改派遣：派遣对象', 'cc.rectification.dispatched.v1', null, null, null,
 'ASSIGNEE', 'LIAISON,DEPUTY', 'INBOX,MAIL');
