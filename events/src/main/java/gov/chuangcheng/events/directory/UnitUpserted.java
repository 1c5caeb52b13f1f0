package gov.chuangcheng.events.directory;

import java.util.List;

/**
 * {@code cc.unit.upserted.v1}: the current state of one unit of the directory. Published on every change; the topic
 * is compacted, so the latest event per unit code is the unit. A deactivated unit has {@code active = false}.
 */
public record UnitUpserted(
        String code, String name, UnitKind kind, String parentCode, boolean active, List<UnitContact> contacts) {}
