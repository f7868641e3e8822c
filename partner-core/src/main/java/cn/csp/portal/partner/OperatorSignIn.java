package cn.csp.portal.partner;

import java.util.UUID;

/** What the operator console's sign-in needs about a 21Vianet staff account. */
public record OperatorSignIn(
    UUID operatorId, String email, String displayName, String passwordHash, boolean enabled) {}
