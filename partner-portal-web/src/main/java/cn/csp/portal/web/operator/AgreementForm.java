package cn.csp.portal.web.operator;

import cn.csp.portal.partner.AgreementType;
import cn.csp.portal.partner.NewAgreementVersion;

/** A new version of a program document; the rules are those of {@link NewAgreementVersion}. */
public class AgreementForm {

  private AgreementType type;
  private String version;
  private String title;
  private String url;

  NewAgreementVersion toCommand() {
    return new NewAgreementVersion(type, version, title, url);
  }

  public AgreementType getType() {
    return type;
  }

  public void setType(AgreementType type) {
    this.type = type;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }
}
