package cn.csp.portal.web.support;

import cn.csp.portal.support.AttachmentContent;
import cn.csp.portal.support.NewAttachment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Between the browser's files and the support module's attachments, both ways. */
final class Uploads {

  private Uploads() {}

  /** The files the user chose; an empty file input sends a nameless empty part, which is none. */
  static List<NewAttachment> attachments(List<MultipartFile> files) {
    return files.stream()
        .filter(
            f ->
                !(f.isEmpty()
                    && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())))
        .map(Uploads::attachment)
        .toList();
  }

  /**
   * An attachment as a download, never shown inline (the browser must not render an uploaded HTML
   * or script), with the sniffing that could turn it into one switched off.
   */
  static ResponseEntity<byte[]> download(AttachmentContent file) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.parseMediaType(file.contentType()))
        .body(file.content());
  }

  private static NewAttachment attachment(MultipartFile file) {
    try {
      return new NewAttachment(file.getOriginalFilename(), file.getBytes());
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
