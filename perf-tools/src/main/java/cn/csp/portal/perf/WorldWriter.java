package cn.csp.portal.perf;

import cn.csp.portal.kernel.CopyWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the reference data and the partners: the operator, the earlier agreement versions, the
 * price lists, every partner with its profiles, users, enrollment, agreement acceptances and
 * partnerships, and the large partner's API application; with the audit entries the application
 * writes for each step.
 */
final class WorldWriter {

  private static final int ALL = Integer.MAX_VALUE;

  private final Connection connection;
  private final World world;
  private final PriceBook prices;
  private final String passwordHash;
  private final String apiSecretHash;
  private final AuditTrail audit;
  private final Stats stats;

  WorldWriter(
      Connection connection,
      World world,
      PriceBook prices,
      String passwordHash,
      String apiSecretHash,
      AuditTrail audit,
      Stats stats) {
    this.connection = connection;
    this.world = world;
    this.prices = prices;
    this.passwordHash = passwordHash;
    this.apiSecretHash = apiSecretHash;
    this.audit = audit;
    this.stats = stats;
  }

  void write() throws SQLException {
    stats.time("operator_account", this::operator);
    stats.time("agreement", this::agreements);
    stats.time("price_list", this::priceLists);
    stats.time("partner", this::partners);
    stats.time("partner profiles", this::profiles);
    stats.time("partner_user", this::users);
    stats.time("enrollment_application", this::enrollment);
    stats.time("agreement_acceptance", this::acceptances);
    stats.time("indirect_partnership", this::partnerships);
    stats.time("api_application", this::apiApplication);
  }

  private long operator() {
    try (CopyWriter sink =
        CopyWriter.committingEvery(
            connection,
            "operator_account",
            ALL,
            "id",
            "email",
            "display_name",
            "password_hash",
            "enabled",
            "created_at",
            "updated_at",
            "version")) {
      sink.uuid(world.operatorId)
          .text(World.OPERATOR_EMAIL)
          .text("Bench 运营 Operator")
          .text(passwordHash)
          .bool(true)
          .instant(world.operatorCreatedAt)
          .instant(world.operatorCreatedAt)
          .integer(0);
      sink.endRow();
      audit.record(
          world.operatorCreatedAt,
          World.GENERATOR,
          null,
          "operator.created",
          "operator_account",
          world.operatorId,
          null,
          null,
          "email",
          World.OPERATOR_EMAIL);
      return sink.rows();
    }
  }

  private long agreements() {
    try (CopyWriter sink =
        CopyWriter.committingEvery(
            connection,
            "agreement",
            ALL,
            "id",
            "type",
            "version",
            "title",
            "url",
            "published_at",
            "published_by")) {
      for (World.Agreement a : world.agreements) {
        if (!a.generated()) {
          continue;
        }
        sink.uuid(a.id())
            .text(a.type())
            .text(a.version())
            .text(a.title())
            .text(a.url())
            .instant(a.publishedAt())
            .text(a.publishedBy());
        sink.endRow();
        audit.record(
            a.publishedAt(),
            world.operator(),
            null,
            "agreement.published",
            "agreement",
            a.id(),
            null,
            null,
            "type",
            a.type(),
            "version",
            a.version(),
            "url",
            a.url());
      }
      return sink.rows();
    }
  }

  /**
   * As {@code PriceLists.importPublished}: the draft with its items, then published (a published
   * list's items can no longer be written: the database refuses).
   */
  private long priceLists() throws SQLException {
    List<YearMonth> months = prices.months();
    long items = 0;
    try (CopyWriter lists =
        CopyWriter.committingEvery(
            connection,
            "price_list",
            ALL,
            "month",
            "published_at",
            "published_by",
            "created_at",
            "updated_at",
            "version")) {
      for (YearMonth month : months) {
        Instant published = publishedAt(month);
        lists
            .date(month.atDay(1))
            .nullValue()
            .nullValue()
            .instant(published)
            .instant(published)
            .integer(0);
        lists.endRow();
      }
    }
    try (CopyWriter sink =
        CopyWriter.committingEvery(
            connection,
            "price_list_item",
            ALL,
            "month",
            "durable_offer_id",
            "offer_name",
            "billing_type",
            "unit_price")) {
      for (YearMonth month : months) {
        for (Catalog.Offer offer : prices.catalog().offers()) {
          sink.date(month.atDay(1))
              .text(offer.durableOfferId())
              .text(offer.name())
              .text(offer.billingType())
              .decimal(prices.price(offer, month));
          sink.endRow();
        }
      }
      items = sink.rows();
    }
    try (PreparedStatement publish =
        connection.prepareStatement(
            "update price_list set published_at = ?, published_by = ?, version = version + 1"
                + " where month = ?")) {
      for (YearMonth month : months) {
        publish.setTimestamp(1, Timestamp.from(publishedAt(month)));
        publish.setString(2, World.GENERATOR.name());
        publish.setObject(3, month.atDay(1));
        publish.addBatch();
        audit.record(
            publishedAt(month),
            World.GENERATOR,
            null,
            "priceList.imported",
            "priceList",
            month,
            null,
            null,
            "items",
            prices.catalog().offers().size(),
            "publishedAt",
            publishedAt(month));
      }
      publish.executeBatch();
    }
    connection.commit();
    return months.size() + items;
  }

