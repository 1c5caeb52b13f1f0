package gov.chuangcheng.accountability.notice;

import gov.chuangcheng.accountability.notice.NoticeContent.DeductionItem;
import gov.chuangcheng.accountability.notice.NoticeContent.Figures;
import gov.chuangcheng.accountability.notice.NoticeContent.OrderItem;
import gov.chuangcheng.accountability.notice.NoticeContent.UnitSection;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A 通报 as an XHTML document laid out after GB/T 9704 (党政机关公文格式), for browsers and for the PDF: A4, 版心
 * 156 mm × 225 mm (top margin 37 mm, left 28 mm), 22 lines of 28 characters of 3号 (16 pt) body type, 2号 (22 pt)
 * title; the red 发文机关标志 and rule, 发文字号, 标题, 主送, 正文, 署名, 成文日期 and the 版记 (抄送, 印发机关和日期).
 * Every text from data or the office is escaped.
 */
final class NoticeHtml {

    private NoticeHtml() {}

    static final String RED = "#e60012";

    /** {@code fontFamily} first (CJK), {@code latinFamily} for the characters it lacks. */
    static String render(NoticeView v, String fontFamily, String latinFamily) {
        String font = "'" + fontFamily.replace("'", "") + "', '" + latinFamily.replace("'", "") + "'";
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head>")
                .append("<meta charset=\"UTF-8\"/><title>")
                .append(esc(v.title()))
                .append("</title><style>\n")
                .append("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }\n")
                .append("body { font-family: ")
                .append(font)
                .append("; font-size: 16pt; line-height: 28.9pt; margin: 0; color: #000; }\n")
                .append("p { margin: 0; text-align: justify; }\n")
                .append(".indent { text-indent: 2em; }\n")
                .append(".issuer { color: " + RED + "; text-align: center; font-size: 42pt; line-height: 1.2; ")
                .append("letter-spacing: 0.1em; margin-top: 8mm; }\n")
                .append(".number { text-align: center; margin-top: 2em; }\n")
                .append(".rule { border-bottom: 1.2pt solid " + RED + "; margin-top: 4mm; }\n")
                .append(".title { text-align: center; font-size: 22pt; line-height: 1.5; margin: 2em 0 1em; }\n")
                .append(".draft { text-align: center; color: #888; }\n")
                .append(".unit { text-indent: 2em; font-weight: bold; }\n")
                .append(".signature { text-align: right; padding-right: 4em; margin-top: 2em; }\n")
                .append(".date { text-align: right; padding-right: 4em; }\n")
                .append(".record { margin-top: 3em; border-top: 0.5pt solid #000; border-bottom: 0.5pt solid #000; ")
                .append("font-size: 14pt; line-height: 1.8; }\n")
                .append(".record p { padding: 0 1em; }\n")
                .append(".record .cc { border-bottom: 0.35pt solid #000; }\n")
                .append("</style></head><body>\n");
        h.append("<div class=\"issuer\">").append(esc(v.issuerName())).append("文件</div>\n");
        h.append("<p class=\"number\">")
                .append(v.documentNumber() == null ? "（签发时编号）" : esc(v.documentNumber()))
                .append("</p>\n<div class=\"rule\"></div>\n");
        if (v.documentNumber() == null) {
            h.append("<p class=\"draft\">草稿，未签发</p>\n");
        }
        h.append("<p class=\"title\">").append(esc(v.title())).append("</p>\n");
        h.append("<p>").append(esc(v.mainRecipients())).append("：</p>\n");
        if (v.correction() != null) {
            paragraph(h, v.correction());
        }
        paragraph(h, v.lead());
        paragraph(h, NoticeTexts.summary(v.content()));
        for (UnitSection u : v.content().units()) {
            unit(h, u);
        }
        paragraph(h, v.demands());
        h.append("<p class=\"signature\">").append(esc(v.issuerName())).append("</p>\n");
        h.append("<p class=\"date\">")
                .append(v.issueWritten() == null ? "（签发日期）" : esc(v.issueWritten()))
                .append("</p>\n");
        h.append("<div class=\"record\"><p class=\"cc\">抄送：")
                .append(esc(v.copyRecipients()))
                .append("。</p><p>")
                .append(esc(v.issuerName()))
                .append("　　")
                .append(v.issueWritten() == null ? "（签发日期）" : esc(v.issueWritten()))
                .append("印发</p></div>\n");
        return h.append("</body></html>\n").toString();
    }

    private static void unit(StringBuilder h, UnitSection u) {
        h.append("<p class=\"unit\">")
                .append(esc(u.ordinal()))
                .append("、")
                .append(esc(u.unitName()))
                .append("</p>\n");
        int i = 1;
        for (OrderItem o : u.orders()) {
            paragraph(
                    h,
                    "（" + NoticeAssembly.ordinal(i++) + "）整改单" + o.number() + "，点位：" + o.pointName() + "，问题："
                            + stripEnd(o.problem()) + "。" + o.escalation() + "。");
        }
        paragraph(h, deductions(u));
        paragraph(h, figures(u.figures()));
    }

    /** 本期扣分：12月3日，整改单…通报（逾期未整改），扣2分；…。合计扣7分。 */
    static String deductions(UnitSection u) {
        if (u.deductions().isEmpty()) {
            return "本期扣分：无。";
        }
        StringBuilder s = new StringBuilder("本期扣分：");
        for (int i = 0; i < u.deductions().size(); i++) {
            DeductionItem d = u.deductions().get(i);
            s.append(i == 0 ? "" : "；")
                    .append(d.on().getMonthValue())
                    .append("月")
                    .append(d.on().getDayOfMonth())
                    .append("日，")
                    .append(stripEnd(d.reason()))
                    .append("，扣")
                    .append(points(d.points().negate()))
                    .append("分")
                    .append(d.reversed() ? "（已撤销，不计入合计）" : "");
        }
        return s.append("。合计扣")
                .append(points(u.deducted().negate()))
                .append("分。")
                .toString();
    }

    /** 本期按期整改率75.00%（6/8），本期得分−7分，累计得分93分，在28个单位中排名第5。 */
    static String figures(Figures f) {
        if (f.rank() == null) {
            return "本期考核数据暂缺。";
        }
        String onTime = f.onTimeRate() == null
                ? "本期按期整改率样本不足（" + f.onTimeNumerator() + "/" + f.onTimeDenominator() + "）"
                : "本期按期整改率"
                        + f.onTimeRate()
                                .movePointRight(2)
                                .setScale(2, RoundingMode.HALF_UP)
                                .toPlainString()
                        + "%（" + f.onTimeNumerator() + "/" + f.onTimeDenominator() + "）";
        return onTime + "，本期得分" + signed(f.periodScore()) + "分，累计得分" + points(f.cumulativeScore()) + "分，在" + f.ranked()
                + "个单位中排名第" + f.rank() + "。";
    }

    private static String signed(BigDecimal p) {
        return p.signum() < 0 ? "−" + points(p.negate()) : (p.signum() > 0 ? "+" : "") + points(p);
    }

    /** 2, 2.5: points as written, no trailing zeros. */
    static String points(BigDecimal p) {
        return p.signum() == 0 ? "0" : p.stripTrailingZeros().toPlainString();
    }

    private static String stripEnd(String text) {
        String t = text == null ? "" : text.strip();
        while (!t.isEmpty() && "。；;，,.".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private static void paragraph(StringBuilder h, String text) {
        h.append("<p class=\"indent\">").append(esc(text)).append("</p>\n");
    }

    /** XML escaping for text and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // characters XML 1.0 does not allow (control characters) would break the PDF's parser
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
