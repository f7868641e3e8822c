package cn.csp.portal.partner;

/** The result of 21Vianet's credit check of an applicant (spec 2.3). */
public enum CreditCheckOutcome {
  PASSED,
  FAILED
}
