package cn.csp.portal.web.api.model;

/** MPN IDs are ints in the SDK's line item models; a missing or non-numeric one is -1. */
final class MpnIds {

  private MpnIds() {}

  static int asInt(String mpnId) {
    if (mpnId == null || mpnId.isBlank()) {
      return -1;
    }
    try {
      return Integer.parseInt(mpnId.strip());
    } catch (NumberFormatException notAnInt) {
      return -1;
    }
  }
}
