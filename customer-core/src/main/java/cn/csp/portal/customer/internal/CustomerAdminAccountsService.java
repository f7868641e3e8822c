package cn.csp.portal.customer.internal;

import cn.csp.portal.customer.CustomerAdminAccounts;
import cn.csp.portal.customer.CustomerAdminSignIn;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PasswordRules;
import cn.csp.portal.partner.SignInNames;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CustomerAdminAccountsService implements CustomerAdminAccounts {

  private final CustomerAdminUserRepository admins;
  private final CustomerRepository customers;
  private final PasswordRules passwordRules;
  private final PasswordEncoder passwordEncoder;
  private final AuditLog auditLog;
  private final Clock clock;

  CustomerAdminAccountsService(
      CustomerAdminUserRepository admins,
      CustomerRepository customers,
      PasswordRules passwordRules,
      PasswordEncoder passwordEncoder,
      AuditLog auditLog,
      Clock clock) {
    this.admins = admins;
    this.customers = customers;
    this.passwordRules = passwordRules;
    this.passwordEncoder = passwordEncoder;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CustomerAdminSignIn> findSignIn(String email) {
    return admins.findByEmail(SignInNames.normalize(email)).map(this::toSignIn);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CustomerAdminSignIn> findSignIn(UUID adminId) {
    return admins.findById(adminId).map(this::toSignIn);
  }

  private CustomerAdminSignIn toSignIn(CustomerAdminUser admin) {
    return admin.toSignIn(customers.findById(admin.customerId()).orElseThrow().companyName());
  }

  @Override
  public void recordSignInAttempt(String email, boolean succeeded) {
    admins
        .findByEmail(SignInNames.normalize(email))
        .ifPresent(
            admin -> {
              if (succeeded) {
                admin.signInThrottle().reset();
              } else if (admin.signInThrottle().recordFailure(clock.instant())) {
                auditLog.record(
                    AuditEntry.of(Actor.system("sign-in"), "customer.admin.signInPaused")
                        .target("customer_admin_user", admin.id())
                        .build());
              }
            });
  }

  @Override
  public void changeOwnPassword(UUID adminId, String currentPassword, String newPassword) {
    CustomerAdminUser admin =
        admins.findById(adminId).orElseThrow(() -> new NotFound("user.notFound"));
    passwordRules.checkChange(admin.passwordHash(), currentPassword, newPassword, admin.email());
    admin.changePassword(passwordEncoder.encode(newPassword), clock.instant());
    auditLog.record(
        AuditEntry.of(
                Actor.customerAdmin(admin.id(), admin.email()), "customer.admin.passwordChanged")
            .target("customer_admin_user", admin.id())
            .build());
  }
}
