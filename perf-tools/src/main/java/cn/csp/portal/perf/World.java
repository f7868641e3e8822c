package cn.csp.portal.perf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Everything above the customers, held in memory (about 1,200 partners): the operator, the
 * agreements, the partners with their users, profiles and enrollment, the two-tier partnerships,
 * and which partner each customer number belongs to.
 */
final class World {

  /** Every generated partner user and operator signs in with this password. */
  static final String PASSWORD = "Bench!Passw0rd";

  static final String LARGE_PARTNER_NAME = "Bench Large";
  static final String LARGE_PARTNER_MPN_ID = "5100001";
  static final String LARGE_PARTNER_ADMIN = "bench-admin@benchlarge.partner.onmschina.cn";
  static final String PROVIDER_NAME = "Bench Provider";
  static final String PROVIDER_MPN_ID = "5100002";
  static final String PROVIDER_ADMIN = "bench-admin@benchprovider.partner.onmschina.cn";
  static final String OPERATOR_EMAIL = "bench-operator@21vianet.example";

  /** The large partner's API application (client credentials), provisioned as the demo's is. */
  static final String API_CLIENT_ID = "bench-app";

  static final String API_CLIENT_SECRET = "bench-app-secret";

  /** The system actor of what the generator itself sets up, as the demo's "demo-data". */
  static final AuditTrail.Actor GENERATOR = AuditTrail.Actor.system("bench-data");

  enum Kind {
    LARGE,
    PROVIDER,
    RESELLER,
    SMALL
  }

  static final class User {
    UUID id;
    String email;
    String fullName;
    String agentRole;
    String adminRole;
    String phone;
    String preferredLanguage;
    Instant createdAt;
    Instant passwordChangedAt;
    Instant updatedAt;
    int version;
    User addedBy;
    String createRequestId;
    String passwordRequestId;

    /** Admin agents, sales agents and global admins create customers and manage subscriptions. */
    boolean sells() {
      return agentRole.equals("ADMIN_AGENT")
          || agentRole.equals("SALES_AGENT")
          || adminRole.equals("GLOBAL_ADMIN");
    }

    AuditTrail.Actor actor() {
      return AuditTrail.Actor.partnerUser(id, email);
    }
  }

  static final class Partner {
    int index;
    Kind kind;
    UUID id;
    String mpnId;
    String companyName;
    String domainPrefix;
    String companyDomain;
    Vocabulary.City city;
    PostalAddress address;
    Person primaryContact;
    String primaryPhone;
    Person approver;
    String approverEmail;
    String approverPhone;
    int billingDay;
    String billableAccountId;
    UUID tenantId;
    Instant accountCreatedAt;
    Instant submittedAt;
    Instant creditCheckedAt;
    Instant approvedAt;
    Instant acceptedAt;
    String ipAddress;
    String creditNote;
    String accountRequestId;
    String submitRequestId;
    String creditRequestId;
    String approveRequestId;
    final List<User> users = new ArrayList<>();
    final List<User> sellers = new ArrayList<>();
    final List<Acceptance> acceptances = new ArrayList<>();
    int firstCustomer;
    int customerCount;

    /** For the provider: the reseller each of its customers was created for, or null. */
    Partner[] resellerOfCustomer;

    /** For a reseller: its provider. */
    Partner provider;

    User admin() {
      return users.get(0);
    }

    String supportPhone(SplittableRandom rng) {
      return "400-" + (100 + rng.nextInt(900)) + "-" + String.format("%04d", rng.nextInt(10_000));
    }
  }

  record Agreement(
      UUID id,
      String type,
      String version,
      String title,
      String url,
      Instant publishedAt,
      String publishedBy,
      boolean generated) {}

  record Acceptance(
      UUID id, Agreement agreement, Instant acceptedAt, String ipAddress, String requestId) {}

