package gov.chuangcheng.accountability.notice;

/**
 * A 发文字号: the issuer's abbreviation, the year in 六角括号 and the serial of that year — 创城办〔2026〕12号 (GB/T
 * 9704: the year in full, no leading zeros, no "第").
 */
record NoticeNumber(String prefix, int year, int serial) {

    NoticeNumber {
        if (serial < 1) {
            throw new IllegalArgumentException("a notice's serial starts at 1: " + serial);
        }
    }

    String written() {
        return prefix + "〔" + year + "〕" + serial + "号";
    }
}
