package gov.chuangcheng.events.evaluation;

/**
 * Kinds of inspection points (点位类型) that field-inspected standards apply to. The constant names are the codes
 * that travel in {@link StandardUpserted#pointTypes()}; task-service validates the evaluation system against this list
 * and inspection-service classifies its points with it, so both use the same codes.
 */
public enum PointType {
    MAIN_ROAD("主次干道"),
    BACK_STREET("背街小巷"),
    COMMERCIAL_STREET("商业大街"),
    FARMERS_MARKET("农贸市场"),
    TRANSPORT_HUB("交通场站"),
    ACCESSIBILITY("无障碍设施"),
    SCHOOL("学校"),
    HOSPITAL("医院"),
    COMMUNITY("社区"),
    RESIDENTIAL_COMPOUND("居民小区"),
    PARK_SQUARE("公园广场"),
    SERVICE_WINDOW("窗口单位"),
    CULTURAL_VENUE("公共文化场馆"),
    CIVILIZATION_PRACTICE_CENTER("新时代文明实践站所"),
    CONSTRUCTION_SITE("建筑工地"),
    INTERNET_CAFE("网吧");

    private final String displayName;

    PointType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
