package cn.csp.portal.support.internal;

import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.support.NewAttachment;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which files a request takes: at most {@code maxAttachments}, none empty or above the size limit,
 * only the allowed types. The type comes from the extension and must match the bytes (a renamed
 * executable is not a PDF); the name is cut to its last path segment, cleaned of characters that
 * are unsafe in file names or headers, and shortened.
 */
@Component
class AttachmentPolicy {

  static final int MAX_NAME_LENGTH = 150;

  private static final byte[] PDF = {'%', 'P', 'D', 'F'};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] GIF = {'G', 'I', 'F', '8'};
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  /** An allowed type: its content type and the bytes it must start with (null: UTF-8 text). */
  private record FileType(String contentType, byte[] magic) {}

  private static final Map<String, FileType> ALLOWED =
      Map.ofEntries(
          Map.entry("pdf", new FileType("application/pdf", PDF)),
          Map.entry("png", new FileType("image/png", PNG)),
          Map.entry("jpg", new FileType("image/jpeg", JPEG)),
          Map.entry("jpeg", new FileType("image/jpeg", JPEG)),
          Map.entry("gif", new FileType("image/gif", GIF)),
          Map.entry("txt", new FileType("text/plain", null)),
          Map.entry("log", new FileType("text/plain", null)),
          Map.entry("csv", new FileType("text/csv", null)),
          Map.entry("json", new FileType("application/json", null)),
          Map.entry("zip", new FileType("application/zip", ZIP)),
          Map.entry(
              "docx",
              new FileType(
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
          Map.entry(
              "xlsx",
              new FileType(
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
          Map.entry(
              "pptx",
              new FileType(
                  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                  ZIP)));

  /** The allowed extensions, for the form's hint and its accept attribute. */
  static final List<String> EXTENSIONS = ALLOWED.keySet().stream().sorted().toList();

  private final SupportSettings settings;

  AttachmentPolicy(SupportSettings settings) {
    this.settings = settings;
  }

  /** A file that passed: its clean name, its type, its bytes and their SHA-256. */
  record CheckedAttachment(String fileName, String contentType, byte[] content, String sha256) {}

  List<CheckedAttachment> check(List<NewAttachment> attachments) {
    List<NewAttachment> files = attachments == null ? List.of() : attachments;
    if (files.size() > settings.maxAttachments()) {
      throw BusinessRuleViolation.onField(
          "attachments", "support.attachment.tooMany", settings.maxAttachments());
    }
    return files.stream().map(this::check).toList();
  }

  private CheckedAttachment check(NewAttachment file) {
    String name = cleanName(file.fileName());
    byte[] content = file.content() == null ? new byte[0] : file.content();
    if (content.length == 0) {
      throw BusinessRuleViolation.onField("attachments", "support.attachment.empty", name);
    }
    if (content.length > settings.attachmentMaxBytes()) {
      throw BusinessRuleViolation.onField(
          "attachments",
          "support.attachment.tooLarge",
          name,
          settings.attachmentMaxBytes() / (1024 * 1024));
    }
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    FileType type = ALLOWED.get(extension);
    if (type == null || !matches(type, content)) {
      throw BusinessRuleViolation.onField(
          "attachments", "support.attachment.typeNotAllowed", name, String.join(", ", EXTENSIONS));
    }
    return new CheckedAttachment(name, type.contentType(), content, sha256(content));
  }

  /**
   * The name's last path segment without control characters and the characters Windows, shells and
   * HTTP headers treat specially, shortened to {@link #MAX_NAME_LENGTH} keeping the extension.
   */
  static String cleanName(String raw) {
    String name = raw == null ? "" : raw;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder clean = new StringBuilder();
    name.codePoints()
        .filter(c -> !Character.isISOControl(c) && "<>:\"|?*;%".indexOf(c) < 0)
        .forEach(c -> clean.appendCodePoint(Character.isWhitespace(c) ? ' ' : c));
    String result = clean.toString().replaceAll(" {2,}", " ").strip();
    // no hidden files and no names made only of dots
    result = result.replaceAll("^[.\\s]+", "");
    if (result.isEmpty()) {
      result = "attachment";
    }
    if (result.length() > MAX_NAME_LENGTH) {
      int dot = result.lastIndexOf('.');
      String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
      result = result.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
    }
    return result;
  }

  private static boolean matches(FileType type, byte[] content) {
    if (type.magic() == null) {
      return isUtf8Text(content);
    }
    if (content.length < type.magic().length) {
      return false;
    }
    for (int i = 0; i < type.magic().length; i++) {
      if (content[i] != type.magic()[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUtf8Text(byte[] content) {
    for (byte b : content) {
      if (b == 0) {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content));
      return true;
    } catch (CharacterCodingException notText) {
      return false;
    }
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
