package cn.csp.portal.support.internal;

import cn.csp.portal.kernel.Mailer;
import cn.csp.portal.kernel.OutgoingMail;
import cn.csp.portal.support.SupportRequestDetails;
import cn.csp.portal.support.SupportRequestOpened;
import cn.csp.portal.support.SupportRequestSummary;
import cn.csp.portal.support.SupportRequestUpdated;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails about requests, after the change committed (the event registry retries a failed mail): new
 * requests and partner replies to the desk, operator replies and status changes to the request's
 * contact in the request's language, SLA breaches to the operator lead.
 */
@Component
class SupportNotifications {

  private final SupportRequestStore store;
  private final SupportSettings settings;
  private final Mailer mailer;

  SupportNotifications(SupportRequestStore store, SupportSettings settings, Mailer mailer) {
    this.store = store;
    this.settings = settings;
    this.mailer = mailer;
  }

  @ApplicationModuleListener
  void on(SupportRequestOpened opened) {
    SupportRequestSummary r = store.summary(opened.requestId()).orElseThrow();
    mailer.send(
        OutgoingMail.of(
            settings.deskEmail(),
            "mail.support.opened",
            Locale.SIMPLIFIED_CHINESE,
            r.number(),
            r.partnerName(),
            r.severity().name(),
            r.title(),
            r.firstResponseDueAt().toString()));
  }

  @ApplicationModuleListener
  void on(SupportRequestUpdated updated) {
    SupportRequestDetails d = store.details(updated.requestId()).orElseThrow();
    SupportRequestSummary r = d.summary();
    if (!updated.byOperator()) {
      mailer.send(
          OutgoingMail.of(
              settings.deskEmail(),
              "mail.support.partnerUpdated",
              Locale.SIMPLIFIED_CHINESE,
              r.number(),
              r.partnerName(),
              r.title(),
              updated.status().name()));
      return;
    }
    String template =
        switch (updated.status()) {
          case ATTENTION_NEEDED -> "mail.support.needsInformation";
          case CLOSED -> "mail.support.closed";
          case OPEN -> "mail.support.replied";
        };
    mailer.send(
        OutgoingMail.of(
            d.contact().email(),
            template,
            Locale.forLanguageTag(d.locale()),
            d.contact().firstName() + " " + d.contact().lastName(),
            r.number(),
            r.title()));
  }

  @ApplicationModuleListener
  void on(SupportSlaBreached breached) {
    String requests =
        breached.requestIds().stream()
            .map(id -> store.summary(id).orElseThrow())
            .map(r -> r.number() + " (" + r.severity() + ", " + r.partnerName() + "): " + r.title())
            .collect(Collectors.joining("\n"));
    mailer.send(
        OutgoingMail.of(
            settings.leadEmail(),
            "mail.support.breached",
            Locale.SIMPLIFIED_CHINESE,
            breached.requestIds().size(),
            requests));
  }
}
