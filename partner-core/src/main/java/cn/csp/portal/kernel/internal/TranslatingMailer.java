package cn.csp.portal.kernel.internal;

import cn.csp.portal.kernel.Mailer;
import cn.csp.portal.kernel.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Renders a notification in its reader's language and hands it to the SMTP server. With {@code
 * portal.mail.delivery=log} (the embedded demo mode) mails are written to the log instead, so a
 * demo needs no mail server.
 */
@Component
class TranslatingMailer implements Mailer {

  private static final Logger log = LoggerFactory.getLogger(TranslatingMailer.class);

  private final JavaMailSender sender;
  private final MessageSource texts;
  private final String from;
  private final boolean logOnly;

  TranslatingMailer(
      JavaMailSender sender,
      @Value("${portal.mail.from:no-reply@partner.21vianet.example}") String from,
      @Value("${portal.mail.delivery:smtp}") String delivery) {
    this.sender = sender;
    this.from = from;
    this.logOnly = "log".equalsIgnoreCase(delivery);
    // The mail texts belong to this module, whatever bundles the application configures.
    ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
    bundle.setBasename("i18n/mail");
    bundle.setDefaultEncoding("UTF-8");
    bundle.setFallbackToSystemLocale(false);
    this.texts = bundle;
    if (logOnly) {
      log.warn("portal.mail.delivery=log: mails are written to this log, not sent");
    }
  }

  @Override
  public void send(OutgoingMail mail) {
    Object[] arguments = mail.arguments().toArray();
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(mail.to());
    message.setSubject(texts.getMessage(mail.template() + ".subject", arguments, mail.locale()));
    message.setText(texts.getMessage(mail.template() + ".body", arguments, mail.locale()));
    if (logOnly) {
      log.info("Mail to {}: {}\n{}", message.getTo()[0], message.getSubject(), message.getText());
      return;
    }
    try {
      sender.send(message);
    } catch (MailException e) {
      log.error("Could not send '{}' mail to {}: {}", mail.template(), mail.to(), e.getMessage());
    }
  }
}
