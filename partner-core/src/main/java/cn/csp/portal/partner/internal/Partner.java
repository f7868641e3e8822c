package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.BillingCalendar;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.SuspensionReason;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The partner (tenant) aggregate root. Every status change goes through one of its methods, which
 * refuse transitions the program does not allow (see {@link PartnerStatus}).
 */
@Entity
@Table(name = "partner")
class Partner {

  @Id private UUID id;
  private String mpnId;
  private String companyName;

  @Enumerated(EnumType.STRING)
  private PartnerStatus status;

  @Enumerated(EnumType.STRING)
  private SuspensionReason suspensionReason;

  private String statusNote;
  private Instant statusChangedAt;
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

  private Partner(
      PartnerStatus status,
      String companyName,
      String billableAccountId,
      ZoneId timeZone,
      Instant now) {
    this.id = UUID.randomUUID();
    this.companyName = companyName;
    this.status = status;
    this.billableAccountId = billableAccountId;
    this.currency = "CNY";
    this.timeZone = timeZone.getId();
    this.createdAt = now;
    this.updatedAt = now;
    this.statusChangedAt = now;
  }

  /** A partner whose Partner Center account was just created and who has not yet enrolled. */
  static Partner applicant(
      String companyName, String billableAccountId, ZoneId timeZone, Instant now) {
    return new Partner(
        PartnerStatus.PENDING_ENROLLMENT, companyName, billableAccountId, timeZone, now);
  }

  /** A partner provisioned straight into the active state, as demo data and operators do. */
  static Partner active(
      String mpnId,
      String companyName,
      int billingDay,
      String billableAccountId,
      ZoneId timeZone,
      Instant now) {
    Partner partner =
        new Partner(PartnerStatus.ACTIVE, companyName, billableAccountId, timeZone, now);
    partner.mpnId = mpnId;
    partner.billingDay = billingDay;
    return partner;
  }

  void submitEnrollment(String mpnId, String legalCompanyName, Instant now) {
    moveTo(
        PartnerStatus.UNDER_REVIEW,
        EnumSet.of(PartnerStatus.PENDING_ENROLLMENT, PartnerStatus.REJECTED),
        null,
        now);
    this.mpnId = mpnId;
    this.companyName = legalCompanyName;
  }

  void approve(Instant now) {
    moveTo(
        PartnerStatus.APPROVED_AWAITING_AGREEMENT,
        EnumSet.of(PartnerStatus.UNDER_REVIEW),
        null,
        now);
  }

  void reject(String reason, Instant now) {
    moveTo(PartnerStatus.REJECTED, EnumSet.of(PartnerStatus.UNDER_REVIEW), reason, now);
  }

  /**
   * The digital signature of the reseller agreement activates the partner and fixes its billing day
   * from the signing date in the partner's zone ({@link BillingCalendar}).
   *
   * @return the billing day
   */
  int acceptAgreement(Instant now) {
    moveTo(PartnerStatus.ACTIVE, EnumSet.of(PartnerStatus.APPROVED_AWAITING_AGREEMENT), null, now);
    this.billingDay = BillingCalendar.billingDayFor(LocalDate.ofInstant(now, zone()));
    return billingDay;
  }

  void suspend(SuspensionReason reason, String note, Instant now) {
    moveTo(PartnerStatus.SUSPENDED, EnumSet.of(PartnerStatus.ACTIVE), note, now);
    this.suspensionReason = reason;
  }

  void reinstate(String note, Instant now) {
    moveTo(PartnerStatus.ACTIVE, EnumSet.of(PartnerStatus.SUSPENDED), note, now);
  }

  void terminate(String note, Instant now) {
    moveTo(
        PartnerStatus.TERMINATED,
        EnumSet.of(PartnerStatus.ACTIVE, PartnerStatus.SUSPENDED),
        note,
        now);
  }

  /**
   * A reseller authorized this partner as its indirect provider (spec 2.27). The flag tells each
   * request whether to look for resellers at all; a tier, once joined, is never left.
   */
  void joinTierAsProvider(Instant now) {
    this.indirectProvider = true;
    this.updatedAt = now;
  }

  /** This partner authorized an indirect provider to resell for it (spec 2.27). */
  void joinTierAsReseller(Instant now) {
    this.indirectReseller = true;
    this.updatedAt = now;
  }

  private void moveTo(PartnerStatus target, Set<PartnerStatus> from, String note, Instant now) {
    if (!from.contains(status)) {
      throw new BusinessRuleViolation("partner.transition.refused");
    }
    this.status = target;
    this.statusNote = note;
    this.suspensionReason = null;
    this.statusChangedAt = now;
    this.updatedAt = now;
  }

  UUID id() {
    return id;
  }

  PartnerStatus status() {
    return status;
  }

  SuspensionReason suspensionReason() {
    return suspensionReason;
  }

  String mpnId() {
    return mpnId;
  }

  String companyName() {
    return companyName;
  }

  ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  PartnerOverview toOverview() {
    return new PartnerOverview(
        id,
        companyName,
        mpnId,
        billableAccountId,
        status,
        suspensionReason,
        statusNote,
        billingDay,
        zone());
  }
}
