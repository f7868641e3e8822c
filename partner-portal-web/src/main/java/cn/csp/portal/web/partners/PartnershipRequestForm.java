package cn.csp.portal.web.partners;

import cn.csp.portal.partner.MpnIds;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** "Request a partnership": the MPN ID of the partner to resell through. */
public class PartnershipRequestForm {

  private String mpnId;

  /**
   * The rules of the facade's MPN ID parameter, as a record the form validator can check field by
   * field (the field name picks the "6 to 10 digits" message).
   */
  public record ResellerMpnId(@NotBlank @Pattern(regexp = MpnIds.PATTERN) String mpnId) {}

  ResellerMpnId toCommand() {
    return new ResellerMpnId(mpnId);
  }

  public String getMpnId() {
    return mpnId;
  }

  public void setMpnId(String mpnId) {
    this.mpnId = mpnId;
  }
}
