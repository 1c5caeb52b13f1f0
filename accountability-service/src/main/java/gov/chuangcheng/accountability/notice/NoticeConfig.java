package gov.chuangcheng.accountability.notice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The 通报 documents the office issues ({@code cc.notice.*}). */
@ConfigMapping(prefix = "cc.notice")
public interface NoticeConfig {

    /** The issuing organ as the document names it: header (发文机关标志), signature and 印发机关. */
    @WithDefault("区创城办")
    String issuerName();

    /** The organ's abbreviation in the 发文字号: 创城办〔2026〕12号. */
    @WithDefault("创城办")
    String numberPrefix();

    /**
     * When the weekly draft for the past week (Monday to Sunday) is prepared: a Quartz-style cron in the district's
     * zone ({@code cc.calendar.zone}); "off" prepares none. Nothing is issued without the office.
     */
    @WithDefault("0 30 7 ? * MON")
    String weeklyDraft();

    /** 导语 of a new draft; {period} becomes the period as written (2026年12月1日至12月7日). */
    @WithDefault("为压紧压实创城工作责任，推动问题整改落实到位，现将{period}整改不力单位情况通报如下。")
    String defaultLead();

    /** 要求 of a new draft; {issuer} becomes the issuer's name. */
    @WithDefault("请被通报单位高度重视，举一反三，立即整改到位，并于3个工作日内将整改情况书面报{issuer}。" + "各责任单位要引以为戒，对照测评标准全面自查，确保问题整改到位、不再反弹。")
    String defaultDemands();

    /** 抄送 of a new draft. */
    @WithDefault("区委、区政府领导")
    String defaultCopyRecipients();

    /** The document's type. */
    Font font();

    interface Font {
        /**
         * A TrueType font (.ttf, not CFF/OTF) the PDF embeds, e.g. a district's licensed 仿宋 or 小标宋: a file path;
         * absent, the Droid Sans Fallback shipped inside the service (Apache-2.0, fonts/NOTICE.md).
         */
        Optional<String> file();

        /** The family name the document's styles ask for. */
        @WithDefault("Droid Sans Fallback")
        String family();

        /**
         * A TrueType font for the characters {@link #file()} lacks — Droid Sans Fallback has CJK only, no Latin
         * letters or digits — a file path; absent, the DejaVu Serif shipped inside the service (fonts/NOTICE.md).
         */
        Optional<String> latinFile();

        /** Its family name. */
        @WithDefault("DejaVu Serif")
        String latinFamily();
    }
}
