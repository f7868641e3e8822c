package cn.csp.portal.partner.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.partner.NewOperator;
import cn.csp.portal.partner.OperatorAccounts;
import cn.csp.portal.partner.OperatorSignIn;
import cn.csp.portal.partner.OperatorSummary;
import cn.csp.portal.partner.SignInNames;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
class OperatorAccountsService implements OperatorAccounts {

  private final OperatorAccountRepository operators;
  private final SignInNameRegistry signInNames;
  private final PasswordEncoder passwordEncoder;
  private final AuditLog auditLog;
  private final Clock clock;

  OperatorAccountsService(
      OperatorAccountRepository operators,
      SignInNameRegistry signInNames,
      PasswordEncoder passwordEncoder,
      AuditLog auditLog,
      Clock clock) {
    this.operators = operators;
    this.signInNames = signInNames;
    this.passwordEncoder = passwordEncoder;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public UUID createOperator(NewOperator request, Actor actor) {
    String email = signInNames.claim(request.email());
    OperatorAccount operator =
        new OperatorAccount(
            email,
            request.displayName().strip(),
            passwordEncoder.encode(request.initialPassword()),
            clock.instant());
    operators.save(operator);
    auditLog.record(
        AuditEntry.of(actor, "operator.created")
            .target("operator_account", operator.id())
            .detail("email", email)
            .build());
    return operator.id();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<OperatorSignIn> findSignIn(String email) {
    return operators.findByEmail(SignInNames.normalize(email)).map(OperatorAccount::toSignIn);
  }

  @Override
  @Transactional(readOnly = true)
  public List<OperatorSummary> operators() {
    return operators.findAll(Sort.by("displayName", "email")).stream()
        .map(OperatorAccount::toSummary)
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<OperatorSummary> findOperator(UUID operatorId) {
    return operators.findById(operatorId).map(OperatorAccount::toSummary);
  }
}
