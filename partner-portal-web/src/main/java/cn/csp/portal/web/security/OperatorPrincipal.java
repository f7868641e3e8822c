package cn.csp.portal.web.security;

import cn.csp.portal.kernel.Actor;
import cn.csp.portal.partner.OperatorSignIn;
import java.io.Serial;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in 21Vianet operator. Operators hold no partner permissions. */
public class OperatorPrincipal extends User {

  @Serial private static final long serialVersionUID = 1L;

  public static final String ROLE = "OPERATOR";

  private final UUID operatorId;
  private final String displayName;

  OperatorPrincipal(OperatorSignIn account) {
    super(
        account.email(),
        account.passwordHash(),
        account.enabled(),
        true,
        true,
        true,
        List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
    this.operatorId = account.operatorId();
    this.displayName = account.displayName();
  }

  public UUID operatorId() {
    return operatorId;
  }

  public String displayName() {
    return displayName;
  }

  public Actor actor() {
    return Actor.operator(operatorId, getUsername());
  }
}
