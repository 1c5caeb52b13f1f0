package gov.chuangcheng.events;

import java.util.Optional;

/**
 * The escalation ladder of an unfixed rectification order, lowest first: 提醒 → 督办 → 通报 → 约谈 → 问责.
 * An order starts at {@link #NONE}; each step up is a separate event.
 */
public enum EscalationLevel {
    NONE("未升级"),
    REMINDER("提醒"),
    SUPERVISION("督办"),
    NOTICE("通报"),
    TALK("约谈"),
    ACCOUNTABILITY("问责");

    private final String displayName;

    EscalationLevel(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The next rung, or empty at the top of the ladder. */
    public Optional<EscalationLevel> next() {
        int i = ordinal() + 1;
        return i < values().length ? Optional.of(values()[i]) : Optional.empty();
    }
}
