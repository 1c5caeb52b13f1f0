package gov.chuangcheng.events.rectification;

/** Another order an event points to, e.g. the one a merged order lives on in. */
public record OrderLink(String id, String number) {}
