package cn.csp.portal.web.api.v1;

import static cn.csp.portal.partner.Permission.CUSTOMER_CREATE;
import static cn.csp.portal.partner.Permission.CUSTOMER_VIEW;
import static cn.csp.portal.partner.Permission.RELATIONSHIP_REQUEST;

import cn.csp.portal.customer.CreatedCustomer;
import cn.csp.portal.customer.CustomerAccount;
import cn.csp.portal.customer.CustomerDirectory;
import cn.csp.portal.customer.CustomerRelationships;
import cn.csp.portal.customer.CustomerSummary;
import cn.csp.portal.customer.NewCustomer;
import cn.csp.portal.customer.ProviderInvitation;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.kernel.NotFound;
import cn.csp.portal.partner.IndirectPartnerships;
import cn.csp.portal.partner.PermissionDenied;
import cn.csp.portal.web.api.ApiCaller;
import cn.csp.portal.web.api.ApiPaging;
import cn.csp.portal.web.api.ApiRequestRefused;
import cn.csp.portal.web.api.AppUserOnly;
import cn.csp.portal.web.api.ContinuationToken;
import cn.csp.portal.web.api.IdempotentCreates;
import cn.csp.portal.web.api.model.CustomerBillingProfileJson;
import cn.csp.portal.web.api.model.CustomerCompanyProfileJson;
import cn.csp.portal.web.api.model.CustomerJson;
import cn.csp.portal.web.api.model.Link;
import cn.csp.portal.web.api.model.LinkHeader;
import cn.csp.portal.web.api.model.RelationshipRequestJson;
import cn.csp.portal.web.api.model.RelationshipToPartner;
import cn.csp.portal.web.api.model.ResourceCollection;
import cn.csp.portal.web.api.model.UserCredentialsJson;
import cn.csp.portal.web.security.RequiresPermission;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customers of the {@code /v1} API (contract sections 7-9): the partner's customer list with
 * keyset paging, a customer and its profiles, creating one as the "Add customer" wizard does, and
 * the reseller relationship invitation. Permissions are the customer pages' own.
 */
@RestController
@RequestMapping("/v1/customers")
class CustomersApiController {

  /** A page when the client names no size (the SDK's plain {@code get()}) or size 0. */
  static final int DEFAULT_PAGE_SIZE = 100;

  /** The SDK's own cap for customer pages. */
  static final int MAX_PAGE_SIZE = 500;

  private final CustomerDirectory customers;
  private final CustomerRelationships relationships;
  private final IndirectPartnerships indirectPartnerships;
  private final IdempotentCreates idempotentCreates;
  private final NewCustomerReader newCustomers;
  private final String portalUrl;

  CustomersApiController(
      CustomerDirectory customers,
      CustomerRelationships relationships,
      IndirectPartnerships indirectPartnerships,
      IdempotentCreates idempotentCreates,
      NewCustomerReader newCustomers,
      @Value("${portal.base-url}") String portalUrl) {
    this.customers = customers;
    this.relationships = relationships;
    this.indirectPartnerships = indirectPartnerships;
    this.idempotentCreates = idempotentCreates;
    this.newCustomers = newCustomers;
    this.portalUrl = portalUrl.replaceAll("/+$", "");
  }

