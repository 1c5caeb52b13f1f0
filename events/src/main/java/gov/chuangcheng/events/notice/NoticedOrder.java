package gov.chuangcheng.events.notice;

import gov.chuangcheng.events.EscalationLevel;

/**
 * An order named in an issued 通报.
 *
 * @param orderId    id of the rectification order
 * @param number     its number, e.g. ZG-2026-000123
 * @param pointName  the point (点位) of the problem
 * @param problem    the problem as the order describes it
 * @param level      the highest rung it reached by the end of the period
 * @param escalation how it escalated, from its history, e.g. 12月1日提醒、12月2日督办后逾期仍未整改，12月3日升级为通报
 */
public record NoticedOrder(
        String orderId, String number, String pointName, String problem, EscalationLevel level, String escalation) {}
