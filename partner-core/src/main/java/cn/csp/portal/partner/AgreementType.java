package cn.csp.portal.partner;

/** The two documents of the 21Vianet CSP program (spec 2.2). */
public enum AgreementType {
  PROGRAM_GUIDE,
  RESELLER_AGREEMENT
}
