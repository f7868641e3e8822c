package cn.csp.portal.support;

import java.util.UUID;

/** Published when a partner opens a request: the operator desk is told. */
public record SupportRequestOpened(UUID requestId) {}
