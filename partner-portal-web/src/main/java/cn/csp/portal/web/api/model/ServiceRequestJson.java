package cn.csp.portal.web.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A service request (contract 8.2): the portal's support request, its id the request's UUID. {@code
 * lastClosedDate} is {@link ApiDates#NEVER} while it was never closed, as Partner Center writes it.
 *
 * @param supportTopicId the topic's int id as a string, as the SDK has it ({@link SupportTopics})
 * @param organization the partner
 * @param primaryContact whom 21Vianet contacts
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceRequestJson(
    String id,
    String title,
    String description,
    ServiceRequestSeverityJson severity,
    String supportTopicId,
    String supportTopicName,
    ServiceRequestStatusJson status,
    Organization organization,
    Contact primaryContact,
    String createdDate,
    String lastModifiedDate,
    String lastClosedDate,
    String countryCode,
    List<Note> notes,
    ResourceLinks links,
    ResourceAttributes attributes) {

  public record Organization(String id, String name) {}

  public record Contact(String firstName, String lastName, String email) {}

  public record Note(String createdByName, String createdDate, String text) {}
}
