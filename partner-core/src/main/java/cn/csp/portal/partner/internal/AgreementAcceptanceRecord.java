package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.AgreementAcceptance;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "agreement_acceptance")
class AgreementAcceptanceRecord {

  @Id private UUID id;
  private UUID partnerId;
  private UUID agreementId;
  private UUID acceptedBy;
  private String acceptedByName;
  private Instant acceptedAt;
  private String ipAddress;
  private int billingDay;

  protected AgreementAcceptanceRecord() {}

  AgreementAcceptanceRecord(
      UUID partnerId,
      UUID agreementId,
      UUID acceptedBy,
      String acceptedByName,
      Instant acceptedAt,
      String ipAddress,
      int billingDay) {
    this.id = UUID.randomUUID();
    this.partnerId = partnerId;
    this.agreementId = agreementId;
    this.acceptedBy = acceptedBy;
    this.acceptedByName = acceptedByName;
    this.acceptedAt = acceptedAt;
    this.ipAddress = ipAddress;
    this.billingDay = billingDay;
  }

  UUID agreementId() {
    return agreementId;
  }

  AgreementAcceptance toAcceptance(AgreementRecord agreement) {
    return new AgreementAcceptance(
        partnerId,
        agreement.toVersion(),
        acceptedBy,
        acceptedByName,
        acceptedAt,
        ipAddress,
        billingDay);
  }
}