  record Partnership(
      UUID id,
      Partner provider,
      Partner reseller,
      String token,
      Instant requestedAt,
      Instant authorizedAt,
      String requestRequestId,
      String authorizeRequestId) {}

  final LocalDate anchor;
  final LocalDate windowStart;
  final LocalDate lastDay;
  final UUID operatorId;
  final Instant operatorCreatedAt;
  final UUID apiApplicationId;
  final Instant apiApplicationCreatedAt;
  final List<Agreement> agreements;
  final List<Partner> partners = new ArrayList<>();
  final List<Partnership> partnerships = new ArrayList<>();
  int customerTotal;

  private final Seeds seeds;

  private World(Seeds seeds, LocalDate anchor, List<Agreement> seeded) {
    this.seeds = seeds;
    this.anchor = anchor;
    this.windowStart = anchor.minusMonths(12);
    this.lastDay = anchor.minusDays(1);
    SplittableRandom rng = seeds.random(Seeds.Stream.REFERENCE, 0);
    this.operatorId = Seeds.uuid(rng);
    this.apiApplicationId = Seeds.uuid(rng);
    int olderYear = windowStart.getYear() - 3;
    this.operatorCreatedAt =
        Clocks.at(LocalDate.of(olderYear, 1, 1).minusDays(20), LocalTime.of(10, 0));
    this.apiApplicationCreatedAt = Clocks.at(windowStart.minusDays(10), LocalTime.of(9, 30));
    List<Agreement> all = new ArrayList<>(seeded);
    // an earlier version of each document, which partners that joined before the seeded ones
    // accepted (the seeded versions are dated 2026-01)
    String version = olderYear + "-01";
    Instant published = Clocks.at(LocalDate.of(olderYear, 1, 1), LocalTime.MIDNIGHT);
    for (String type : List.of("PROGRAM_GUIDE", "RESELLER_AGREEMENT")) {
      boolean exists =
          seeded.stream().anyMatch(a -> a.type().equals(type) && a.version().equals(version));
      if (!exists) {
        all.add(
            new Agreement(
                Seeds.uuid(rng),
                type,
                version,
                type.equals("PROGRAM_GUIDE")
                    ? "21Vianet CSP program guide"
                    : "21Vianet CSP reseller agreement for China",
                type.equals("PROGRAM_GUIDE")
                    ? "https://www.21vbluecloud.com/office365/SolProv_programguide/"
                    : "https://www.21vbluecloud.com/office365/ResellerAgr/",
                published,
                OPERATOR_EMAIL,
                true));
      }
    }
    all.sort(Comparator.comparing(Agreement::publishedAt).thenComparing(Agreement::type));
    this.agreements = List.copyOf(all);
  }

  /**
   * The partners of a run at {@code scale}: the large partner, the provider, its resellers and the
   * small partners, with their users, enrollment, agreements and customer counts.
   */
  static World build(Seeds seeds, double scale, LocalDate anchor, List<Agreement> seeded) {
    World world = new World(seeds, anchor, seeded);
    int resellers = Math.max(1, (int) Math.round(200 * scale));
    int small = Math.max(1, (int) Math.round(1000 * scale));
    Set<String> mpnIds = new HashSet<>(List.of(LARGE_PARTNER_MPN_ID, PROVIDER_MPN_ID));
    Set<String> prefixes = new HashSet<>(List.of("benchlarge", "benchprovider"));
    world.add(Kind.LARGE, mpnIds, prefixes);
    world.add(Kind.PROVIDER, mpnIds, prefixes);
    for (int i = 0; i < resellers; i++) {
      world.add(Kind.RESELLER, mpnIds, prefixes);
    }
    for (int i = 0; i < small; i++) {
      world.add(Kind.SMALL, mpnIds, prefixes);
    }
    world.assignBillableAccounts();
    world.linkResellers();
    world.assignCustomers(scale);
    return world;
  }

