package cn.csp.portal.web.api.v1;

import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerUserSignIn;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.support.NewSupportRequest;
import cn.csp.portal.support.StatusChange;
import cn.csp.portal.support.SupportCategory;
import cn.csp.portal.support.SupportRequestDetails;
import cn.csp.portal.support.SupportRequestFilter;
import cn.csp.portal.support.SupportRequestSummary;
import cn.csp.portal.support.SupportRequests;
import cn.csp.portal.support.SupportScope;
import cn.csp.portal.support.SupportSeverity;
import cn.csp.portal.support.SupportStatus;
import cn.csp.portal.web.api.ApiCaller;
import cn.csp.portal.web.api.ApiFaultCodes;
import cn.csp.portal.web.api.ApiFilter;
import cn.csp.portal.web.api.ApiLocale;
import cn.csp.portal.web.api.ApiPaging;
import cn.csp.portal.web.api.ApiRequestRefused;
import cn.csp.portal.web.api.AppUserOnly;
import cn.csp.portal.web.api.IdempotentCreates;
import cn.csp.portal.web.api.model.ApiDates;
import cn.csp.portal.web.api.model.Link;
import cn.csp.portal.web.api.model.ResourceAttributes;
import cn.csp.portal.web.api.model.ResourceCollection;
import cn.csp.portal.web.api.model.ResourceLinks;
import cn.csp.portal.web.api.model.ServiceRequestBodyJson;
import cn.csp.portal.web.api.model.ServiceRequestJson;
import cn.csp.portal.web.api.model.ServiceRequestSeverityJson;
import cn.csp.portal.web.api.model.ServiceRequestStatusJson;
import cn.csp.portal.web.api.model.SupportTopicJson;
import cn.csp.portal.web.api.model.SupportTopics;
import cn.csp.portal.web.security.RequiresPermission;
import cn.csp.portal.web.support.UserContacts;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v1/servicerequests} and {@code /v1/customers/{cid}/servicerequests} (contract 8): the
 * partner's support requests to 21Vianet through the support module, so a caller sees and works on
 * exactly the requests it does in the portal (Partner Center requests need {@code
 * support:partner-request}, customer requests {@code support:customer-request}). App+User only
 * (contract 11): the acting user is the contact of the requests they open.
 */
@RestController
@AppUserOnly
class ServiceRequestsApiController {

  static final int DEFAULT_SIZE = 100;
  static final int MAX_SIZE = 1000;
  static final String COUNTRY = "CN";

  private final SupportRequests requests;
  private final PartnerAccounts partners;
  private final CustomerDirectory customers;
  private final IdempotentCreates idempotent;
  private final MessageSource messages;

  ServiceRequestsApiController(
      SupportRequests requests,
      PartnerAccounts partners,
      CustomerDirectory customers,
      IdempotentCreates idempotent,
      MessageSource messages) {
    this.requests = requests;
    this.partners = partners;
    this.customers = customers;
    this.idempotent = idempotent;
    this.messages = messages;
  }

