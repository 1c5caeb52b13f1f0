package gov.chuangcheng.notification.routing;

/** A message as a person reads it: a one-line title (mail subject) and a body. */
public record RenderedMessage(String title, String body) {}
