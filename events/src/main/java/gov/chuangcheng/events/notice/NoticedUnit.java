package gov.chuangcheng.events.notice;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit named in an issued 通报.
 *
 * @param unitCode code of the unit
 * @param unitName name of the unit
 * @param deducted points deducted from the unit in the period by entries not reversed (a negative number or 0)
 * @param orders   its orders that reached 通报 or above in the period
 */
public record NoticedUnit(String unitCode, String unitName, BigDecimal deducted, List<NoticedOrder> orders) {

    public NoticedUnit {
        orders = orders == null ? List.of() : List.copyOf(orders);
    }
}
