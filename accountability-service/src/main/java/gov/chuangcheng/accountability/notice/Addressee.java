package gov.chuangcheng.accountability.notice;

/** Whom a 通报 is addressed to (主送). */
public enum Addressee {
    /** 各责任单位: every unit (each reads the whole notice) */
    ALL_UNITS,
    /** the units it names, by name */
    NAMED_UNITS
}
