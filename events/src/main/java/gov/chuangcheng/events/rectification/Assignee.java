package gov.chuangcheng.events.rectification;

/**
 * Whom the responsible unit dispatched its order to (派遣): a sub-unit (street → community), a named handler, or both.
 * The responsible unit stays accountable; the assignee sees the order and acts on it.
 *
 * @param unitCode code of the sub-unit, or null when dispatched to a handler of the unit itself
 * @param unitName name of that sub-unit
 * @param username Keycloak username of the named handler (经办人), or null
 */
public record Assignee(String unitCode, String unitName, String username) {}
