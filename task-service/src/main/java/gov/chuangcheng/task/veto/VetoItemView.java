package gov.chuangcheng.task.veto;

/** An item of the negative list of an evaluation system version. */
public record VetoItemView(String code, String name, String consequence) {}
