package cn.csp.portal.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One fact for the append-only audit log: who ({@link Actor}) did what ({@code action}, e.g. {@code
 * partner.user.created}) to which target, for which partner, with what changed and why.
 */
public record AuditEntry(
    Actor actor,
    UUID partnerId,
    String action,
    String targetType,
    String targetId,
    Map<String, String> details,
    String reason) {

  public AuditEntry {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    // Insertion order is kept; a detail may be null (e.g. a field that was cleared).
    details =
        details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  public static Builder of(Actor actor, String action) {
    return new Builder(actor, action);
  }

  /** Builds an entry step by step; details keep their insertion order. */
  public static final class Builder {
    private final Actor actor;
    private final String action;
    private UUID partnerId;
    private String targetType;
    private String targetId;
    private String reason;
    private final Map<String, String> details = new LinkedHashMap<>();

    private Builder(Actor actor, String action) {
      this.actor = actor;
      this.action = action;
    }

    public Builder partner(UUID partnerId) {
      this.partnerId = partnerId;
      return this;
    }

    public Builder target(String type, Object id) {
      this.targetType = type;
      this.targetId = id == null ? null : id.toString();
      return this;
    }

    public Builder detail(String key, Object value) {
      details.put(key, value == null ? null : value.toString());
      return this;
    }

    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    public AuditEntry build() {
      return new AuditEntry(
          actor, partnerId, action, targetType, targetId, new LinkedHashMap<>(details), reason);
    }
  }
}
