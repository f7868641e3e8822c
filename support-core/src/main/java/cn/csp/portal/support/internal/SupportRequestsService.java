package cn.csp.portal.support.internal;

import cn.csp.portal.billing.InvoiceDetails;
import cn.csp.portal.billing.Invoices;
import cn.csp.portal.customer.CustomerAccount;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.kernel.Actor;
import cn.csp.portal.kernel.AuditEntry;
import cn.csp.portal.kernel.AuditLog;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.PartnerAccounts;
import cn.csp.portal.partner.PartnerOverview;
import cn.csp.portal.partner.PartnerPermissions;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.subscription.CloudService;
import cn.csp.portal.subscription.Subscriptions;
import cn.csp.portal.support.AttachmentContent;
import cn.csp.portal.support.NewAttachment;
import cn.csp.portal.support.NewSupportRequest;
import cn.csp.portal.support.SupportCategory;
import cn.csp.portal.support.SupportContact;
import cn.csp.portal.support.SupportRequestDetails;
import cn.csp.portal.support.SupportRequestFilter;
import cn.csp.portal.support.SupportRequestOpened;
import cn.csp.portal.support.SupportRequestSummary;
import cn.csp.portal.support.SupportRequestUpdated;
import cn.csp.portal.support.SupportRequests;
import cn.csp.portal.support.SupportScope;
import cn.csp.portal.support.SupportStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner side: opening requests (checked in full before anything is written), the list, the
 * conversation and closing. Every read and write names the partner, so another partner's request is
 * not found.
 */
@Service
@Transactional
class SupportRequestsService implements SupportRequests {

  static final int MAX_TITLE = 200;
  static final int MAX_TEXT = 10_000;

  private static final Actor LOOKUP = Actor.system("support-lookup");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern PHONE = Pattern.compile("^[+0-9 ()-]{5,30}$");
  private static final Pattern LOCALE = Pattern.compile("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?$");

