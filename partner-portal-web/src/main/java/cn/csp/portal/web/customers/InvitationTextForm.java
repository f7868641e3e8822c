package cn.csp.portal.web.customers;

import cn.csp.portal.customer.Invitation;
import cn.csp.portal.customer.InvitationText;

/**
 * The invitation e-mail's two editable paragraphs; the rules are those of {@link InvitationText}.
 */
public class InvitationTextForm {

  private String paragraph1;
  private String paragraph2;

  static InvitationTextForm of(Invitation invitation) {
    InvitationTextForm form = new InvitationTextForm();
    form.paragraph1 = invitation.paragraph1();
    form.paragraph2 = invitation.paragraph2();
    return form;
  }

  InvitationText toText() {
    return new InvitationText(paragraph1, paragraph2);
  }

  public String getParagraph1() {
    return paragraph1;
  }

  public void setParagraph1(String paragraph1) {
    this.paragraph1 = paragraph1;
  }

  public String getParagraph2() {
    return paragraph2;
  }

  public void setParagraph2(String paragraph2) {
    this.paragraph2 = paragraph2;
  }
}
