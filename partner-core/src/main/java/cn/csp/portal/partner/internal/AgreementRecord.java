package cn.csp.portal.partner.internal;

import cn.csp.portal.partner.AgreementType;
import cn.csp.portal.partner.AgreementVersion;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A published version of a program document; published versions never change. */
@Entity
@Table(name = "agreement")
class AgreementRecord {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  private AgreementType type;

  private String version;
  private String title;
  private String url;
  private Instant publishedAt;
  private String publishedBy;

  protected AgreementRecord() {}

  AgreementRecord(
      AgreementType type,
      String version,
      String title,
      String url,
      String publishedBy,
      Instant now) {
    this.id = UUID.randomUUID();
    this.type = type;
    this.version = version;
    this.title = title;
    this.url = url;
    this.publishedBy = publishedBy;
    this.publishedAt = now;
  }

  UUID id() {
    return id;
  }

  AgreementType type() {
    return type;
  }

  AgreementVersion toVersion() {
    return new AgreementVersion(id, type, version, title, url, publishedAt);
  }
}