  /** Published 31 days before the month starts, as the demo's lists are. */
  private static Instant publishedAt(YearMonth month) {
    return Clocks.at(month.atDay(1).minusDays(31), LocalTime.of(10, 0));
  }

  private long partners() {
    try (CopyWriter sink =
        CopyWriter.committingEvery(
            connection,
            "partner",
            ALL,
            "id",
            "mpn_id",
            "company_name",
            "status",
            "billing_day",
            "billable_account_id",
            "currency",
            "time_zone",
            "indirect_provider",
            "indirect_reseller",
            "sandbox",
            "created_at",
            "updated_at",
            "version",
            "suspension_reason",
            "status_note",
            "status_changed_at")) {
      for (World.Partner p : world.partners) {
        // created as an applicant, then enrollment submitted, approved and agreement accepted:
        // three updates
        sink.uuid(p.id)
            .text(p.mpnId)
            .text(p.companyName)
            .text("ACTIVE")
            .integer(p.billingDay)
            .text(p.billableAccountId)
            .text("CNY")
            .text("Asia/Shanghai")
            .bool(p.kind == World.Kind.PROVIDER) // every generated partnership is authorized
            .bool(p.kind == World.Kind.RESELLER)
            .bool(false)
            .instant(p.accountCreatedAt)
            .instant(p.acceptedAt)
            .integer(3)
            .nullValue()
            .nullValue()
            .instant(p.acceptedAt);
        sink.endRow();
      }
      return sink.rows();
    }
  }

  private long profiles() {
    long rows = 0;
    try (CopyWriter legal =
        CopyWriter.committingEvery(
            connection,
            "partner_legal_profile",
            ALL,
            "partner_id",
            "company_name",
            "address_line1",
            "address_line2",
            "city",
            "state",
            "postal_code",
            "country",
            "contact_first_name",
            "contact_last_name",
            "contact_email",
            "contact_phone",
            "approver_first_name",
            "approver_last_name",
            "approver_email",
            "approver_phone")) {
      for (World.Partner p : world.partners) {
        legal.uuid(p.id).text(p.companyName);
        address(legal, p.address);
        legal
            .text(p.primaryContact.firstName())
            .text(p.primaryContact.lastName())
            .text(p.admin().email)
            .text(p.primaryPhone)
            .text(p.approver.firstName())
            .text(p.approver.lastName())
            .text(p.approverEmail)
            .text(p.approverPhone);
        legal.endRow();
      }
      rows += legal.rows();
    }
    // at enrollment the billing profile starts as a copy of the legal one
    try (CopyWriter billing =
        CopyWriter.committingEvery(
            connection,
            "partner_billing_profile",
            ALL,
            "partner_id",
            "company_name",
            "address_line1",
            "address_line2",
            "city",
            "state",
            "postal_code",
            "country",
            "contact_first_name",
            "contact_last_name",
            "contact_email",
            "contact_phone",
            "purchase_order_number",
            "tax_id")) {
      for (World.Partner p : world.partners) {
        billing.uuid(p.id).text(p.companyName);
        address(billing, p.address);
        billing
            .text(p.primaryContact.firstName())
            .text(p.primaryContact.lastName())
            .text(p.admin().email)
            .text(p.primaryPhone)
            .nullValue()
            .nullValue();
        billing.endRow();
      }
      rows += billing.rows();
    }
    try (CopyWriter organization =
        CopyWriter.committingEvery(
            connection,
            "partner_organization_profile",
            ALL,
            "partner_id",
            "company_name",
            "tenant_id",
            "domain",
            "email",
            "language",
            "culture")) {
      for (World.Partner p : world.partners) {
        String email = p.admin().email;
        organization
            .uuid(p.id)
            .text(p.companyName)
            .uuid(p.tenantId)
            .text(email.substring(email.indexOf('@') + 1))
            .text(email)
            .text("zh")
            .text("zh-CN");
        organization.endRow();
      }
      rows += organization.rows();
    }
    try (CopyWriter support =
        CopyWriter.committingEvery(
            connection,
            "partner_support_profile",
            ALL,
            "partner_id",
            "website",
            "email",
            "phone")) {
      for (World.Partner p : world.partners) {
        SplittableRandom rng = new SplittableRandom(p.id.getLeastSignificantBits());
        support
            .uuid(p.id)
            .text("https://support." + p.companyDomain)
            .text("support@" + p.companyDomain)
            .text(p.supportPhone(rng));
        support.endRow();
      }
      rows += support.rows();
    }
    return rows;
  }

