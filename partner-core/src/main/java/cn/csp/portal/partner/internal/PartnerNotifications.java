package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.Mailer;
import cn.csp.portal.kernel.OutgoingMail;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.PartnerStatusChanged;
import cn.csp.portal.partner.SuspensionReason;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a partner's global admins by email when 21Vianet decides on its enrollment, when the
 * agreement has activated it (with its billing day, spec 2.11), and when it is suspended (for
 * delinquency: which invoices and where to see them), reinstated or terminated. Runs after the
 * change committed; the event registry retries it.
 */
@Component
class PartnerNotifications {

  private final PartnerRepository partners;
  private final PartnerUserRepository users;
  private final Mailer mailer;
  private final String portalUrl;

  PartnerNotifications(
      PartnerRepository partners,
      PartnerUserRepository users,
      Mailer mailer,
      @Value("${portal.base-url:http://localhost:8080}") String portalUrl) {
    this.partners = partners;
    this.users = users;
    this.mailer = mailer;
    this.portalUrl = portalUrl;
  }

  @ApplicationModuleListener
  void on(PartnerStatusChanged change) {
    if (change.to() == PartnerStatus.UNDER_REVIEW) {
      return; // the applicant just submitted; nothing to tell them yet
    }
    PartnerOverview partner = partners.findById(change.partnerId()).orElseThrow().toOverview();
    String template = template(change, partner);
    for (PartnerUser admin :
        users.findByPartnerIdAndAdminRoleAndEnabledTrue(
            change.partnerId(), AdminRole.GLOBAL_ADMIN)) {
      Locale locale = admin.mailLocale();
      mailer.send(
          OutgoingMail.of(
              admin.email(),
              template,
              locale,
              admin.fullName(),
              partner.companyName(),
              change.note() == null ? "" : change.note(),
              partner.billingDay() == null ? "" : partner.billingDay(),
              portalUrl + "/billing"));
    }
  }

  /**
   * One mail per transition; a suspension for delinquency says what to pay and that paying restores
   * the account, and a reinstatement is not the first activation (no billing day text).
   */
  private static String template(PartnerStatusChanged change, PartnerOverview partner) {
    if (change.to() == PartnerStatus.SUSPENDED
        && partner.suspensionReason() == SuspensionReason.DELINQUENCY) {
      return "mail.partner.SUSPENDED.DELINQUENCY";
    }
    if (change.to() == PartnerStatus.ACTIVE && change.from() == PartnerStatus.SUSPENDED) {
      return "mail.partner.REINSTATED";
    }
    return "mail.partner." + change.to().name();
  }
}
