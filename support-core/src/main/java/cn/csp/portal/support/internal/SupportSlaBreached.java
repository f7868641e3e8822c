package cn.csp.portal.support.internal;

import java.util.List;
import java.util.UUID;

/** The requests the breach check just flagged; the operator lead is told after commit. */
record SupportSlaBreached(List<UUID> requestIds) {}
