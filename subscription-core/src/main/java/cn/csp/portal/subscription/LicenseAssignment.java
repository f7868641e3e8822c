package cn.csp.portal.subscription;

import java.time.Instant;
import java.util.UUID;

/** One license of a subscription held by one of the customer's users. */
public record LicenseAssignment(UUID subscriptionId, UUID customerUserId, Instant assignedAt) {}
