package cn.csp.portal.subscription.internal;

import cn.csp.portal.partner.PartnerOverview;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** A partner's dates: today in its time zone and its billing day, which terms align to. */
record PartnerCalendar(LocalDate today, int billingDay) {

  static PartnerCalendar of(PartnerOverview partner, Clock clock) {
    ZoneId zone = partner.timeZone();
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    // a partner transacts only after accepting the agreement, which fixes its billing day
    int billingDay = partner.billingDay() != null ? partner.billingDay() : today.getDayOfMonth();
    return new PartnerCalendar(today, billingDay);
  }
}
