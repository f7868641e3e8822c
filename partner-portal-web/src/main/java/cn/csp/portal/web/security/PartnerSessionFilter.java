package cn.csp.portal.web.security;

import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerUserSignIn;
import cn.csp.portal.web.config.StaticAssets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Keeps a partner user's session true to the database on every request: a deactivated or deleted
 * user is signed out at once, changed roles take effect on the next click, and until the partner is
 * a program member (or while a temporary password is unchanged) only the enrollment (or password)
 * pages can be reached. Runs before authorization, so the URL rules see current roles.
 */
public class PartnerSessionFilter
    extends StoredAccountFilter<PartnerUserPrincipal, PartnerUserSignIn> {

  /** Reachable whatever the state, beside the static assets: signing out and error pages. */
  private static final List<String> ALWAYS_OPEN = List.of("/logout", "/error");

  public static final String ENROLLMENT_PATH = "/enrollment";
  public static final String PASSWORD_PATH = "/password";

  private final PartnerAccounts partners;

  public PartnerSessionFilter(PartnerAccounts partners, SecurityContextRepository sessions) {
    super(PartnerUserPrincipal.class, sessions);
    this.partners = partners;
  }

  @Override
  Optional<PartnerUserSignIn> currentAccount(PartnerUserPrincipal principal) {
    return partners.findSignIn(principal.userId());
  }

  @Override
  boolean isEnabled(PartnerUserSignIn account) {
    return account.enabled();
  }

  @Override
  boolean isOutdated(PartnerUserPrincipal principal, PartnerUserSignIn account) {
    return principal.isOutdatedBy(account);
  }

  @Override
  PartnerUserPrincipal principalOf(PartnerUserSignIn account) {
    return new PartnerUserPrincipal(account, Instant.now());
  }

  @Override
  String endedPath(PartnerUserPrincipal principal) {
    return "/login?ended";
  }

  @Override
  String detour(PartnerUserPrincipal user, String path) {
    if (StaticAssets.isAsset(path) || ALWAYS_OPEN.stream().anyMatch(path::startsWith)) {
      return null;
    }
    if (user.mustChangePassword()) {
      return within(path, PASSWORD_PATH) ? null : PASSWORD_PATH;
    }
    if (!user.partnerStatus().isProgramMember()) {
      return within(path, ENROLLMENT_PATH) || within(path, PASSWORD_PATH) ? null : ENROLLMENT_PATH;
    }
    return within(path, ENROLLMENT_PATH) ? "/dashboard" : null;
  }

  private static boolean within(String path, String area) {
    return path.equals(area) || path.startsWith(area + "/");
  }
}
