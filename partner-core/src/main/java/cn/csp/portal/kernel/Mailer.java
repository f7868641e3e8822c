package cn.csp.portal.kernel;

/**
 * Sends notifications. Delivery failures are logged, never thrown: a notification must not undo the
 * change it reports.
 */
public interface Mailer {

  void send(OutgoingMail mail);
}
