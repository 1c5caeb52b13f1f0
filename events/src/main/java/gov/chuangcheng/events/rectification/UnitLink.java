package gov.chuangcheng.events.rectification;

/** A unit an event names besides the order's own, e.g. the one a dispute claims is responsible. */
public record UnitLink(String code, String name) {}
