package cn.csp.portal.perf;

import cn.csp.portal.perf.CustomerHistory.Event;
import cn.csp.portal.perf.CustomerHistory.Order;
import cn.csp.portal.perf.CustomerHistory.Sub;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Plays one customer's year: created by a partner user, orders placed, and every subscription's
 * changes (quantity changes, suspensions with reactivation or the 60-day deletion, cancellations,
 * upgrades along the catalog's paths, add-ons) applied in time order with the rules the
 * subscription module enforces (statuses, quantity ranges, add-on parents, upgrade eligibility,
 * terms aligned to the billing day, the price of the start day's list).
 *
 * <p>The customer's random stream is its own ({@link Seeds}), so the same customer number always
 * plays the same way; passes over the data replay customers instead of keeping them.
 */
final class CustomerSimulation {

  /** Placeholders in audit details for what only the writer knows (unique domains, numbers). */
  enum Placeholder {
    DOMAIN,
    ADMIN_EMAIL
  }

  private enum Archetype {
    SMALL_BUSINESS,
    ENTERPRISE,
    GOVERNMENT,
    AZURE_ONLY
  }

  private enum Kind {
    INITIAL_ORDER,
    LATER_ORDER,
    ADD_ON_ORDER,
    QUANTITY,
    SUSPEND,
    REACTIVATE,
    CANCEL,
    UPGRADE,
    DELETE
  }

  private record Action(Instant at, long sequence, Kind kind, Sub sub) {}

  private record Line(Catalog.Offer offer, int quantity, String nickname, Sub parent) {}

  private static final String DELETION_JOB = "subscription-deletion";
  private static final int DAYS_UNTIL_DELETION = 60;

  private final World world;
  private final Seeds seeds;
  private final PriceBook prices;
  private final Catalog.Offer business;
  private final Catalog.Offer essentials;
  private final Catalog.Offer premium;
  private final Catalog.Offer proPlus;
  private final Catalog.Offer e1;
  private final Catalog.Offer e3;
  private final Catalog.Offer e3Government;
  private final Catalog.Offer exchange;
  private final Catalog.Offer archiving;
  private final Catalog.Offer powerBi;
  private final Catalog.Offer projectEssentials;
  private final Catalog.Offer azure;
  private final Catalog catalog;

  CustomerSimulation(World world, Seeds seeds, PriceBook prices) {
    this.world = world;
    this.seeds = seeds;
    this.prices = prices;
    this.catalog = prices.catalog();
    business = catalog.named("Office 365 Business");
    essentials = catalog.named("Office 365 Business Essentials");
    premium = catalog.named("Office 365 Business Premium");
    proPlus = catalog.named("Office 365 ProPlus");
    e1 = catalog.named("Office 365 Enterprise E1");
    e3 = catalog.named("Office 365 Enterprise E3");
    e3Government = catalog.named("Office 365 Enterprise E3 for Government");
    exchange = catalog.named("Exchange Online (Plan 1)");
    archiving = catalog.named("Exchange Online Archiving");
    powerBi = catalog.named("Power BI Pro");
    projectEssentials = catalog.named("Project Online Essentials");
    azure = catalog.named("Microsoft Azure operated by 21Vianet");
  }

  CustomerHistory simulate(int number) {
    SplittableRandom rng = seeds.random(Seeds.Stream.CUSTOMER, number);
    CustomerHistory c = new CustomerHistory();
    c.number = number;
    c.partner = world.partnerOfCustomer(number);
    if (c.partner.resellerOfCustomer != null) {
      c.reseller = c.partner.resellerOfCustomer[number - c.partner.firstCustomer];
    }
    describe(c, rng);
    new Run(c, rng).play();
    return c;
  }

  // ---- the customer itself

  private void describe(CustomerHistory c, SplittableRandom rng) {
    c.id = Seeds.uuid(rng);
    c.adminId = Seeds.uuid(rng);
    c.createRequestId = Seeds.uuid(rng).toString();
    int englishPercent = c.partner.kind == World.Kind.LARGE ? 30 : 12;
    c.english = rng.nextInt(100) < englishPercent;
    Vocabulary.City city = Vocabulary.pickCity(rng);
    Vocabulary.Industry industry = Vocabulary.pick(rng, Vocabulary.INDUSTRIES);
    String domain;
    if (c.english) {
      String brand = Vocabulary.pick(rng, Vocabulary.ENGLISH_BRANDS);
      String form = Vocabulary.pick(rng, Vocabulary.ENGLISH_FORMS);
      c.companyName =
          rng.nextInt(100) < 60
              ? brand + " " + industry.english() + " (" + city.english() + ") " + form
              : brand + " " + industry.english() + " " + form;
      domain = brand.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
      if (rng.nextBoolean()) {
        domain += industry.tag();
      }
      if (rng.nextInt(100) < 40) {
        domain += city.code();
      }
      c.contact = rng.nextInt(100) < 70 ? Person.chinese(rng) : Person.english(rng);
    } else {
      Vocabulary.Word brand = Vocabulary.pick(rng, Vocabulary.CHINESE_BRANDS);
      String form = Vocabulary.pick(rng, Vocabulary.CHINESE_FORMS);
      c.companyName =
          switch (rng.nextInt(10)) {
            case 0, 1, 2, 3, 4 -> city.name() + brand.hanzi() + industry.chinese() + form;
            case 5, 6, 7 -> brand.hanzi() + industry.chinese() + "（" + city.name() + "）" + form;
            default -> brand.hanzi() + industry.chinese() + form;
          };
      domain = brand.pinyin() + industry.tag();
      if (rng.nextBoolean()) {
        domain += city.code();
      }
      c.contact = Person.chinese(rng);
    }
    c.domainBase = domain.length() > 22 ? domain.substring(0, 22) : domain;
    String mailDomain = c.domainBase + (c.english ? ".example.com" : ".example.cn");
    c.contactEmail =
        (rng.nextInt(100) < 20
                ? Vocabulary.pick(rng, List.of("it", "admin", "office"))
                : c.contact.emailLocalPart())
            + "@"
            + mailDomain;
    c.contactPhone = Person.mobile(rng);
    c.billingCompanyName = c.companyName;
    if (rng.nextInt(100) < 70) {
      c.billingPerson = c.contact;
      c.billingEmail = c.contactEmail;
    } else {
      c.billingPerson = c.english && rng.nextBoolean() ? Person.english(rng) : Person.chinese(rng);
      c.billingEmail =
          (rng.nextBoolean() ? "finance" : c.billingPerson.emailLocalPart()) + "@" + mailDomain;
    }
    c.address = PostalAddress.in(rng, city);
    if (c.english && rng.nextBoolean()) {
      c.culture = "en-US";
      c.language = "en";
    } else {
      c.culture = "zh-CN";
      c.language = "zh";
    }
    // a partner's first customer is its steady account, with it from the start of the year
    LocalDate latestCreation = c.keyAccount() ? world.windowStart.plusDays(30) : world.lastDay;
    c.createdAt =
        Clocks.officeHours(rng, Clocks.dayBetween(rng, world.windowStart, latestCreation));
    c.creator = Vocabulary.pick(rng, c.partner.sellers);
    c.audits.add(
        new CustomerHistory.AuditEvent(
            c.createdAt,
            c.creator.actor(),
            "customer.created",
            "customer",
            c.id,
            c.createRequestId,
            new Object[] {
              "companyName",
              c.companyName,
              "domain",
              Placeholder.DOMAIN,
              "admin",
              Placeholder.ADMIN_EMAIL,
              "reseller",
              c.reseller == null ? null : c.reseller.id
            }));
  }

  // ---- the year

  private final class Run {

    private final CustomerHistory c;
    private final SplittableRandom rng;
    private final PriorityQueue<Action> queue =
        new PriorityQueue<>(Comparator.comparing(Action::at).thenComparingLong(Action::sequence));
    private final Archetype archetype;
    private final int billingDay;
    private long sequence;
    private Instant now;

    Run(CustomerHistory c, SplittableRandom rng) {
      this.c = c;
      this.rng = rng;
      this.billingDay = c.partner.billingDay;
      this.now = c.createdAt;
      int roll = rng.nextInt(1000);
      if (roll < 10) {
        archetype = c.keyAccount() ? Archetype.SMALL_BUSINESS : Archetype.AZURE_ONLY;
      } else if (roll < 30) {
        archetype = Archetype.GOVERNMENT;
      } else if (roll < 340) {
        archetype = Archetype.ENTERPRISE;
      } else {
        archetype = Archetype.SMALL_BUSINESS;
      }
    }

    void play() {
      LocalDate created = Clocks.dayOf(c.createdAt);
      schedule(
          Clocks.later(rng, c.createdAt, Duration.ofMinutes(2), Duration.ofMinutes(30)),
          Kind.INITIAL_ORDER,
          null);
      if (rng.nextInt(100) < 30) {
        scheduleOn(created.plusDays(1 + rng.nextInt(120)), Kind.ADD_ON_ORDER, null);
      }
      int roll = rng.nextInt(100);
      int later = roll < 37 ? 0 : roll < 74 ? 1 : roll < 89 ? 2 : 3;
      for (int i = 0; i < later && created.isBefore(world.lastDay); i++) {
        scheduleOn(
            Clocks.dayBetween(rng, created.plusDays(1), world.lastDay), Kind.LATER_ORDER, null);
      }
      while (!queue.isEmpty()) {
        Action action = queue.poll();
        now = action.at();
        execute(action);
      }
      for (Sub s : c.subscriptions) {
        s.stopService(world.anchor);
      }
    }

    private void execute(Action a) {
      switch (a.kind()) {
        case INITIAL_ORDER -> order(initialLines(), c.keyAccount());
        case LATER_ORDER -> {
          Line line = laterLine();
          if (line != null) {
            order(List.of(line), false);
          }
        }
        case ADD_ON_ORDER -> {
          Line line = addOnLine();
          if (line != null) {
            order(List.of(line), false);
          }
        }
        case QUANTITY -> changeQuantity(a.sub());
        case SUSPEND -> suspend(a.sub());
        case REACTIVATE -> reactivate(a.sub());
        case CANCEL -> cancel(a.sub());
        case UPGRADE -> upgrade(a.sub());
        case DELETE -> delete(a.sub());
      }
    }

    // ---- scheduling

    private void scheduleOn(LocalDate day, Kind kind, Sub sub) {
      if (!day.isAfter(world.lastDay)) {
        schedule(Clocks.officeHours(rng, day), kind, sub);
      }
    }

    /** Only the generated year; never before the present moment of the play. */
    private void schedule(Instant at, Kind kind, Sub sub) {
      Instant when =
          at.isAfter(now) ? at : Clocks.later(rng, now, Duration.ofMinutes(1), Duration.ofHours(2));
      if (!Clocks.dayOf(when).isAfter(world.lastDay)) {
        queue.add(new Action(when, sequence++, kind, sub));
      }
    }

    /**
     * The changes a new subscription will go through, each checked again when it is due. A steady
     * subscription (the first order of a partner's first customer) only changes quantity, so every
     * partner has something to bill on every billing date.
     */
    private void scheduleLifecycle(Sub s, boolean steady) {
      LocalDate first =
          s.start.isAfter(Clocks.dayOf(now)) ? s.start : Clocks.dayOf(now).plusDays(1);
      if (first.isAfter(world.lastDay)) {
        return;
      }
      if (s.offer.maxQuantity() > s.offer.minQuantity()) {
        int roll = rng.nextInt(100);
        int changes = roll < 60 ? 0 : roll < 85 ? 1 : roll < 95 ? 2 : 3;
        for (int i = 0; i < changes; i++) {
          scheduleOn(Clocks.dayBetween(rng, first, world.lastDay), Kind.QUANTITY, s);
        }
      }
      if (steady) {
        return;
      }
      if (rng.nextInt(100) < 5) {
        scheduleOn(Clocks.dayBetween(rng, first, world.lastDay), Kind.SUSPEND, s);
      }
      if (rng.nextInt(100) < 5) {
        scheduleOn(Clocks.dayBetween(rng, first, world.lastDay), Kind.CANCEL, s);
      }
      if (!s.addOn() && !s.offer.upgradeTargets().isEmpty() && rng.nextInt(100) < 10) {
        scheduleOn(Clocks.dayBetween(rng, first, world.lastDay), Kind.UPGRADE, s);
      }
    }

    // ---- orders

    private List<Line> initialLines() {
      List<Line> lines = new ArrayList<>();
      switch (archetype) {
        case SMALL_BUSINESS -> {
          int roll = rng.nextInt(100);
          Catalog.Offer plan = roll < 25 ? business : roll < 55 ? essentials : premium;
          int quantity = smallBusinessQuantity();
          lines.add(line(plan, quantity));
          if (rng.nextInt(100) < 12) {
            lines.add(line(powerBi, 1 + rng.nextInt(Math.max(1, quantity / 3))));
          }
          if (rng.nextInt(200) < 1) {
            lines.add(line(azure, 1));
          }
        }
        case ENTERPRISE -> {
          int roll = rng.nextInt(100);
          Catalog.Offer plan = roll < 50 ? e3 : roll < 75 ? e1 : roll < 90 ? exchange : proPlus;
          int quantity = enterpriseQuantity();
          lines.add(line(plan, quantity));
          if (plan == e1 && rng.nextInt(100) < 20) {
            lines.add(line(proPlus, 1 + rng.nextInt(quantity)));
          } else if (rng.nextInt(100) < 10) {
            lines.add(line(plan, enterpriseQuantity()));
          }
          if (lines.size() < 3 && rng.nextInt(100) < 25) {
            lines.add(line(powerBi, 1 + rng.nextInt(Math.max(1, quantity / 4))));
          }
          if (lines.size() < 3 && rng.nextInt(100) < 4) {
            lines.add(line(azure, 1));
          }
        }
        case GOVERNMENT -> {
          lines.add(line(e3Government, enterpriseQuantity()));
          if (rng.nextInt(100) < 10) {
            lines.add(line(powerBi, 1 + rng.nextInt(20)));
          }
        }
        case AZURE_ONLY -> lines.add(line(azure, 1));
      }
      return lines;
    }

    private Line laterLine() {
      if (rng.nextInt(100) < 40) {
        Line addOn = addOnLine();
        if (addOn != null) {
          return addOn;
        }
      }
      int roll = rng.nextInt(100);
      return switch (archetype) {
        case SMALL_BUSINESS -> {
          if (roll < 40) {
            yield line(powerBi, 1 + rng.nextInt(10));
          } else if (roll < 99) {
            Catalog.Offer plan = firstLiveBase().orElse(premium);
            yield line(plan.addOn() || plan.usage() ? premium : plan, smallBusinessQuantity());
          }
          yield line(azure, 1);
        }
        case ENTERPRISE -> {
          if (roll < 30) {
            yield line(powerBi, 1 + rng.nextInt(50));
          } else if (roll < 50) {
            yield line(proPlus, enterpriseQuantity());
          } else if (roll < 70) {
            yield line(e3, enterpriseQuantity());
          } else if (roll < 98) {
            yield line(exchange, enterpriseQuantity());
          }
          yield line(azure, 1);
        }
        case GOVERNMENT -> line(e3Government, enterpriseQuantity());
        case AZURE_ONLY -> line(azure, 1);
      };
    }

    private java.util.Optional<Catalog.Offer> firstLiveBase() {
      return c.subscriptions.stream()
          .filter(s -> s.live() && s.parent == null)
          .map(s -> s.offer)
          .findFirst();
    }

    /** An add-on for an active base subscription that takes one, or null. */
    private Line addOnLine() {
      List<Sub> parents = new ArrayList<>();
      for (Sub s : c.subscriptions) {
        if (s.active() && s.parent == null && !addOnsFor(s).isEmpty()) {
          parents.add(s);
        }
      }
      if (parents.isEmpty()) {
        return null;
      }
      Sub parent = parents.get(rng.nextInt(parents.size()));
      List<Catalog.Offer> addOns = addOnsFor(parent);
      Catalog.Offer addOn = addOns.get(rng.nextInt(addOns.size()));
      int quantity = Math.min(addOn.maxQuantity(), 1 + rng.nextInt(parent.quantity));
      return new Line(addOn, Math.max(addOn.minQuantity(), quantity), null, parent);
    }

    private List<Catalog.Offer> addOnsFor(Sub parent) {
      List<Catalog.Offer> addOns = new ArrayList<>();
      for (Catalog.Offer offer : List.of(archiving, projectEssentials)) {
        if (offer.isAddOnOf(parent.offer.offerId())) {
          addOns.add(offer);
        }
      }
      return addOns;
    }

    private Line line(Catalog.Offer offer, int quantity) {
      int allowed = Math.max(offer.minQuantity(), Math.min(offer.maxQuantity(), quantity));
      String nickname = null;
      if (!offer.usage() && rng.nextInt(100) < 12) {
        nickname = Vocabulary.pick(rng, Vocabulary.NICKNAMES);
      }
      return new Line(offer, allowed, nickname, null);
    }

    private int smallBusinessQuantity() {
      return (int) Math.max(1, Math.min(300, Math.round(Math.exp(1.8 + 0.9 * rng.nextGaussian()))));
    }

    private int enterpriseQuantity() {
      return (int)
          Math.max(5, Math.min(10_000, Math.round(Math.exp(3.5 + 1.0 * rng.nextGaussian()))));
    }

    /** {@code Subscriptions.placeOrder}: every line starts tomorrow at tomorrow's list price. */
    private void order(List<Line> lines, boolean steady) {
      List<Line> valid = new ArrayList<>();
      for (Line line : lines) {
        if (line.parent() == null || (line.parent().active() && line.parent().parent == null)) {
          valid.add(line);
        }
      }
      if (valid.isEmpty()) {
        return;
      }
      World.User actor = seller();
      LocalDate start = Clocks.dayOf(now).plusDays(1);
      Order order = newOrder(Seeds.uuid(rng).toString(), actor);
      order.lines = valid.size();
      int lineNumber = 0;
      for (Line line : valid) {
        Sub s =
            newSubscription(
                order, lineNumber++, line.offer(), line.quantity(), line.nickname(), start);
        s.parent = line.parent();
        s.reseller = c.reseller;
        event(s, "PURCHASE", start, null, actor.email);
        s.startService(start);
        scheduleLifecycle(s, steady);
      }
      c.audits.add(
          new CustomerHistory.AuditEvent(
              now,
              actor.actor(),
              "order.placed",
              "customer",
              c.id,
              Seeds.uuid(rng).toString(),
              new Object[] {"orderId", order, "lines", valid.size()}));
    }

    private Order newOrder(String requestId, World.User actor) {
      Order order = new Order();
      order.serial = c.orders.size();
      order.createdAt = now;
      order.requestId = requestId;
      order.createdBy = actor.email;
      c.orders.add(order);
      return order;
    }

    private Sub newSubscription(
        Order order,
        int lineNumber,
        Catalog.Offer offer,
        int quantity,
        String nickname,
        LocalDate start) {
      Sub s = new Sub();
      s.index = c.subscriptions.size();
      s.id = Seeds.uuid(rng);
      s.offer = offer;
      s.order = order;
      s.lineNumber = lineNumber;
      s.friendlyName = nickname == null || nickname.isBlank() ? offer.name() : nickname.strip();
      s.quantity = quantity;
      s.unitPrice = prices.priceOn(offer, start);
      s.createdAt = now;
      s.start = start;
      s.end = termEnd(start);
      s.autoRenew = offer.autoRenewable();
      // inserted, then its first history entry bumps events_recorded: one update
      s.version = 1;
      s.updatedAt = now;
      c.subscriptions.add(s);
      return s;
    }

    /** {@code Term.startingOn}: twelve months, to the day before a billing date. */
    private LocalDate termEnd(LocalDate start) {
      LocalDate twelveMonthsLater = start.plusMonths(12);
      YearMonth month = YearMonth.from(twelveMonthsLater);
      LocalDate candidate = billingDate(month);
      if (candidate.isBefore(twelveMonthsLater)) {
        candidate = billingDate(month.plusMonths(1));
      }
      return candidate.minusDays(1);
    }

    private LocalDate billingDate(YearMonth month) {
      return month.atDay(Math.min(billingDay, month.lengthOfMonth()));
    }

    // ---- changes

    private void changeQuantity(Sub s) {
      if (!s.active()) {
        return;
      }
      int delta = Math.max(1, (int) Math.round(s.quantity * (0.05 + 0.3 * rng.nextDouble())));
      int quantity = rng.nextInt(100) < 65 ? s.quantity + delta : s.quantity - delta;
      quantity = Math.max(s.offer.minQuantity(), Math.min(s.offer.maxQuantity(), quantity));
      if (quantity == s.quantity) {
        return;
      }
      World.User actor = seller();
      int before = s.quantity;
      s.quantity = quantity;
      touched(s);
      event(s, "QUANTITY_CHANGE", today(), null, actor.email);
      subscriptionAudit(actor, "subscription.quantityChanged", s, "from", before, "to", quantity);
    }

    private void suspend(Sub s) {
      if (!s.active()) {
        return;
      }
      World.User actor = seller();
      int roll = rng.nextInt(100);
      String reason =
          roll < 60
              ? "CUSTOMER_REQUEST"
              : roll < 90 ? "NON_PAYMENT" : roll < 98 ? "OTHER" : "FRAUD";
      LocalDate today = today();
      suspendOne(s, reason, today, actor);
      for (Sub addOn : addOnsOf(s, EnumSet.of(State.ACTIVE))) {
        suspendOne(addOn, reason, today, actor);
      }
      subscriptionAudit(actor, "subscription.suspended", s, "reason", reason);
      if (rng.nextInt(100) < 55) {
        scheduleOn(today.plusDays(1 + rng.nextInt(DAYS_UNTIL_DELETION - 5)), Kind.REACTIVATE, s);
      }
    }

    private void suspendOne(Sub s, String reason, LocalDate today, World.User actor) {
      s.status = "SUSPENDED";
      s.suspensionReason = reason;
      s.suspendedOn = today;
      touched(s);
      s.stopService(today);
      event(s, "SUSPEND", today, null, actor.email);
      // the daily job at 00:15 China time deletes what is still suspended 60 days later
      LocalDate deletion = today.plusDays(DAYS_UNTIL_DELETION);
      if (!deletion.isAfter(world.lastDay)) {
        schedule(
            Clocks.at(
                deletion, LocalTime.of(0, 15, rng.nextInt(30), rng.nextInt(1000) * 1_000_000)),
            Kind.DELETE,
            s);
      }
    }

    private void reactivate(Sub s) {
      LocalDate today = today();
      if (!s.status.equals("SUSPENDED")
          || !today.isBefore(s.suspendedOn.plusDays(DAYS_UNTIL_DELETION))) {
        return;
      }
      if (s.parent != null && !s.parent.active()) {
        return;
      }
      World.User actor = seller();
      LocalDate suspendedOn = s.suspendedOn;
      reactivateOne(s, today, actor);
      for (Sub addOn : addOnsOf(s, EnumSet.of(State.SUSPENDED))) {
        if (suspendedOn.equals(addOn.suspendedOn)) {
          reactivateOne(addOn, today, actor);
        }
      }
      subscriptionAudit(actor, "subscription.reactivated", s);
    }

    private void reactivateOne(Sub s, LocalDate today, World.User actor) {
      s.status = "ACTIVE";
      s.suspensionReason = null;
      s.suspendedOn = null;
      touched(s);
      s.startService(today);
      event(s, "REACTIVATE", today, null, actor.email);
    }

    private void cancel(Sub s) {
      if (!s.live()) {
        return;
      }
      World.User actor = seller();
      LocalDate today = today();
      end(s, "CANCEL", today, null, actor.email);
      for (Sub addOn : addOnsOf(s, EnumSet.of(State.ACTIVE, State.SUSPENDED))) {
        end(addOn, "CANCEL", today, null, actor.email);
      }
      subscriptionAudit(actor, "subscription.cancelled", s);
    }

    /** {@code Subscriptions.upgrade}: the target replaces the source from today. */
    private void upgrade(Sub source) {
      if (!source.active() || source.parent != null) {
        return;
      }
      List<Catalog.Offer> eligible = new ArrayList<>();
      for (String targetId : source.offer.upgradeTargets()) {
        Catalog.Offer target = catalog.get(targetId);
        if (eligible(source, target)) {
          eligible.add(target);
        }
      }
      if (eligible.isEmpty()) {
        return;
      }
      Catalog.Offer target = eligible.get(rng.nextInt(eligible.size()));
      int quantity =
          Math.min(
              target.maxQuantity(),
              source.quantity + (rng.nextBoolean() ? 0 : rng.nextInt(1 + source.quantity / 5)));
      World.User actor = seller();
      LocalDate today = today();
      Order order = newOrder("upgrade:" + source.id, actor);
      order.lines = 1;
      Sub upgraded = newSubscription(order, 0, target, quantity, null, today);
      upgraded.reseller = source.reseller;
      end(source, "UPGRADE", today, upgraded.id, actor.email);
      event(upgraded, "PURCHASE", today, source.id, actor.email);
      upgraded.startService(today);
      for (Sub addOn : addOnsOf(source, EnumSet.of(State.ACTIVE, State.SUSPENDED))) {
        if (addOn.offer.isAddOnOf(target.offerId())) {
          addOn.parent = upgraded;
          touched(addOn);
        } else {
          end(addOn, "CANCEL", today, null, actor.email);
        }
      }
      subscriptionAudit(
          actor,
          "subscription.upgraded",
          source,
          "to",
          target.offerId(),
          "newSubscriptionId",
          upgraded.id);
      scheduleLifecycle(upgraded, false);
    }

    /** {@code UpgradeRules}: not a target the customer has, nor services it already has. */
    private boolean eligible(Sub source, Catalog.Offer target) {
      Set<String> additional = new HashSet<>(target.services());
      additional.removeAll(source.offer.services());
      for (Sub other : c.subscriptions) {
        if (other == source || !other.live()) {
          continue;
        }
        if (other.offer.offerId().equalsIgnoreCase(target.offerId())) {
          return false;
        }
        if (!Collections.disjoint(other.offer.services(), additional)) {
          return false;
        }
      }
      return true;
    }

    /** The daily job: still suspended 60 days after the suspension. */
    private void delete(Sub s) {
      if (!s.status.equals("SUSPENDED")
          || !s.suspendedOn.plusDays(DAYS_UNTIL_DELETION).equals(today())) {
        return;
      }
      LocalDate deletionDate = s.suspendedOn.plusDays(DAYS_UNTIL_DELETION);
      s.status = "DELETED";
      s.suspensionReason = null;
      s.suspendedOn = null;
      s.autoRenew = false;
      s.friendlyName = null;
      s.endedOn = deletionDate;
      touched(s);
      event(s, "DELETE", deletionDate, null, DELETION_JOB);
      c.audits.add(
          new CustomerHistory.AuditEvent(
              now,
              AuditTrail.Actor.system(DELETION_JOB),
              "subscription.deleted",
              "subscription",
              s.id,
              null,
              new Object[] {"customerId", c.id}));
    }

    private void end(Sub s, String type, LocalDate today, UUID related, String by) {
      s.status = "CANCELLED";
      s.suspensionReason = null;
      s.suspendedOn = null;
      s.autoRenew = false;
      s.endedOn = today;
      touched(s);
      s.stopService(today);
      event(s, type, today, related, by);
    }

    // ---- helpers

    private enum State {
      ACTIVE,
      SUSPENDED
    }

    private List<Sub> addOnsOf(Sub base, Set<State> states) {
      List<Sub> addOns = new ArrayList<>();
      for (Sub s : c.subscriptions) {
        if (s.parent == base
            && ((states.contains(State.ACTIVE) && s.status.equals("ACTIVE"))
                || (states.contains(State.SUSPENDED) && s.status.equals("SUSPENDED")))) {
          addOns.add(s);
        }
      }
      return addOns;
    }

    private void touched(Sub s) {
      s.version++;
      s.updatedAt = now;
    }

    private void event(Sub s, String type, LocalDate effective, UUID related, String by) {
      boolean isFinal = s.status.equals("CANCELLED") || s.status.equals("DELETED");
      s.events.add(
          new Event(
              s.events.size() + 1,
              type,
              effective,
              isFinal ? 0 : s.quantity,
              s.unitPrice,
              related,
              now,
              by));
    }

    private void subscriptionAudit(World.User actor, String action, Sub s, Object... details) {
      Object[] all = new Object[details.length + 2];
      all[0] = "customerId";
      all[1] = c.id;
      System.arraycopy(details, 0, all, 2, details.length);
      c.audits.add(
          new CustomerHistory.AuditEvent(
              now, actor.actor(), action, "subscription", s.id, Seeds.uuid(rng).toString(), all));
    }

    private World.User seller() {
      return Vocabulary.pick(rng, c.partner.sellers);
    }

    private LocalDate today() {
      return Clocks.dayOf(now);
    }
  }
}
