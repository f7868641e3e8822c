package cn.csp.portal.partner;

import java.time.Duration;

/** How long a personal API token may be used: the choices the "My API tokens" page offers. */
public enum PersonalTokenValidity {
  DAYS_30(30),
  DAYS_90(90),
  DAYS_180(180);

  private final int days;

  PersonalTokenValidity(int days) {
    this.days = days;
  }

  public int days() {
    return days;
  }

  public Duration duration() {
    return Duration.ofDays(days);
  }
}