  private static void address(CopyWriter sink, PostalAddress address) {
    sink.text(address.line1())
        .text(address.line2())
        .text(address.city())
        .text(address.state())
        .text(address.postalCode())
        .text(address.country());
  }

  private long users() {
    try (CopyWriter sink =
        CopyWriter.committingEvery(
            connection,
            "partner_user",
            ALL,
            "id",
            "partner_id",
            "email",
            "full_name",
            "agent_role",
            "admin_role",
            "password_hash",
            "must_change_password",
            "phone",
            "enabled",
            "created_at",
            "updated_at",
            "version",
            "failed_sign_ins",
            "locked_until",
            "password_changed_at",
            "preferred_language")) {
      for (World.Partner p : world.partners) {
        for (World.User u : p.users) {
          sink.uuid(u.id)
              .uuid(p.id)
              .text(u.email)
              .text(u.fullName)
              .text(u.agentRole)
              .text(u.adminRole)
              .text(passwordHash)
              .bool(false)
              .text(u.phone)
              .bool(true)
              .instant(u.createdAt)
              .instant(u.updatedAt)
              .integer(u.version)
              .integer(0)
              .nullValue()
              .instant(u.passwordChangedAt)
              .text(u.preferredLanguage);
          sink.endRow();
          userAudit(p, u);
        }
      }
      return sink.rows();
    }
  }

  /**
   * The account's creator registers itself (and creates the account); others are added by it and
   * replace their temporary password.
   */
  private void userAudit(World.Partner p, World.User u) {
    if (u.addedBy == null) {
      audit.record(
          u.createdAt,
          u.actor(),
          p.id,
          "partner.user.created",
          "partner_user",
          u.id,
          null,
          p.accountRequestId,
          "email",
          u.email,
          "agentRole",
          u.agentRole,
          "adminRole",
          u.adminRole);
      audit.record(
          p.accountCreatedAt,
          u.actor(),
          p.id,
          "partner.account.created",
          "partner",
          p.id,
          null,
          p.accountRequestId,
          "companyName",
          p.companyName,
          "globalAdmin",
          u.email,
          "ipAddress",
          p.ipAddress);
      return;
    }
    audit.record(
        u.createdAt,
        u.addedBy.actor(),
        p.id,
        "partner.user.created",
        "partner_user",
        u.id,
        null,
        u.createRequestId,
        "email",
        u.email,
        "agentRole",
        u.agentRole,
        "adminRole",
        u.adminRole);
    audit.record(
        u.passwordChangedAt,
        u.actor(),
        p.id,
        "partner.user.passwordChanged",
        "partner_user",
        u.id,
        null,
        u.passwordRequestId,
        "email",
        u.email);
  }

  private long enrollment() {
    try (CopyWriter sink =
        CopyWriter.committingEvery(
            connection,
            "enrollment_application",
            ALL,
            "partner_id",
            "submitted_at",
            "submitted_by",
            "submission_count",
            "credit_check",
            "credit_check_note",
            "credit_checked_by",
            "credit_checked_at",
            "decision",
            "decision_reason",
            "decided_by",
            "decided_at",
            "version")) {
      for (World.Partner p : world.partners) {
        World.User admin = p.admin();
        sink.uuid(p.id)
            .instant(p.submittedAt)
            .uuid(admin.id)
            .integer(1)
            .text("PASSED")
            .text(p.creditNote)
            .text(World.OPERATOR_EMAIL)
            .instant(p.creditCheckedAt)
            .text("APPROVED")
            .nullValue()
            .text(World.OPERATOR_EMAIL)
            .instant(p.approvedAt)
            .integer(2);
        sink.endRow();
        audit.record(
            p.submittedAt,
            admin.actor(),
            p.id,
            "partner.enrollment.submitted",
            "partner",
            p.id,
            null,
            p.submitRequestId,
            "mpnId",
            p.mpnId,
            "companyName",
            p.companyName,
            "status",
            "PENDING_ENROLLMENT -> UNDER_REVIEW");
        audit.record(
            p.creditCheckedAt,
            world.operator(),
            p.id,
            "partner.enrollment.creditChecked",
            "partner",
            p.id,
            p.creditNote,
            p.creditRequestId,
            "outcome",
            "PASSED");
        audit.record(
            p.approvedAt,
            world.operator(),
            p.id,
            "partner.enrollment.approved",
            "partner",
            p.id,
            null,
            p.approveRequestId,
            "status",
            "UNDER_REVIEW -> APPROVED_AWAITING_AGREEMENT");
      }
      return sink.rows();
    }
  }

