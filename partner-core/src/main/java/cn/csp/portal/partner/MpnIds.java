package cn.csp.portal.partner;

/** The shape of a Microsoft Partner Network id: 6 to 10 digits, e.g. 4390934. */
public final class MpnIds {

  public static final String PATTERN = "\\d{6,10}";

  private MpnIds() {}
}
