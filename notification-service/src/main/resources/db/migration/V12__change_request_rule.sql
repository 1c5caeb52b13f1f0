-- An extension (延期) or suspension (缓办) request waits for the office from the moment it is filed
-- (cc.rectification.change-requested.v1): the office is told then, not only once it has decided.
insert into notification_rule (id, name, event_type, level, min_severity, unit_code, audience, roles, channels) values
('00000000-0000-0000-0000-000000000771', '延期、缓办待审：创城办', 'cc.rectification.change-requested.v1', null, null, null,
 'CAMPAIGN_OFFICE', '', 'INBOX');
