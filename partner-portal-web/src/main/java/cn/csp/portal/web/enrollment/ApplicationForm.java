package cn.csp.portal.web.enrollment;

import cn.csp.portal.partner.EnrollmentForm;
import cn.csp.portal.partner.PartnerProfiles;
import cn.csp.portal.web.form.LegalProfileForm;
import cn.csp.portal.web.form.SupportForm;

/**
 * "Enroll in the Cloud Solution Provider program"; the rules are those of {@link EnrollmentForm}.
 */
public class ApplicationForm {

  private String mpnId;
  private LegalProfileForm legal = new LegalProfileForm();
  private SupportForm support = new SupportForm();

  /** A resubmission starts from what was submitted before. */
  static ApplicationForm of(String mpnId, PartnerProfiles profiles) {
    ApplicationForm form = new ApplicationForm();
    form.mpnId = mpnId;
    form.legal = LegalProfileForm.of(profiles.legal());
    form.support = SupportForm.of(profiles.support());
    return form;
  }

  EnrollmentForm toCommand() {
    return new EnrollmentForm(mpnId, legal.toProfile(), support.toProfile());
  }

  public String getMpnId() {
    return mpnId;
  }

  public void setMpnId(String mpnId) {
    this.mpnId = mpnId;
  }

  public LegalProfileForm getLegal() {
    return legal;
  }

  public void setLegal(LegalProfileForm legal) {
    this.legal = legal;
  }

  public SupportForm getSupport() {
    return support;
  }

  public void setSupport(SupportForm support) {
    this.support = support;
  }
}
