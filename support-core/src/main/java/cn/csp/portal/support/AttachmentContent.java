package cn.csp.portal.support;

/** An attachment to download: served as {@code Content-Disposition: attachment}. */
public record AttachmentContent(String fileName, String contentType, byte[] content) {}
