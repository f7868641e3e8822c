package cn.csp.portal.support;

/** Where a request stands against its initial response target. */
public enum SlaState {
  /** Not answered yet, due time still ahead. */
  RUNNING,
  /** Answered by the due time. */
  MET,
  /** Not answered by the due time (answered late or still waiting). */
  BREACHED
}
