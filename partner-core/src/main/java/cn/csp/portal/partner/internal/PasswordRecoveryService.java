package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.Mailer;
import cn.csp.portal.kernel.OutgoingMail;
import cn.csp.portal.partner.PartnerStatus;
import cn.csp.portal.partner.PasswordRecovery;
import cn.csp.portal.partner.SignInNames;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(noRollbackFor = BusinessRuleViolation.class)
class PasswordRecoveryService implements PasswordRecovery {

  static final Duration CODE_LIFETIME = Duration.ofMinutes(15);
  static final int MAX_CODES_PER_USER = 3;
  static final Duration USER_WINDOW = Duration.ofMinutes(15);
  static final int MAX_REQUESTS_PER_ADDRESS = 10;
  static final Duration ADDRESS_WINDOW = Duration.ofHours(1);
  static final int MAX_GUESSES_PER_CODE = 5;

  private final PartnerUserRepository users;
  private final PartnerRepository partners;
  private final PasswordRecoveryRequestRepository requests;
  private final PasswordPolicy passwordPolicy;
  private final PasswordEncoder passwordEncoder;
  private final Mailer mailer;
  private final AuditLog auditLog;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  PasswordRecoveryService(
      PartnerUserRepository users,
      PartnerRepository partners,
      PasswordRecoveryRequestRepository requests,
      PasswordPolicy passwordPolicy,
      PasswordEncoder passwordEncoder,
      Mailer mailer,
      AuditLog auditLog,
      Clock clock) {
    this.users = users;
    this.partners = partners;
    this.requests = requests;
    this.passwordPolicy = passwordPolicy;
    this.passwordEncoder = passwordEncoder;
    this.mailer = mailer;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public void requestCode(String signInName, String ipAddress, Locale locale) {
    Instant now = clock.instant();
    if (requests.countByIpAddressAndCreatedAtAfter(ipAddress, now.minus(ADDRESS_WINDOW))
        >= MAX_REQUESTS_PER_ADDRESS) {
      return;
    }
    Optional<PartnerUser> found = recoverableUser(signInName);
    if (found.isEmpty()) {
      requests.save(PasswordRecoveryRequest.forUnknownName(ipAddress, now));
      return;
    }
    PartnerUser user = found.get();
    if (requests.countByUserIdAndCreatedAtAfter(user.id(), now.minus(USER_WINDOW))
        >= MAX_CODES_PER_USER) {
      return;
    }
    String code = String.format("%06d", random.nextInt(1_000_000));
    requests.save(
        PasswordRecoveryRequest.withCode(
            user.id(), ipAddress, passwordEncoder.encode(code), now.plus(CODE_LIFETIME), now));
    auditLog.record(
        AuditEntry.of(Actor.system("password-recovery"), "partner.user.recoveryCodeSent")
            .partner(user.partnerId())
            .target("partner_user", user.id())
            .detail("ipAddress", ipAddress)
            .build());
    mailer.send(
        OutgoingMail.of(
            user.email(),
            "mail.passwordRecovery",
            locale,
            user.fullName(),
            code,
            CODE_LIFETIME.toMinutes()));
  }

  @Override
  public void resetPassword(String signInName, String code, String newPassword, String ipAddress) {
    Instant now = clock.instant();
    PartnerUser user = recoverableUser(signInName).orElseThrow(PasswordRecoveryService::invalid);
    PasswordRecoveryRequest request =
        requests
            .findFirstByUserIdAndCodeHashNotNullOrderByCreatedAtDesc(user.id())
            .filter(r -> r.open(now, MAX_GUESSES_PER_CODE))
            .orElseThrow(PasswordRecoveryService::invalid);
    if (code == null || !passwordEncoder.matches(code.strip(), request.codeHash())) {
      request.recordFailedAttempt(); // kept: this transaction does not roll back on refusals
      throw invalid();
    }
    // A refused password leaves the code usable, so the user can choose a better one.
    passwordPolicy.check(newPassword, user.email());
    request.markUsed(now);
    user.changePassword(passwordEncoder.encode(newPassword), now);
    auditLog.record(
        AuditEntry.of(Actor.partnerUser(user.id(), user.email()), "partner.user.passwordRecovered")
            .partner(user.partnerId())
            .target("partner_user", user.id())
            .detail("ipAddress", ipAddress)
            .build());
  }

  /** Enabled users of partners that have not been terminated. */
  private Optional<PartnerUser> recoverableUser(String signInName) {
    if (signInName == null || signInName.isBlank()) {
      return Optional.empty();
    }
    return users
        .findByEmail(SignInNames.normalize(signInName))
        .filter(PartnerUser::enabled)
        .filter(
            u ->
                partners
                    .findById(u.partnerId())
                    .map(p -> p.status() != PartnerStatus.TERMINATED)
                    .orElse(false));
  }

  private static BusinessRuleViolation invalid() {
    return BusinessRuleViolation.onField("code", "recovery.code.invalid");
  }
}