  /**
   * One page of the partner's customers, oldest relationship first. {@code totalCount} counts the
   * whole filtered list; {@code links.next} (with the token as a header) and {@code
   * continuationToken} lead to the next page, and the last page has neither. An {@code offset}
   * other than 0 is refused: this list pages by continuation only, so deep pages stay cheap.
   */
  @GetMapping
  @RequiresPermission(CUSTOMER_VIEW)
  ResourceCollection<CustomerJson> list(
      @AuthenticationPrincipal ApiCaller caller,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) Integer offset,
      @RequestParam(required = false) String filter,
      @RequestParam(required = false) String seekOperation,
      @RequestHeader(value = ContinuationToken.HEADER, required = false) String token) {
    int pageSize = ApiPaging.size(size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    if (ApiPaging.offset(offset) != 0) {
      throw ApiRequestRefused.badInput("offset", "api.customers.offsetUnsupported");
    }
    CustomerListCursor cursor = CustomerListCursor.of(filter, seekOperation, token);
    // one more than the page shows whether another page follows
    List<CustomerSummary> found =
        customers.listInRelationshipOrder(
            caller.partnerId(), cursor.filter(), cursor.after(), pageSize + 1);
    List<CustomerSummary> page = found.subList(0, Math.min(pageSize, found.size()));
    int total = Math.toIntExact(customers.count(caller.partnerId(), cursor.filter()));
    String selfUri = "customers?size=" + pageSize;
    List<CustomerJson> items = page.stream().map(CustomerWire::of).toList();
    if (found.size() <= pageSize) {
      return ResourceCollection.page(items, total, selfUri, null, null);
    }
    String next = cursor.next(page.get(page.size() - 1));
    return ResourceCollection.page(
        items,
        total,
        selfUri,
        Link.get(selfUri + "&seekOperation=Next", new LinkHeader(ContinuationToken.HEADER, next)),
        next);
  }

  /**
   * Creates the customer, its first admin and the partner's reseller relationship, as the wizard
   * does, and answers with the admin's temporary password. A retry with the same {@code
   * MS-RequestId} answers the same customer and creates nothing; only the hash of the password is
   * kept, so that answer has the admin's user name but no password.
   */
  @PostMapping
  @RequiresPermission(CUSTOMER_CREATE)
  ResponseEntity<CustomerJson> create(
      @AuthenticationPrincipal ApiCaller caller,
      @RequestHeader(value = IdempotentCreates.REQUEST_ID_HEADER, required = false)
          String requestId,
      @RequestBody CustomerJson body)
      throws BindException {
    NewCustomer request = newCustomers.read(body);
    AtomicReference<String> temporaryPassword = new AtomicReference<>();
    CreatedCustomerReference created;
    try {
      created =
          idempotentCreates.once(
              caller.partnerId(),
              requestId,
              "customer",
              CreatedCustomerReference.class,
              () -> {
                CreatedCustomer customer =
                    customers.createCustomer(caller.partnerId(), request, caller.actor());
                temporaryPassword.set(customer.temporaryPassword());
                return new CreatedCustomerReference(
                    customer.customerId(), customer.adminSignInName());
              });
    } catch (PermissionDenied | NotFound notAboutTheInput) {
      throw notAboutTheInput;
    } catch (BusinessRuleViolation refused) {
      throw NewCustomerReader.inWireTerms(refused);
    }
    CustomerJson customer =
        CustomerWire.of(account(caller, created.customerId()))
            .withUserCredentials(
                new UserCredentialsJson(created.adminUserName(), temporaryPassword.get()));
    return ResponseEntity.status(HttpStatus.CREATED).body(customer);
  }

  /** The partner's invitation link, absolute on the portal's public address. */
  @GetMapping("/relationshiprequests")
  @AppUserOnly
  @RequiresPermission(RELATIONSHIP_REQUEST)
  RelationshipRequestJson relationshipRequest(@AuthenticationPrincipal ApiCaller caller) {
    return RelationshipRequestJson.of(portalUrl + invitationPath(caller));
  }

  /**
   * A partner's own link; an indirect reseller sends its provider's link marked with its MPN ID
   * (spec 2.27), the first provider's when it resells for several (the page lists them all).
   */
  private String invitationPath(ApiCaller caller) {
    if (indirectPartnerships.isResellerUnderAProvider(caller.partnerId())) {
      List<ProviderInvitation> providers =
          relationships.providerInvitationsFor(caller.partnerId(), caller.actor());
      if (!providers.isEmpty()) {
        return providers.get(0).path();
      }
    }
    return relationships.invitationOf(caller.partnerId(), caller.actor()).path();
  }

  @GetMapping("/{customerId}")
  @RequiresPermission(CUSTOMER_VIEW)
  CustomerJson get(@AuthenticationPrincipal ApiCaller caller, @PathVariable String customerId) {
    return CustomerWire.of(account(caller, customerId));
  }

  /**
   * The SDK's way to end the reseller relationship ({@code relationshipToPartner: none}). The
   * portal keeps a relationship for good (spec 2.29: the customer may take delegated admin
   * privileges away, the relationship stays), so that is refused with a 400; {@code reseller},
   * {@code unknown} or no value change nothing, and every other field is ignored.
   */
  @PatchMapping("/{customerId}")
  @RequiresPermission(CUSTOMER_VIEW)
  CustomerJson update(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable String customerId,
      @RequestBody CustomerJson body) {
    CustomerAccount account = account(caller, customerId);
    RelationshipToPartner requested = body.relationshipToPartner();
    if (requested == RelationshipToPartner.NONE) {
      throw ApiRequestRefused.badInput(
          "relationshipToPartner", "api.customers.relationshipCannotEnd");
    }
    if (requested != null
        && requested != RelationshipToPartner.RESELLER
        && requested != RelationshipToPartner.UNKNOWN) {
      throw ApiRequestRefused.badInput(
          "relationshipToPartner", "api.customers.relationshipUnsupported", requested.wire());
    }
    return CustomerWire.of(account);
  }

  @GetMapping("/{customerId}/profiles/billing")
  @RequiresPermission(CUSTOMER_VIEW)
  CustomerBillingProfileJson billingProfile(
      @AuthenticationPrincipal ApiCaller caller, @PathVariable String customerId) {
    return CustomerWire.billingProfile(account(caller, customerId));
  }

  @GetMapping("/{customerId}/profiles/company")
  @RequiresPermission(CUSTOMER_VIEW)
  CustomerCompanyProfileJson companyProfile(
      @AuthenticationPrincipal ApiCaller caller, @PathVariable String customerId) {
    return CustomerWire.companyProfile(account(caller, customerId));
  }

  /**
   * The customer as the partner sees it. An id that is no UUID names no customer either: 404, like
   * an unknown or another partner's customer.
   */
  private CustomerAccount account(ApiCaller caller, String customerId) {
    UUID id;
    try {
      id = UUID.fromString(customerId.strip());
    } catch (IllegalArgumentException notAnId) {
      throw ApiRequestRefused.notFound("customer.notFound");
    }
    return account(caller, id);
  }

  private CustomerAccount account(ApiCaller caller, UUID customerId) {
    return customers
        .find(caller.partnerId(), customerId)
        .orElseThrow(() -> ApiRequestRefused.notFound("customer.notFound"));
  }

  /**
   * What a create records under its request id: which customer it made and its admin's sign-in
   * name. Never the temporary password, which is kept only as a hash.
   */
  record CreatedCustomerReference(UUID customerId, String adminUserName) {}
}
