package gov.chuangcheng.events.directory;

/**
 * A person notifications reach for a unit.
 *
 * @param username Keycloak username where the person has an account (for the in-app inbox), otherwise null
 */
public record UnitContact(String name, ContactRole role, String phone, String email, String username) {}