  List<Partner> resellers() {
    return partners.stream().filter(p -> p.kind == Kind.RESELLER).toList();
  }

  Partner large() {
    return partners.get(0);
  }

  Partner provider() {
    return partners.get(1);
  }

  /** The partner whose customer (by global customer number) this is. */
  Partner partnerOfCustomer(int customer) {
    int low = 0;
    int high = partners.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (partners.get(mid).firstCustomer <= customer) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return partners.get(low);
  }

  AuditTrail.Actor operator() {
    return AuditTrail.Actor.operator(operatorId, OPERATOR_EMAIL);
  }

  private void add(Kind kind, Set<String> mpnIds, Set<String> prefixes) {
    int index = partners.size();
    SplittableRandom rng = seeds.random(Seeds.Stream.PARTNER, index);
    Partner p = new Partner();
    p.index = index;
    p.kind = kind;
    p.id = Seeds.uuid(rng);
    p.tenantId = Seeds.uuid(rng);
    p.city = Vocabulary.pickCity(rng);
    switch (kind) {
      case LARGE -> {
        p.mpnId = LARGE_PARTNER_MPN_ID;
        p.companyName = LARGE_PARTNER_NAME;
        p.domainPrefix = "benchlarge";
      }
      case PROVIDER -> {
        p.mpnId = PROVIDER_MPN_ID;
        p.companyName = PROVIDER_NAME;
        p.domainPrefix = "benchprovider";
      }
      default -> {
        p.mpnId = uniqueMpnId(rng, mpnIds);
        Vocabulary.Word brand = Vocabulary.pick(rng, Vocabulary.CHINESE_BRANDS);
        String trade = Vocabulary.pick(rng, List.of("云计算", "信息技术", "数字科技", "网络科技", "软件", "云科技"));
        String tag = Vocabulary.pick(rng, List.of("cloud", "it", "digital", "net", "soft", "tech"));
        p.companyName =
            rng.nextBoolean()
                ? p.city.name() + brand.hanzi() + trade + "有限公司"
                : brand.hanzi() + trade + "（" + p.city.name() + "）有限公司";
        p.domainPrefix = unique(brand.pinyin() + tag, prefixes);
      }
    }
    prefixes.add(p.domainPrefix);
    p.companyDomain = p.domainPrefix + ".example.cn";
    p.address = PostalAddress.in(rng, p.city);
    p.billingDay =
        switch (kind) {
          // invoices of the large partner and the provider are dated the anchor itself
          case LARGE, PROVIDER -> anchor.getDayOfMonth();
          default -> 1 + rng.nextInt(31);
        };
    // the agreement is signed on the billing day of a month before the generated year
    LocalDate earliest =
        switch (kind) {
          case LARGE, PROVIDER -> windowStart.minusMonths(30);
          default -> LocalDate.of(windowStart.getYear() - 3, 1, 15);
        };
    LocalDate latest =
        switch (kind) {
          case LARGE, PROVIDER -> windowStart.minusMonths(12);
          default -> windowStart.minusDays(40);
        };
    LocalDate acceptDay = signingDay(rng, p.billingDay, earliest, latest);
    p.acceptedAt = Clocks.officeHours(rng, acceptDay);
    p.approvedAt =
        Clocks.later(
            rng, p.acceptedAt.minus(Duration.ofDays(6)), Duration.ZERO, Duration.ofDays(5));
    p.creditCheckedAt =
        Clocks.later(
            rng, p.approvedAt.minus(Duration.ofDays(3)), Duration.ZERO, Duration.ofDays(2));
    p.submittedAt =
        Clocks.later(
            rng, p.creditCheckedAt.minus(Duration.ofDays(4)), Duration.ZERO, Duration.ofDays(3));
    p.accountCreatedAt =
        Clocks.later(
            rng, p.submittedAt.minus(Duration.ofDays(2)), Duration.ZERO, Duration.ofHours(40));
    p.ipAddress = ipAddress(rng);
    p.creditNote = rng.nextInt(100) < 50 ? null : "征信良好，同意授信";
    p.accountRequestId = Seeds.uuid(rng).toString();
    p.submitRequestId = Seeds.uuid(rng).toString();
    p.creditRequestId = Seeds.uuid(rng).toString();
    p.approveRequestId = Seeds.uuid(rng).toString();

    // the global admin who created the account, then the users the admin added
    p.primaryContact = Person.chinese(rng);
    p.primaryPhone = rng.nextBoolean() ? Person.mobile(rng) : Person.landline(rng, p.city);
    String adminEmail =
        switch (kind) {
          case LARGE -> LARGE_PARTNER_ADMIN;
          case PROVIDER -> PROVIDER_ADMIN;
          default -> "admin@" + p.domainPrefix + ".partner.onmschina.cn";
        };
    User admin = new User();
    admin.id = Seeds.uuid(rng);
    admin.email = adminEmail;
    admin.fullName = p.primaryContact.fullName();
    admin.agentRole = "ADMIN_AGENT";
    admin.adminRole = "GLOBAL_ADMIN";
    admin.phone = p.primaryPhone;
    admin.preferredLanguage = "zh-CN";
    admin.createdAt = p.accountCreatedAt;
    admin.passwordChangedAt = p.accountCreatedAt;
    admin.updatedAt = p.accountCreatedAt;
    // saved, then its phone and language set in the same transaction: one update
    admin.version = 1;
    p.users.add(admin);
    for (String[] roles : rolesOfOtherUsers(kind, rng)) {
      addUser(p, rng, roles[0], roles[1]);
    }
    p.users.stream().filter(User::sells).forEach(p.sellers::add);

    p.approver = Person.chinese(rng);
    p.approverEmail = p.approver.emailLocalPart() + "@" + p.companyDomain;
    p.approverPhone = rng.nextBoolean() ? Person.landline(rng, p.city) : null;

    // the reseller agreement in force when it was signed, and later versions most partners signed
    Agreement signed = currentAgreement(p.acceptedAt);
    p.acceptances.add(
        new Acceptance(
            Seeds.uuid(rng), signed, p.acceptedAt, p.ipAddress, Seeds.uuid(rng).toString()));
    for (Agreement later : agreements) {
      if (later.type().equals("RESELLER_AGREEMENT")
          && later.publishedAt().isAfter(p.acceptedAt)
          && rng.nextInt(100) < 70) {
        LocalDate day = Clocks.dayOf(later.publishedAt()).plusDays(1 + rng.nextInt(45));
        if (day.isBefore(anchor)) {
          p.acceptances.add(
              new Acceptance(
                  Seeds.uuid(rng),
                  later,
                  Clocks.officeHours(rng, day),
                  ipAddress(rng),
                  Seeds.uuid(rng).toString()));
        }
      }
    }
    partners.add(p);
  }

