package gov.chuangcheng.platform.security;

/** Realm roles of the Keycloak realm {@code chuangcheng}. */
public final class Roles {
    /** 创城办: administers everything. */
    public static final String OFFICE = "office";
    /** 区领导: reads everything. */
    public static final String LEADER = "leader";
    /** 责任单位 staff: sees its own unit and the units below it (token claim {@code unit}). */
    public static final String DEPARTMENT = "department";
    /** 督查员: inspects points. */
    public static final String INSPECTOR = "inspector";
    /** Other government systems (12345, 数字城管, gateways) through client-credentials service accounts. */
    public static final String INTEGRATION = "integration";

    /** Name of the access-token claim carrying the user's unit code. */
    public static final String UNIT_CLAIM = "unit";

    private Roles() {}
}