  /**
   * Every request the caller may see, newest activity first; {@code filter} may ask for one status
   * ({@code {"field":"Status","operator":"equals","value":"open"}}).
   */
  @GetMapping("/v1/servicerequests")
  ResourceCollection<ServiceRequestJson> list(
      @AuthenticationPrincipal ApiCaller caller,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) Integer offset,
      @RequestParam(required = false) String filter,
      @RequestHeader(value = ApiLocale.HEADER, required = false) String locale) {
    SupportStatus status = filter == null || filter.isBlank() ? null : statusFilter(filter);
    return page(
        caller,
        new SupportRequestFilter(status, null, null, null, null),
        size,
        offset,
        "servicerequests",
        ApiLocale.of(locale));
  }

  /** The support categories as topics, with their fixed int ids ({@link SupportTopics}). */
  @GetMapping("/v1/servicerequests/supporttopics")
  ResourceCollection<SupportTopicJson> supportTopics(
      @RequestHeader(value = ApiLocale.HEADER, required = false) String locale) {
    Locale language = ApiLocale.of(locale);
    List<SupportTopicJson> topics =
        Arrays.stream(SupportCategory.values())
            .map(
                c ->
                    new SupportTopicJson(
                        SupportTopics.idOf(c),
                        topicName(c, language),
                        messages.getMessage("api.billing.supportTopic." + c.name(), null, language),
                        ResourceAttributes.of("SupportTopic")))
            .toList();
    return ResourceCollection.of(topics, "servicerequests/supporttopics");
  }

  /**
   * Opens a Partner Center request in the language of the path ({@code zh-CN}); the caller is its
   * contact. A retry with the same {@code MS-RequestId} answers the request opened first.
   */
  @RequiresPermission(Permission.SUPPORT_PARTNER_REQUEST)
  @PostMapping("/v1/servicerequests/{agentLocale}")
  ResponseEntity<ServiceRequestJson> create(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable String agentLocale,
      @RequestBody ServiceRequestBodyJson body,
      @RequestHeader(value = IdempotentCreates.REQUEST_ID_HEADER, required = false)
          String requestId,
      @RequestHeader(value = ApiLocale.HEADER, required = false) String locale) {
    SupportCategory category =
        SupportTopics.categoryOf(body.supportTopicId())
            .orElseThrow(
                () ->
                    ApiRequestRefused.badInput(
                        "supportTopicId",
                        "api.billing.supportTopic.unknown",
                        body.supportTopicId()));
    PartnerUserSignIn user =
        partners
            .findSignIn(caller.actor().id())
            .orElseThrow(
                () -> ApiRequestRefused.forbidden(ApiFaultCodes.FORBIDDEN, "api.fault.forbidden"));
    NewSupportRequest request =
        new NewSupportRequest(
            null,
            null,
            category,
            severity(body.severity()),
            body.title(),
            body.description(),
            UserContacts.of(user.fullName(), user.email()),
            null,
            null,
            null,
            List.of(),
            agentLocale);
    String id =
        idempotent.once(
            caller.partnerId(),
            requestId,
            "servicerequest",
            String.class,
            () ->
                requests
                    .open(caller.partnerId(), request, List.of(), caller.actor())
                    .id()
                    .toString());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            json(
                requests.find(caller.partnerId(), UUID.fromString(id), caller.actor()),
                ApiLocale.of(locale)));
  }

  @GetMapping("/v1/servicerequests/{requestId}")
  ServiceRequestJson get(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable String requestId,
      @RequestHeader(value = ApiLocale.HEADER, required = false) String locale) {
    return json(
        requests.find(caller.partnerId(), requestId(requestId), caller.actor()),
        ApiLocale.of(locale));
  }

  /**
   * Adds {@code newNote} and/or closes ({@code "status":"closed"}). The body is the whole request
   * as the client has it: a severity or status equal to the stored one, {@code unknown} and {@code
   * none} change nothing; title and description are the request's as opened and are not changed.
   * Anything else (a new severity, reopening by status) is a 400: the portal reopens a request by a
   * note.
   */
  @PatchMapping("/v1/servicerequests/{requestId}")
  ServiceRequestJson update(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable String requestId,
      @RequestBody ServiceRequestBodyJson body,
      @RequestHeader(value = ApiLocale.HEADER, required = false) String locale) {
    UUID id = requestId(requestId);
    SupportRequestSummary current = requests.find(caller.partnerId(), id, caller.actor()).summary();
    SupportSeverity severity = severity(body.severity());
    if (severity != null && severity != current.severity()) {
      throw ApiRequestRefused.badInput("severity", "api.billing.serviceRequest.severityFixed");
    }
    SupportStatus status = status(body.status());
    if (status != null && status != current.status() && status != SupportStatus.CLOSED) {
      throw ApiRequestRefused.badInput("status", "api.billing.serviceRequest.statusChange");
    }
    if (body.newNote() != null) {
      requests.addNote(caller.partnerId(), id, body.newNote().text(), List.of(), caller.actor());
    }
    if (status == SupportStatus.CLOSED && current.status() != SupportStatus.CLOSED) {
      requests.close(caller.partnerId(), id, caller.actor());
    }
    return json(requests.find(caller.partnerId(), id, caller.actor()), ApiLocale.of(locale));
  }

  @RequiresPermission(Permission.SUPPORT_CUSTOMER_REQUEST)
  @GetMapping("/v1/customers/{customerId}/servicerequests")
  ResourceCollection<ServiceRequestJson> customerRequests(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable String customerId,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) Integer offset,
      @RequestHeader(value = ApiLocale.HEADER, required = false) String locale) {
    UUID customer = customerId(caller, customerId);
    return page(
        caller,
        new SupportRequestFilter(null, null, null, SupportScope.CUSTOMER, customer),
        size,
        offset,
        "customers/" + customer + "/servicerequests",
        ApiLocale.of(locale));
  }

  @RequiresPermission(Permission.SUPPORT_CUSTOMER_REQUEST)
  @GetMapping("/v1/customers/{customerId}/servicerequests/{requestId}")
  ServiceRequestJson customerRequest(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable String customerId,
      @PathVariable String requestId,
      @RequestHeader(value = ApiLocale.HEADER, required = false) String locale) {
    UUID customer = customerId(caller, customerId);
    SupportRequestDetails details =
        requests.find(caller.partnerId(), requestId(requestId), caller.actor());
    if (!customer.equals(details.summary().customerId())) {
      throw ApiRequestRefused.notFound("support.request.notFound");
    }
    return json(details, ApiLocale.of(locale));
  }

  private ResourceCollection<ServiceRequestJson> page(
      ApiCaller caller,
      SupportRequestFilter filter,
      Integer size,
      Integer offset,
      String path,
      Locale locale) {
    int pageSize = ApiPaging.size(size, DEFAULT_SIZE, MAX_SIZE);
    int skip = ApiPaging.offset(offset);
    Page<SupportRequestSummary> found =
        requests.list(caller.partnerId(), filter, new OffsetPage(skip, pageSize), caller.actor());
    // the list rows lack the conversation and contact a ServiceRequest carries
    List<ServiceRequestJson> items =
        found.getContent().stream()
            .map(r -> json(requests.find(caller.partnerId(), r.id(), caller.actor()), locale))
            .toList();
    long total = found.getTotalElements();
    String self = path + "?size=" + pageSize + "&offset=" + skip;
    Link next =
        skip + items.size() < total
            ? Link.get(path + "?size=" + pageSize + "&offset=" + (skip + items.size()))
            : null;
    return ResourceCollection.page(items, (int) total, self, next, null);
  }

  private ServiceRequestJson json(SupportRequestDetails details, Locale locale) {
    SupportRequestSummary s = details.summary();
    String lastClosed =
        details.history().stream()
            .filter(change -> change.to() == SupportStatus.CLOSED)
            .map(StatusChange::changedAt)
            .max(java.util.Comparator.naturalOrder())
            .map(ApiDates::of)
            .orElse(ApiDates.NEVER);
    return new ServiceRequestJson(
        s.id().toString(),
        s.title(),
        details.description(),
        ServiceRequestSeverityJson.valueOf(s.severity().name()),
        Integer.toString(SupportTopics.idOf(s.category())),
        topicName(s.category(), locale),
        ServiceRequestStatusJson.valueOf(s.status().name()),
        new ServiceRequestJson.Organization(s.partnerId().toString(), s.partnerName()),
        new ServiceRequestJson.Contact(
            details.contact().firstName(), details.contact().lastName(), details.contact().email()),
        ApiDates.of(s.createdAt()),
        ApiDates.of(s.lastModifiedAt()),
        lastClosed,
        COUNTRY,
        details.notes().stream()
            .map(
                n ->
                    new ServiceRequestJson.Note(
                        n.authorName(), ApiDates.of(n.createdAt()), n.text()))
            .toList(),
        ResourceLinks.self("servicerequests/" + s.id()),
        ResourceAttributes.of("ServiceRequest"));
  }

  private String topicName(SupportCategory category, Locale locale) {
    return messages.getMessage("support.category." + category.name(), null, locale);
  }

  /** The customer of the path, if it is this partner's; anything else is not found. */
  private UUID customerId(ApiCaller caller, String customerId) {
    return parseId(customerId)
        .flatMap(id -> customers.find(caller.partnerId(), id))
        .map(c -> c.id())
        .orElseThrow(() -> ApiRequestRefused.notFound("support.customer.notFound"));
  }

  /** A request id is a UUID; anything else names no request. */
  private static UUID requestId(String requestId) {
    return parseId(requestId)
        .orElseThrow(() -> ApiRequestRefused.notFound("support.request.notFound"));
  }

  private static java.util.Optional<UUID> parseId(String id) {
    try {
      return java.util.Optional.of(UUID.fromString(id.strip()));
    } catch (IllegalArgumentException notAUuid) {
      return java.util.Optional.empty();
    }
  }

  /** {@code unknown} (or nothing) is no severity: "not changed", or missing on a create. */
  private static SupportSeverity severity(ServiceRequestSeverityJson severity) {
    return severity == null || severity == ServiceRequestSeverityJson.UNKNOWN
        ? null
        : SupportSeverity.valueOf(severity.name());
  }

  /** {@code none} (or nothing) is "not changed". */
  private static SupportStatus status(ServiceRequestStatusJson status) {
    return status == null || status == ServiceRequestStatusJson.NONE
        ? null
        : SupportStatus.valueOf(status.name());
  }

  private static SupportStatus statusFilter(String filter) {
    ApiFilter parsed = ApiFilter.parse(filter).require("status", "equals", "eq");
    SupportStatus status = status(ServiceRequestStatusJson.parse(parsed.value()));
    if (status == null) {
      throw ApiRequestRefused.badInput("filter", "api.billing.serviceRequest.statusFilter");
    }
    return status;
  }
}
