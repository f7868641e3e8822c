package cn.csp.portal.kernel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts an account's failed sign-ins in a row: the fifth pauses its sign-in for fifteen minutes, a
 * success resets the count. Embedded in every kind of account that signs in with a password
 * (columns {@code failed_sign_ins}, {@code locked_until}).
 */
@Embeddable
public class SignInThrottle {

  public static final int MAX_FAILURES = 5;
  public static final Duration PAUSE = Duration.ofMinutes(15);

  @Column(name = "failed_sign_ins")
  private int failures;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  /**
   * Counts a failure.
   *
   * @return whether this failure paused sign-in
   */
  public boolean recordFailure(Instant now) {
    failures++;
    if (failures >= MAX_FAILURES) {
      failures = 0;
      lockedUntil = now.plus(PAUSE);
      return true;
    }
    return false;
  }

  public void reset() {
    failures = 0;
    lockedUntil = null;
  }

  /** Until when sign-in is paused, or null. */
  public Instant lockedUntil() {
    return lockedUntil;
  }
}
