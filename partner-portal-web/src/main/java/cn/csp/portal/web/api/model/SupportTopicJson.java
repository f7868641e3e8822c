package cn.csp.portal.web.api.model;

/**
 * A support topic: one of the portal's support categories, with its int id ({@link SupportTopics}).
 */
public record SupportTopicJson(
    int id, String name, String description, ResourceAttributes attributes) {}