  private static List<String[]> rolesOfOtherUsers(Kind kind, SplittableRandom rng) {
    List<String[]> roles = new ArrayList<>();
    switch (kind) {
      case LARGE -> {
        repeat(roles, 2, "NONE", "GLOBAL_ADMIN");
        repeat(roles, 1, "NONE", "BILLING_ADMIN");
        repeat(roles, 1, "NONE", "USER_MANAGEMENT_ADMIN");
        repeat(roles, 10, "ADMIN_AGENT", "NO_ADMIN");
        repeat(roles, 25, "SALES_AGENT", "NO_ADMIN");
        repeat(roles, 10, "HELPDESK_AGENT", "NO_ADMIN");
      }
      case PROVIDER -> {
        repeat(roles, 1, "NONE", "BILLING_ADMIN");
        repeat(roles, 3, "ADMIN_AGENT", "NO_ADMIN");
        repeat(roles, 4, "SALES_AGENT", "NO_ADMIN");
        repeat(roles, 1, "HELPDESK_AGENT", "NO_ADMIN");
      }
      default -> {
        String[][] choices = {
          {"SALES_AGENT", "NO_ADMIN"},
          {"ADMIN_AGENT", "NO_ADMIN"},
          {"HELPDESK_AGENT", "NO_ADMIN"},
          {"NONE", "BILLING_ADMIN"}
        };
        int count = rng.nextInt(4);
        for (int i = 0; i < count; i++) {
          roles.add(choices[rng.nextInt(choices.length)]);
        }
      }
    }
    return roles;
  }

