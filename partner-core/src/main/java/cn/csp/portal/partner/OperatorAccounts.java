package cn.csp.portal.partner;

import cn.csp.portal.kernel.Actor;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The accounts of 21Vianet staff who run the CSP program in the operator console. */
public interface OperatorAccounts {

  /** Creates an operator; refuses a sign-in name that is taken. */
  UUID createOperator(@Valid NewOperator operator, Actor actor);

  Optional<OperatorSignIn> findSignIn(String email);

  /** Every operator, by name. */
  List<OperatorSummary> operators();

  Optional<OperatorSummary> findOperator(UUID operatorId);
}
