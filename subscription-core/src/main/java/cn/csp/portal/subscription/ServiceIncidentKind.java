package cn.csp.portal.subscription;

/**
 * What a service health message is about (spec 2.25): a problem that is happening, or an
 * announcement of an upcoming update or interruption (planned maintenance, say).
 */
public enum ServiceIncidentKind {
  INCIDENT,
  ADVISORY
}
