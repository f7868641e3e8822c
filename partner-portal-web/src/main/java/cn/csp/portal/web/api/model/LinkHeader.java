package cn.csp.portal.web.api.model;

/** A header a client sends when it follows a {@link Link}, e.g. {@code MS-ContinuationToken}. */
public record LinkHeader(String key, String value) {}
