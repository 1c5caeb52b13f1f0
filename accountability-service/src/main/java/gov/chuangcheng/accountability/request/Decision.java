package gov.chuangcheng.accountability.request;

import jakarta.validation.constraints.Size;

/** The office's decision on an extension or suspension request; a comment is required when rejecting. */
public record Decision(@Size(max = 1000) String comment) {}
