package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** The partner (tenant) aggregate root. */
@Entity
@Table(name = "partner")
class Partner {

  @Id private UUID id;
  private String mpnId;
  private String companyName;

  @Enumerated(EnumType.STRING)
  private PartnerStatus status;

  private Integer billingDay;
  private String billableAccountId;
  private String currency;
  private String timeZone;
  private boolean indirectProvider;
  private boolean indirectReseller;
  private boolean sandbox;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private long version;

  protected Partner() {}

  /** A partner provisioned straight into the active state with its billing day. */
  static Partner active(
      String mpnId,
      String companyName,
      int billingDay,
      String billableAccountId,
      ZoneId timeZone,
      Instant now) {
    Partner partner = new Partner();
    partner.id = UUID.randomUUID();
    partner.mpnId = mpnId;
    partner.companyName = companyName;
    partner.status = PartnerStatus.ACTIVE;
    partner.billingDay = billingDay;
    partner.billableAccountId = billableAccountId;
    partner.currency = "CNY";
    partner.timeZone = timeZone.getId();
    partner.createdAt = now;
    partner.updatedAt = now;
    return partner;
  }

  UUID id() {
    return id;
  }

  PartnerOverview toOverview() {
    return new PartnerOverview(
        id, companyName, mpnId, billableAccountId, status, billingDay, ZoneId.of(timeZone));
  }
}
