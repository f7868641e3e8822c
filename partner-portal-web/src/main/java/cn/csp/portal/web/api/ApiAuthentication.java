package cn.csp.portal.web.api;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated {@code /v1} request: its principal is the {@link ApiCaller}. */
public final class ApiAuthentication extends AbstractAuthenticationToken {

  public static final String ROLE = "API";

  private final ApiCaller caller;

  public ApiAuthentication(ApiCaller caller) {
    super(authoritiesOf(caller));
    this.caller = caller;
    setAuthenticated(true);
  }

  private static List<GrantedAuthority> authoritiesOf(ApiCaller caller) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority("ROLE_" + ROLE));
    caller.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
    return authorities;
  }

  @Override
  public ApiCaller getPrincipal() {
    return caller;
  }

  @Override
  public Object getCredentials() {
    return "";
  }
}
