package cn.csp.portal.support;

/**
 * A file as uploaded: its name as the browser sent it (it is sanitised before it is kept) and its
 * bytes. The content type is decided from the name's extension and checked against the bytes, not
 * taken from the upload.
 */
public record NewAttachment(String fileName, byte[] content) {}