  private static void repeat(List<String[]> roles, int times, String agentRole, String adminRole) {
    for (int i = 0; i < times; i++) {
      roles.add(new String[] {agentRole, adminRole});
    }
  }

  /** A user the global admin added (a temporary password) who then chose a password. */
  private void addUser(Partner p, SplittableRandom rng, String agentRole, String adminRole) {
    Person person = Person.chinese(rng);
    User user = new User();
    user.id = Seeds.uuid(rng);
    String local = person.emailLocalPart();
    String email = local + "@" + p.domainPrefix + ".partner.onmschina.cn";
    for (int n = 2; emailTaken(p, email); n++) {
      email = local + n + "@" + p.domainPrefix + ".partner.onmschina.cn";
    }
    user.email = email;
    user.fullName = person.fullName();
    user.agentRole = agentRole;
    user.adminRole = adminRole;
    user.addedBy = p.users.get(0);
    LocalDate from = Clocks.dayOf(p.acceptedAt).plusDays(1);
    LocalDate to = windowStart.minusDays(1);
    user.createdAt =
        Clocks.officeHours(rng, from.isAfter(to) ? to : Clocks.dayBetween(rng, from, to));
    user.passwordChangedAt =
        Clocks.later(rng, user.createdAt, Duration.ofMinutes(5), Duration.ofDays(2));
    user.updatedAt = user.passwordChangedAt;
    user.version = 1;
    user.createRequestId = Seeds.uuid(rng).toString();
    user.passwordRequestId = Seeds.uuid(rng).toString();
    p.users.add(user);
  }

  private static boolean emailTaken(Partner p, String email) {
    return p.users.stream().anyMatch(u -> u.email.equals(email));
  }

  private Agreement currentAgreement(Instant at) {
    Agreement current = null;
    for (Agreement a : agreements) {
      if (a.type().equals("RESELLER_AGREEMENT") && !a.publishedAt().isAfter(at)) {
        current = a;
      }
    }
    if (current == null) {
      throw new IllegalStateException("No reseller agreement published before " + at);
    }
    return current;
  }

  /** A day of month {@code billingDay} between the two days (a month that has that day). */
  private static LocalDate signingDay(
      SplittableRandom rng, int billingDay, LocalDate earliest, LocalDate latest) {
    YearMonth first = YearMonth.from(earliest);
    int months = (int) first.until(YearMonth.from(latest), java.time.temporal.ChronoUnit.MONTHS);
    for (int attempt = 0; attempt < 100; attempt++) {
      YearMonth month = first.plusMonths(rng.nextInt(months + 1));
      if (month.lengthOfMonth() >= billingDay) {
        LocalDate day = month.atDay(billingDay);
        if (!day.isBefore(earliest) && !day.isAfter(latest)) {
          return day;
        }
      }
    }
    throw new IllegalStateException("No signing day for billing day " + billingDay);
  }

  private static String uniqueMpnId(SplittableRandom rng, Set<String> taken) {
    String id;
    do {
      id = Integer.toString(5_200_000 + rng.nextInt(4_700_000));
    } while (!taken.add(id));
    return id;
  }

