package gov.chuangcheng.events.rectification;

/** How an episode was closed (销号). */
public enum Closure {
    /** the verification passed: the problem was fixed (已整改) */
    REINSPECTION("复查通过"),
    /** the office found that the problem does not exist (不属实) or voided the order (作废): nothing was fixed */
    VOIDED("经核实不属实"),
    /** the office merged the order into another about the same problem (合并): that order carries on */
    MERGED("已合并"),
    /**
     * the office upheld the unit's appeal. Only in events and rows from before {@link #VOIDED}: an upheld appeal now
     * closes as voided, and this value counts as voided wherever it is read.
     */
    APPEAL_UPHELD("申诉成立");

    private final String displayName;

    Closure(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether the problem was verified fixed: only then is there a rectification to count, on time or not. */
    public boolean fixed() {
        return this == REINSPECTION;
    }

    /** Whether the order was withdrawn as not the unit's problem (不属实, 作废, an upheld appeal of old). */
    public boolean voided() {
        return this == VOIDED || this == APPEAL_UPHELD;
    }
}
