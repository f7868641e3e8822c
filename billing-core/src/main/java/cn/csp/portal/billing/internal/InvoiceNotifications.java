package cn.csp.portal.billing.internal;

import cn.csp.portal.billing.InvoiceIssued;
import cn.csp.portal.kernel.Mailer;
import cn.csp.portal.kernel.OutgoingMail;
import cn.csp.portal.partner.BillingProfile;
import cn.csp.portal.partner.Contact;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerProfiles;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails a new invoice to the one person the partner designated as invoice recipient on its billing
 * profile (spec 2.11), in the partner's language. Runs after the run committed; the event registry
 * retries it.
 */
@Component
class InvoiceNotifications {

  private static final Logger log = LoggerFactory.getLogger(InvoiceNotifications.class);

  private final PartnerAccounts partners;
  private final Mailer mailer;

  InvoiceNotifications(PartnerAccounts partners, Mailer mailer) {
    this.partners = partners;
    this.mailer = mailer;
  }

  @ApplicationModuleListener
  void on(InvoiceIssued issued) {
    Optional<PartnerProfiles> profiles = partners.findProfiles(issued.partnerId());
    Optional<Contact> recipient =
        profiles.map(PartnerProfiles::billing).map(BillingProfile::invoiceRecipient);
    if (recipient.isEmpty()) {
      log.warn("Invoice {} has no invoice recipient to mail", issued.invoiceId());
      return;
    }
    Locale locale =
        profiles
            .map(p -> p.organization() == null ? null : p.organization().language())
            .map(Locale::forLanguageTag)
            .orElse(Locale.SIMPLIFIED_CHINESE);
    Contact to = recipient.get();
    mailer.send(
        OutgoingMail.of(
            to.email(),
            "mail.invoice.issued",
            locale,
            to.firstName() + " " + to.lastName(),
            profiles.get().billing().companyName(),
            issued.invoiceId(),
            issued.invoiceDate().toString(),
            issued.total().toPlainString() + " " + issued.currency(),
            issued.dueDate().toString()));
  }
}
