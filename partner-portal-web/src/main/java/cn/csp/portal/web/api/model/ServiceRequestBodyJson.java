package cn.csp.portal.web.api.model;

/**
 * What a client sends to open or update a service request (contract 8.1); everything else in the
 * body ({@code attributes}, {@code id}, dates...) is read-only noise and ignored. In a PATCH,
 * {@code severity} "unknown" and {@code status} "none" mean "not changed": the SDK always sends
 * them.
 *
 * @param supportTopicId the topic's id, sent as a string by the SDK and as a number by others
 * @param newNote a note to add (PATCH only)
 */
public record ServiceRequestBodyJson(
    ServiceRequestSeverityJson severity,
    ServiceRequestStatusJson status,
    String title,
    String description,
    String supportTopicId,
    NewNote newNote) {

  public record NewNote(String text) {}
}
