package cn.csp.portal.customer.internal;

import cn.csp.portal.customer.Invitation;
import cn.csp.portal.customer.InvitationText;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** A partner's permanent invitation link and its editable e-mail paragraphs. */
@Entity
@Table(name = "relationship_invitation")
class RelationshipInvitationRecord {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private UUID partnerId;
  private String token;
  private String paragraph1;
  private String paragraph2;
  private Instant createdAt;
  private Instant updatedAt;

  protected RelationshipInvitationRecord() {}

  /** A new link: 128 random bits, so a token can be neither guessed nor derived. */
  RelationshipInvitationRecord(UUID partnerId, Instant now) {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    this.partnerId = partnerId;
    this.token = HexFormat.of().formatHex(bytes);
    this.createdAt = now;
    this.updatedAt = now;
  }

  void rewrite(InvitationText text, Instant now) {
    this.paragraph1 = text.paragraph1();
    this.paragraph2 = text.paragraph2();
    this.updatedAt = now;
  }

  UUID partnerId() {
    return partnerId;
  }

  Invitation toInvitation() {
    return new Invitation(token, Invitation.PATH_PREFIX + token, paragraph1, paragraph2);
  }
}
