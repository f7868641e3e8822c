package cn.csp.portal.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One in-process SMTP server (GreenMail) per test JVM, on a free port. The portal sends real mail
 * to it; tests read what a person would have received.
 */
public final class TestMailServer {

  private static final TestMailServer INSTANCE = new TestMailServer();

  private final GreenMail greenMail;

  private TestMailServer() {
    greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "test-mail-server-stop"));
  }

  public static TestMailServer get() {
    return INSTANCE;
  }

  public int port() {
    return greenMail.getSmtp().getPort();
  }

  /** The messages sent to {@code address} so far, oldest first. */
  public List<MimeMessage> messagesTo(String address) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(message -> isTo(message, address))
        .toList();
  }

  /** Waits up to ten seconds for the {@code count}-th message to {@code address}. */
  public MimeMessage awaitMessage(String address, int count) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      List<MimeMessage> messages = messagesTo(address);
      if (messages.size() >= count) {
        return messages.get(count - 1);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("No mail number " + count + " to " + address + " within 10 s");
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String body(MimeMessage message) {
    return GreenMailUtil.getBody(message);
  }

  /** The first run of six digits in the message body: a verification code. */
  public static Optional<String> code(MimeMessage message) {
    Matcher matcher = Pattern.compile("\\b(\\d{6})\\b").matcher(decoded(message));
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** The text of the message as a reader sees it (transfer encoding undone). */
  public static String decoded(MimeMessage message) {
    try {
      Object content = message.getContent();
      return content instanceof String text ? text : body(message);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
