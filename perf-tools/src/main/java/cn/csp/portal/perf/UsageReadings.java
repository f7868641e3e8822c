package cn.csp.portal.perf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The metered usage of a usage-based subscription on the days it was in service: a reading per
 * meter per day for the last month before the anchor, and one reading per meter per month (the
 * month's days added up, dated its last day in service) before that, which keeps a year of Azure to
 * a few hundred thousand rows. 21Vianet's platform feeds them in nightly (daily readings) and
 * monthly batches, as a system job would through {@code UsageRecords.record}.
 */
final class UsageReadings {

  /** A meter as the usage file names it, and how much of it one instance uses a day. */
  record Meter(
      String serviceName,
      String serviceType,
      String resourceGuid,
      String resourceName,
      String region,
      String sku,
      String meteredRegion,
      String meteredService,
      String meteredServiceType,
      String projectPrefix,
      String serviceInfo,
      double dailyLow,
      double dailyHigh) {}

  static final List<Meter> METERS =
      List.of(
          new Meter(
              "VIRTUAL MACHINES",
              "Compute, Standard",
              "DA41BC5F-0000-4000-8000-000000000001",
              "Compute Hours",
              "China East",
              "7UD-00001",
              "China East",
              "Compute",
              "EXTERNAL",
              "web",
              "1.000000 Hours / 1 day",
              8,
              24),
          new Meter(
              "VIRTUAL MACHINES",
              "Compute, Standard",
              "3F2B6A10-6C1E-4C8E-9B57-2E8A1D0F4C21",
              "Compute Hours",
              "China North 2",
              "7UD-00002",
              "China North 2",
              "Compute",
              "EXTERNAL",
              "app",
              "1.000000 Hours / 1 day",
              12,
              24),
          new Meter(
              "STORAGE",
              "Locally Redundant",
              "8C7E5B2A-1D4F-4A63-B8E2-5F9C0A7D3E14",
              "Data Stored (GB)",
              "China North",
              "6QK-00001",
              "China North",
              "Storage",
              "",
              "st",
              "",
              0.5,
              80),
          new Meter(
              "SQL DATABASE",
              "Standard",
              "5E1A9C3D-7B2F-4D80-A6C4-9D3E2B1F0A57",
              "S1 DTUs",
              "China East 2",
              "7JQ-00002",
              "China East 2",
              "SQL Database",
              "",
              "db",
              "1.000000 Days / 1 day",
              1,
              1),
          new Meter(
              "NETWORKING",
              "Bandwidth",
              "A2D4F6B8-3C5E-4F71-9A0B-1C3E5D7F9B24",
              "Data Transfer Out (GB)",
              "China East",
              "3MP-00001",
              "China East",
              "Networking",
              "",
              "",
              "",
              0.05,
              40),
          new Meter(
              "APP SERVICE",
              "Basic Plan",
              "C9B7A5E3-2F4D-4B61-8E0C-7A5D3B1F9E68",
              "B1 App Service Hours",
              "China North 2",
              "8FG-00003",
              "China North 2",
              "App Service",
              "",
              "site",
              "1.000000 Hours / 1 day",
              24,
              24));

  /** One reading, ready to be written. */
  record Reading(
      UUID id,
      Meter meter,
      String project,
      LocalDate usageDate,
      BigDecimal consumed,
      UUID batchId,
      Instant importedAt) {}

  private final Seeds seeds;
  private final LocalDate windowStart;
  private final LocalDate dailyFrom;
  private final LocalDate lastDay;

  UsageReadings(Seeds seeds, LocalDate anchor) {
    this.seeds = seeds;
    this.windowStart = anchor.minusMonths(12);
    this.dailyFrom = anchor.minusMonths(1);
    this.lastDay = anchor.minusDays(1);
  }

  /** The readings of one subscription, in date order per meter. */
  List<Reading> of(CustomerHistory c, CustomerHistory.Sub s) {
    List<Reading> readings = new ArrayList<>();
    if (!s.offer.usage() || s.inService.isEmpty()) {
      return readings;
    }
    SplittableRandom rng = seeds.random(Seeds.Stream.USAGE, c.number, s.index);
    int meterCount = 1 + rng.nextInt(3);
    List<Meter> meters = new ArrayList<>(METERS);
    for (int m = 0; m < meterCount; m++) {
      Meter meter = meters.remove(rng.nextInt(meters.size()));
      String project =
          meter.projectPrefix().isEmpty()
              ? ""
              : meter.projectPrefix() + "-" + String.format("%02d", 1 + rng.nextInt(12));
      double daily = meter.dailyLow() + (meter.dailyHigh() - meter.dailyLow()) * rng.nextDouble();
      // coarse months, then single days
      for (YearMonth month = YearMonth.from(windowStart);
          month.atDay(1).isBefore(dailyFrom);
          month = month.plusMonths(1)) {
        LocalDate from = max(month.atDay(1), windowStart);
        LocalDate to = min(month.atEndOfMonth(), dailyFrom.minusDays(1));
        long days = 0;
        LocalDate lastInService = null;
        for (LocalDate[] span : s.inService) {
          LocalDate a = max(span[0], from);
          LocalDate b = min(span[1], to);
          if (!b.isBefore(a)) {
            days += b.toEpochDay() - a.toEpochDay() + 1;
            lastInService = b;
          }
        }
        if (days > 0) {
          readings.add(
              reading(
                  rng,
                  meter,
                  project,
                  lastInService,
                  daily * days,
                  coarseBatch(to),
                  to.plusDays(1)));
        }
      }
      for (LocalDate[] span : s.inService) {
        for (LocalDate day = max(span[0], dailyFrom);
            !day.isAfter(min(span[1], lastDay));
            day = day.plusDays(1)) {
          // a little noise around the instance's usual day
          double quantity = daily * (0.8 + 0.4 * rng.nextDouble());
          if (meter.dailyHigh() == meter.dailyLow()) {
            quantity = daily;
          }
          readings.add(
              reading(rng, meter, project, day, quantity, dailyBatch(day), day.plusDays(1)));
        }
      }
    }
    return readings;
  }

  private Reading reading(
      SplittableRandom rng,
      Meter meter,
      String project,
      LocalDate day,
      double quantity,
      UUID batch,
      LocalDate importDay) {
    // six decimals at most, as numeric(20,6) and the import's checks allow
    BigDecimal consumed =
        BigDecimal.valueOf(Math.round(quantity * 1_000_000L), 6).stripTrailingZeros();
    if (consumed.scale() < 0) {
      consumed = consumed.setScale(0);
    }
    return new Reading(
        Seeds.uuid(rng), meter, project, day, consumed, batch, importedAt(importDay));
  }

  /** The nightly feed of a day's readings. */
  UUID dailyBatch(LocalDate day) {
    return Seeds.uuid(seeds.random(Seeds.Stream.USAGE, -1, day.toEpochDay()));
  }

  /** The monthly feed of the coarse readings up to {@code lastDay}. */
  UUID coarseBatch(LocalDate lastDay) {
    return Seeds.uuid(seeds.random(Seeds.Stream.USAGE, -2, lastDay.toEpochDay()));
  }

  /** Fed in at 00:30 China time the day after, before the 00:45 billing run. */
  static Instant importedAt(LocalDate day) {
    return Clocks.at(day, LocalTime.of(0, 30));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