  private long acceptances() {
    try (CopyWriter sink =
        CopyWriter.committingEvery(
            connection,
            "agreement_acceptance",
            ALL,
            "id",
            "partner_id",
            "agreement_id",
            "accepted_by",
            "accepted_by_name",
            "accepted_at",
            "ip_address",
            "billing_day")) {
      for (World.Partner p : world.partners) {
        World.User admin = p.admin();
        boolean first = true;
        for (World.Acceptance a : p.acceptances) {
          sink.uuid(a.id())
              .uuid(p.id)
              .uuid(a.agreement().id())
              .uuid(admin.id)
              .text(admin.email)
              .instant(a.acceptedAt())
              .text(a.ipAddress())
              .integer(p.billingDay);
          sink.endRow();
          audit.record(
              a.acceptedAt(),
              admin.actor(),
              p.id,
              "agreement.accepted",
              "agreement",
              a.agreement().id(),
              null,
              a.requestId(),
              "version",
              a.agreement().version(),
              "ipAddress",
              a.ipAddress(),
              "status",
              first ? "APPROVED_AWAITING_AGREEMENT -> ACTIVE" : "ACTIVE -> ACTIVE",
              "billingDay",
              p.billingDay);
          first = false;
        }
      }
      return sink.rows();
    }
  }

  private long partnerships() {
    try (CopyWriter sink =
        CopyWriter.committingEvery(
            connection,
            "indirect_partnership",
            ALL,
            "id",
            "provider_id",
            "reseller_id",
            "status",
            "request_token",
            "requested_by",
            "requested_at",
            "authorized_by",
            "authorized_at",
            "version")) {
      for (World.Partnership ip : world.partnerships) {
        World.User requester = ip.provider().admin();
        World.User authorizer = ip.reseller().admin();
        sink.uuid(ip.id())
            .uuid(ip.provider().id)
            .uuid(ip.reseller().id)
            .text("AUTHORIZED")
            .text(ip.token())
            .text(requester.email)
            .instant(ip.requestedAt())
            .text(authorizer.email)
            .instant(ip.authorizedAt())
            .integer(1);
        sink.endRow();
        audit.record(
            ip.requestedAt(),
            requester.actor(),
            ip.provider().id,
            "partner.partnership.requested",
            "indirect_partnership",
            ip.id(),
            null,
            ip.requestRequestId(),
            "resellerId",
            ip.reseller().id,
            "resellerMpnId",
            ip.reseller().mpnId);
        audit.record(
            ip.authorizedAt(),
            authorizer.actor(),
            ip.reseller().id,
            "partner.partnership.authorized",
            "indirect_partnership",
            ip.id(),
            null,
            ip.authorizeRequestId(),
            "providerId",
            ip.provider().id);
      }
      return sink.rows();
    }
  }

  private long apiApplication() {
    World.Partner large = world.large();
    String displayName = "Bench 基准测试应用 Bench app";
    try (CopyWriter sink =
        CopyWriter.committingEvery(
            connection,
            "api_application",
            ALL,
            "id",
            "partner_id",
            "display_name",
            "client_id",
            "secret_hash",
            "created_at",
            "secret_rotated_at",
            "revoked_at",
            "version")) {
      sink.uuid(world.apiApplicationId)
          .uuid(large.id)
          .text(displayName)
          .text(World.API_CLIENT_ID)
          .text(apiSecretHash)
          .instant(world.apiApplicationCreatedAt)
          .nullValue()
          .nullValue()
          .integer(0);
      sink.endRow();
      audit.record(
          world.apiApplicationCreatedAt,
          World.GENERATOR,
          large.id,
          "partner.apiApplication.registered",
          "api_application",
          world.apiApplicationId,
          null,
          null,
          "clientId",
          World.API_CLIENT_ID,
          "displayName",
          displayName);
      return sink.rows();
    }
  }
}
