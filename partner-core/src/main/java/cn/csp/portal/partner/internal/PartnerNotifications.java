package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.Mailer;
import cn.csp.portal.kernel.OutgoingMail;
import cn.csp.portal.partner.AdminRole;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.PartnerStatusChanged;
import java.util.Locale;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a partner's global admins by email when 21Vianet decides on its enrollment, when the
 * agreement has activated it (with its billing day, spec 2.11), and when it is suspended,
 * reinstated or terminated. Runs after the change committed; the event registry retries it.
 */
@Component
class PartnerNotifications {

  private final PartnerRepository partners;
  private final PartnerUserRepository users;
  private final Mailer mailer;

  PartnerNotifications(PartnerRepository partners, PartnerUserRepository users, Mailer mailer) {
    this.partners = partners;
    this.users = users;
    this.mailer = mailer;
  }

  @ApplicationModuleListener
  void on(PartnerStatusChanged change) {
    if (change.to() == PartnerStatus.UNDER_REVIEW) {
      return; // the applicant just submitted; nothing to tell them yet
    }
    PartnerOverview partner = partners.findById(change.partnerId()).orElseThrow().toOverview();
    String template = "mail.partner." + change.to().name();
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
              partner.billingDay() == null ? "" : partner.billingDay()));
    }
  }
}
