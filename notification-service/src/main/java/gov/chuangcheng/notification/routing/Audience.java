package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.directory.UnitKind;

/** Whose contacts a rule reaches. */
public enum Audience {
    /** The unit the event concerns (the order's responsible unit, a task's lead unit). */
    RESPONSIBLE_UNIT("责任单位", null),
    CAMPAIGN_OFFICE("创城办", UnitKind.CAMPAIGN_OFFICE),
    LEADERSHIP("区领导", UnitKind.LEADERSHIP),
    DISCIPLINE_COMMISSION("纪委监委", UnitKind.DISCIPLINE_COMMISSION),
    /** Every active unit of the directory. */
    ALL_UNITS("全区各单位", null),
    /** The units an issued 通报 is addressed to (主送, {@code cc.notice.issued.v1}); nobody for other events. */
    MAIN_RECIPIENTS("主送单位", null),
    /** The co-units (配合单位) of a task ({@code cc.task.assigned.v1}); nobody for other events. */
    CO_UNITS("配合单位", null),
    /**
     * Whom the responsible unit dispatched the order to (派遣, {@code order.assignee}): the sub-unit's contacts and the
     * named handler's inbox; nobody for an order that is not dispatched or an event without an order. Every message
     * to {@link #RESPONSIBLE_UNIT} reaches them as well.
     */
    ASSIGNEE("派遣对象", null),
    /** The unit a reassigned order left ({@code cc.rectification.reassigned.v1}'s {@code from}); nobody for others. */
    FORMER_UNIT("原责任单位", null);

    private final String displayName;
    private final UnitKind kind;

    Audience(String displayName, UnitKind kind) {
        this.displayName = displayName;
        this.kind = kind;
    }

    public String displayName() {
        return displayName;
    }

    /** The directory kind this audience stands for, or null for the audiences that depend on the event. */
    public UnitKind kind() {
        return kind;
    }
}
