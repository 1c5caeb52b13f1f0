package gov.chuangcheng.accountability.notice;

import jakarta.validation.constraints.Size;

/**
 * An edit of a draft's framing text; an absent field keeps its value.
 *
 * @param lead           导语, before the units
 * @param demands        要求, after them
 * @param addressee      主送: ALL_UNITS (各责任单位) or NAMED_UNITS (the units named)
 * @param copyRecipients 抄送, recipients separated by 、 (e.g. 区委、区政府领导)
 */
public record NoticeRequest(
        @Size(min = 1, max = 2000, message = "导语为1至2000字") String lead,
        @Size(min = 1, max = 4000, message = "要求为1至4000字") String demands,
        Addressee addressee,
        @Size(min = 1, max = 500, message = "抄送为1至500字") String copyRecipients) {}
