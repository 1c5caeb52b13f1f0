package gov.chuangcheng.accountability.request;

/** Where a request stands: waiting for the office, or decided once (an upheld appeal is APPROVED). */
public enum RequestStatus {
    PENDING,
    APPROVED,
    REJECTED
}
