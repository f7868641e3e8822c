package cn.csp.portal.support;

import java.util.UUID;

/**
 * Published when a request gets a note or changes status.
 *
 * @param byOperator whether an operator did it (then the partner's contact is told, otherwise the
 *     desk)
 */
public record SupportRequestUpdated(UUID requestId, boolean byOperator, SupportStatus status) {}
