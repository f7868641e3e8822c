package cn.csp.portal.billing.internal;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.ActorType;
import cn.csp.portal.kernel.BusinessRuleViolation;

/**
 * Refuses work that is 21Vianet's (payments, delinquency, all partners' invoices) to anyone else.
 */
final class OperatorsOnly {

  private OperatorsOnly() {}

  /** Operators only; the system (a job) too when {@code systemToo}. */
  static void require(Actor actor, boolean systemToo, String messageKey) {
    boolean allowed =
        actor.type() == ActorType.OPERATOR || (systemToo && actor.type() == ActorType.SYSTEM);
    if (!allowed) {
      throw new BusinessRuleViolation(messageKey);
    }
  }
}