  private final SupportRequestStore store;
  private final AttachmentPolicy policy;
  private final AttachmentStore files;
  private final SupportSettings settings;
  private final PartnerPermissions permissions;
  private final PartnerAccounts partners;
  private final CustomerDirectory customers;
  private final Subscriptions subscriptions;
  private final Invoices invoices;
  private final AuditLog auditLog;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SupportRequestsService(
      SupportRequestStore store,
      AttachmentPolicy policy,
      AttachmentStore files,
      SupportSettings settings,
      PartnerPermissions permissions,
      PartnerAccounts partners,
      CustomerDirectory customers,
      Subscriptions subscriptions,
      Invoices invoices,
      AuditLog auditLog,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.policy = policy;
    this.files = files;
    this.settings = settings;
    this.permissions = permissions;
    this.partners = partners;
    this.customers = customers;
    this.subscriptions = subscriptions;
    this.invoices = invoices;
    this.auditLog = auditLog;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public SupportRequestSummary open(
      UUID partnerId, NewSupportRequest request, List<NewAttachment> attachments, Actor actor) {
    permissions.require(partnerId, actor, permissionFor(request.scope()));
    String title = requireText("title", request.title(), MAX_TITLE);
    String description = requireText("description", request.description(), MAX_TEXT);
    if (request.category() == null) {
      throw BusinessRuleViolation.onField("category", "support.category.required");
    }
    if (request.severity() == null) {
      throw BusinessRuleViolation.onField("severity", "support.severity.required");
    }
    SupportContact contact = checkContact(request.contact());
    String locale =
        request.locale() == null || request.locale().isBlank() ? "zh-CN" : request.locale();
    if (!LOCALE.matcher(locale).matches()) {
      throw new BusinessRuleViolation("support.locale.invalid");
    }
    CustomerAccount customer = null;
    String service = null;
    if (request.scope() == SupportScope.CUSTOMER) {
      customer =
          customers
              .find(partnerId, request.customerId())
              .orElseThrow(() -> new NotFound("support.customer.notFound"));
      service = checkService(partnerId, customer.id(), request.service());
    } else if (request.service() != null && !request.service().isBlank()) {
      throw BusinessRuleViolation.onField("service", "support.service.customerOnly");
    }
    checkInvoiceReference(partnerId, request);
    checkSubscriptions(partnerId, request);
    List<AttachmentPolicy.CheckedAttachment> checked = policy.check(attachments);

    PartnerOverview partner =
        partners
            .findOverview(partnerId)
            .orElseThrow(() -> new NotFound("support.request.notFound"));
    Instant now = clock.instant();
    UUID id = UUID.randomUUID();
    String number = store.nextNumber();
    store.insert(
        new SupportRequestStore.NewRow(
            id,
            number,
            partnerId,
            partner.companyName(),
            partner.mpnId(),
            request.scope(),
            customer == null ? null : customer.id(),
            customer == null ? null : customer.companyName(),
            service,
            request.category(),
            request.severity(),
            title,
            description,
            contact,
            locale,
            blankToNull(request.invoiceId()),
            request.reconLine() == null ? null : request.reconFile(),
            request.reconLine(),
            actor.name(),
            now,
            now.plus(settings.responseTarget(request.severity()))));
    store.insertSubscriptions(id, request.subscriptionIds());
    store.insertStatusChange(id, null, SupportStatus.OPEN, actor.name(), now);
    saveAttachments(id, null, checked, actor.name(), now);
    auditLog.record(
        AuditEntry.of(actor, "support.request.opened")
            .partner(partnerId)
            .target("supportRequest", number)
            .detail("scope", request.scope())
            .detail("severity", request.severity())
            .detail("category", request.category())
            .build());
    events.publishEvent(new SupportRequestOpened(id));
    return store.summary(id).orElseThrow();
  }

  @Override
  @Transactional(readOnly = true)
  public Page<SupportRequestSummary> list(
      UUID partnerId, SupportRequestFilter filter, Pageable page, Actor actor) {
    Set<SupportScope> scopes = EnumSet.noneOf(SupportScope.class);
    for (SupportScope scope : SupportScope.values()) {
      if (permissions.has(partnerId, actor, permissionFor(scope))) {
        scopes.add(scope);
      }
    }
    if (scopes.isEmpty()) {
      throw new PermissionDenied(Permission.SUPPORT_PARTNER_REQUEST);
    }
    return store.list(partnerId, scopes, filter, page);
  }

  @Override
  @Transactional(readOnly = true)
  public SupportRequestDetails find(UUID partnerId, UUID requestId, Actor actor) {
    SupportRequestDetails details =
        store
            .details(requestId)
            .filter(d -> d.summary().partnerId().equals(partnerId))
            .orElseThrow(SupportRequestsService::notFound);
    permissions.require(partnerId, actor, permissionFor(details.summary().scope()));
    return details;
  }

  @Override
  public void addNote(
      UUID partnerId, UUID requestId, String text, List<NewAttachment> attachments, Actor actor) {
    SupportRequestStore.LockedRequest request = lockOwn(partnerId, requestId, actor);
    String note = requireText("text", text, MAX_TEXT);
    List<AttachmentPolicy.CheckedAttachment> checked = policy.check(attachments);
    Instant now = clock.instant();
    SupportStatus to =
        SupportWorkflow.afterPartnerNote(
            request.status(), request.closedAt(), now, settings.reopenWindow());
    UUID noteId = store.insertNote(requestId, false, actor.name(), note, now);
    saveAttachments(requestId, noteId, checked, actor.name(), now);
    store.changeStatus(request, to, actor.name(), now, false);
    audit(actor, partnerId, requestId, "support.request.noteAdded", to);
    events.publishEvent(new SupportRequestUpdated(requestId, false, to));
  }

  @Override
  public void close(UUID partnerId, UUID requestId, Actor actor) {
    SupportRequestStore.LockedRequest request = lockOwn(partnerId, requestId, actor);
    SupportStatus to = SupportWorkflow.close(request.status());
    store.changeStatus(request, to, actor.name(), clock.instant(), false);
    audit(actor, partnerId, requestId, "support.request.closed", to);
    events.publishEvent(new SupportRequestUpdated(requestId, false, to));
  }

  @Override
  @Transactional(readOnly = true)
  public AttachmentContent attachment(
      UUID partnerId, UUID requestId, UUID attachmentId, Actor actor) {
    SupportRequestSummary request =
        store
            .summary(requestId)
            .filter(r -> r.partnerId().equals(partnerId))
            .orElseThrow(SupportRequestsService::notFound);
    permissions.require(partnerId, actor, permissionFor(request.scope()));
    return store
        .attachment(requestId, attachmentId)
        .map(a -> new AttachmentContent(a.fileName(), a.contentType(), files.load(a.id())))
        .orElseThrow(() -> new NotFound("support.attachment.notFound"));
  }

  static Permission permissionFor(SupportScope scope) {
    return scope == SupportScope.CUSTOMER
        ? Permission.SUPPORT_CUSTOMER_REQUEST
        : Permission.SUPPORT_PARTNER_REQUEST;
  }

  /** Keeps the checked files: metadata rows and their bytes, in this transaction. */
  void saveAttachments(
      UUID requestId,
      UUID noteId,
      List<AttachmentPolicy.CheckedAttachment> checked,
      String by,
      Instant now) {
    for (AttachmentPolicy.CheckedAttachment file : checked) {
      UUID attachmentId = UUID.randomUUID();
      store.insertAttachment(attachmentId, requestId, noteId, file, by, now);
      files.store(attachmentId, file.content());
    }
  }

  /** The stripped text, refused when blank or longer than {@code max}. */
  static String requireText(String field, String text, int max) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      throw BusinessRuleViolation.onField(field, "support." + field + ".required");
    }
    if (value.length() > max) {
      throw BusinessRuleViolation.onField(field, "support.text.tooLong", max);
    }
    return value;
  }

  static NotFound notFound() {
    return new NotFound("support.request.notFound");
  }

  private SupportRequestStore.LockedRequest lockOwn(UUID partnerId, UUID requestId, Actor actor) {
    SupportRequestStore.LockedRequest request =
        store
            .lock(requestId)
            .filter(r -> r.partnerId().equals(partnerId))
            .orElseThrow(SupportRequestsService::notFound);
    permissions.require(partnerId, actor, permissionFor(request.scope()));
    return request;
  }

  private void audit(
      Actor actor, UUID partnerId, UUID requestId, String action, SupportStatus status) {
    auditLog.record(
        AuditEntry.of(actor, action)
            .partner(partnerId)
            .target("supportRequest", requestId)
            .detail("status", status)
            .build());
  }

  private static SupportContact checkContact(SupportContact contact) {
    if (contact == null) {
      throw BusinessRuleViolation.onField("contact.email", "support.contact.emailInvalid");
    }
    String first = requireName("contact.firstName", contact.firstName());
    String last = requireName("contact.lastName", contact.lastName());
    String email = contact.email() == null ? "" : contact.email().strip();
    if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      throw BusinessRuleViolation.onField("contact.email", "support.contact.emailInvalid");
    }
    String phone = blankToNull(contact.phone());
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw BusinessRuleViolation.onField("contact.phone", "support.contact.phoneInvalid");
    }
    return new SupportContact(first, last, email, phone);
  }

  private static String requireName(String field, String name) {
    String value = name == null ? "" : name.strip();
    if (value.isEmpty() || value.length() > 50) {
      throw BusinessRuleViolation.onField(field, "support.contact.nameRequired");
    }
    return value;
  }

  private String checkService(UUID partnerId, UUID customerId, String service) {
    Set<CloudService> owned = subscriptions.servicesOf(partnerId, customerId, LOOKUP);
    CloudService chosen = null;
    if (service != null) {
      for (CloudService s : CloudService.values()) {
        if (s.name().equals(service)) {
          chosen = s;
        }
      }
    }
    if (chosen == null || !owned.contains(chosen)) {
      throw BusinessRuleViolation.onField("service", "support.service.notOfCustomer");
    }
    return chosen.name();
  }

  /** A billing dispute's invoice must be the partner's, and its line one of the invoice's. */
  private void checkInvoiceReference(UUID partnerId, NewSupportRequest request) {
    String invoiceId = blankToNull(request.invoiceId());
    if (invoiceId == null) {
      if (request.reconLine() != null) {
        throw BusinessRuleViolation.onField("invoiceId", "support.invoice.required");
      }
      return;
    }
    if (request.category() != SupportCategory.BILLING) {
      throw BusinessRuleViolation.onField("invoiceId", "support.invoice.billingOnly");
    }
    InvoiceDetails invoice;
    try {
      invoice = invoices.find(partnerId, invoiceId, LOOKUP);
    } catch (NotFound unknown) {
      throw BusinessRuleViolation.onField("invoiceId", "support.invoice.unknown", invoiceId);
    }
    if (request.reconLine() != null) {
      int lines =
          switch (request.reconFile() == null ? "" : request.reconFile()) {
            case "LICENSE" -> invoice.licenseLineCount();
            case "USAGE" -> invoice.usageLineCount();
            default -> 0;
          };
      if (request.reconLine() < 1 || request.reconLine() > lines) {
        throw BusinessRuleViolation.onField(
            "reconLine", "support.reconLine.unknown", request.reconLine(), invoiceId);
      }
    }
  }

  /** Subscriptions name what a fraud report is about: the customer's, with this partner. */
  private void checkSubscriptions(UUID partnerId, NewSupportRequest request) {
    if (request.subscriptionIds().isEmpty()) {
      return;
    }
    if (request.scope() != SupportScope.CUSTOMER
        || request.category() != SupportCategory.FRAUD_OR_MISUSE) {
      throw BusinessRuleViolation.onField("subscriptionIds", "support.subscriptions.fraudOnly");
    }
    for (UUID subscriptionId : request.subscriptionIds()) {
      try {
        subscriptions.find(partnerId, request.customerId(), subscriptionId, LOOKUP);
      } catch (NotFound unknown) {
        throw BusinessRuleViolation.onField("subscriptionIds", "support.subscription.unknown");
      }
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
