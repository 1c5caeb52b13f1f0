package gov.chuangcheng.inspection.point;

/** The coordinate reference system a client sends coordinates in. Points are always stored in WGS-84. */
public enum Crs {
    /** GPS, international maps: stored as sent. */
    WGS84,
    /** 国测局坐标 (AMap/高德, Tencent, Google China): converted to WGS-84 before storing. */
    GCJ02,
    /** 百度坐标 (Baidu Maps): converted to GCJ-02, then to WGS-84, before storing. */
    BD09
}