  private static String unique(String base, Set<String> taken) {
    String candidate = base;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = base + n;
    }
    return candidate;
  }

  private static String ipAddress(SplittableRandom rng) {
    int[] firsts = {
      58, 59, 60, 61, 101, 106, 111, 112, 114, 116, 117, 119, 120, 121, 122, 123, 124, 180, 182,
      183, 202, 211, 218, 219, 220, 221, 222, 223
    };
    return firsts[rng.nextInt(firsts.length)]
        + "."
        + rng.nextInt(256)
        + "."
        + rng.nextInt(256)
        + "."
        + (1 + rng.nextInt(254));
  }

  /** Billable account numbers come from a sequence, in the order the accounts were created. */
  private void assignBillableAccounts() {
    List<Partner> byCreation = new ArrayList<>(partners);
    byCreation.sort(
        Comparator.comparing((Partner p) -> p.accountCreatedAt).thenComparingInt(p -> p.index));
    for (int i = 0; i < byCreation.size(); i++) {
      byCreation.get(i).billableAccountId = Long.toString(PARTNER_BILLABLE_ACCOUNT_START + i);
    }
  }

  static final long PARTNER_BILLABLE_ACCOUNT_START = 1_010_000_001L;

  /** The provider asked each reseller by MPN ID; the reseller's global admin authorized it. */
  private void linkResellers() {
    Partner provider = provider();
    for (Partner reseller : resellers()) {
      SplittableRandom rng = seeds.random(Seeds.Stream.PARTNERSHIP, reseller.index);
      reseller.provider = provider;
      Instant bothActive =
          reseller.acceptedAt.isAfter(provider.acceptedAt)
              ? reseller.acceptedAt
              : provider.acceptedAt;
      LocalDate from = Clocks.dayOf(bothActive).plusDays(1);
      LocalDate to = windowStart.minusDays(8);
      Instant requested =
          Clocks.officeHours(rng, from.isAfter(to) ? to : Clocks.dayBetween(rng, from, to));
      Instant authorized = Clocks.later(rng, requested, Duration.ofMinutes(20), Duration.ofDays(5));
      byte[] token = new byte[32];
      for (int i = 0; i < token.length; i++) {
        token[i] = (byte) rng.nextInt(256);
      }
      partnerships.add(
          new Partnership(
              Seeds.uuid(rng),
              provider,
              reseller,
              Base64.getUrlEncoder().withoutPadding().encodeToString(token),
              requested,
              authorized,
              Seeds.uuid(rng).toString(),
              Seeds.uuid(rng).toString()));
    }
  }

  /**
   * Customer numbers, partner after partner: 100,000 x scale for the large partner; for the
   * provider 5-40 per reseller (created for it) plus a tenth more of its own; 1-3 of a reseller's
   * own; 1-20 per small partner, most of them few.
   */
  private void assignCustomers(double scale) {
    int next = 0;
    for (Partner p : partners) {
      SplittableRandom rng = seeds.random(Seeds.Stream.PARTNER, p.index, 1);
      p.firstCustomer = next;
      switch (p.kind) {
        case LARGE -> p.customerCount = Math.max(1, (int) Math.round(100_000 * scale));
        case PROVIDER -> {
          List<Partner> forResellers = new ArrayList<>();
          for (Partner reseller : resellers()) {
            int count = 5 + rng.nextInt(36);
            for (int i = 0; i < count; i++) {
              forResellers.add(reseller);
            }
          }
          int own = Math.max(1, forResellers.size() / 10);
          p.customerCount = forResellers.size() + own;
          p.resellerOfCustomer = new Partner[p.customerCount];
          for (int i = 0; i < forResellers.size(); i++) {
            p.resellerOfCustomer[i] = forResellers.get(i);
          }
        }
        case RESELLER -> p.customerCount = 1 + rng.nextInt(3);
        case SMALL -> {
          double u = rng.nextDouble();
          p.customerCount = 1 + (int) Math.floor(20 * u * u);
        }
      }
      next += p.customerCount;
    }
    customerTotal = next;
  }
}
