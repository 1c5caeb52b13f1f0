package gov.chuangcheng.accountability.request;

/** Who decides a request: their user name, and whether they act for the campaign office (only the office decides). */
public record Decider(String username, boolean office) {}
