package cn.csp.portal.web.api.v1;

import cn.csp.portal.customer.CreatedCustomerUser;
import cn.csp.portal.customer.CustomerUser;
import cn.csp.portal.customer.CustomerUserPosition;
import cn.csp.portal.customer.CustomerUserUpdate;
import cn.csp.portal.customer.CustomerUserWindow;
import cn.csp.portal.customer.CustomerUsers;
import cn.csp.portal.customer.DelegatedAdminRequired;
import cn.csp.portal.customer.NewCustomerUser;
import cn.csp.portal.partner.Permission;
import cn.csp.portal.web.api.ApiCaller;
import cn.csp.portal.web.api.ApiFaultCodes;
import cn.csp.portal.web.api.ApiPaging;
import cn.csp.portal.web.api.ApiRequestRefused;
import cn.csp.portal.web.api.ApiValidator;
import cn.csp.portal.web.api.AppUserOnly;
import cn.csp.portal.web.api.ContinuationToken;
import cn.csp.portal.web.api.IdempotentCreates;
import cn.csp.portal.web.api.model.CustomerUserJson;
import cn.csp.portal.web.api.model.DirectoryRoleJson;
import cn.csp.portal.web.api.model.Link;
import cn.csp.portal.web.api.model.LinkHeader;
import cn.csp.portal.web.api.model.ResourceCollection;
import cn.csp.portal.web.security.RequiresPermission;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's directory through the API (contract 8, customer users and directory roles): App+User
 * only (contract 11), and, as administering on the customer's behalf in the portal, only for users
 * with {@code customer:administer-on-behalf} whose partner holds the customer's delegated admin
 * privileges. The facade checks all of it again; a customer that is not the partner's is 404, one
 * that took the privileges away 403. Password reset and license management are not offered, as on
 * Partner Center operated by 21Vianet.
 */
@RestController
@RequestMapping("/v1/customers/{customerId}")
@AppUserOnly
@RequiresPermission(Permission.CUSTOMER_ADMINISTER)
class CustomerUsersApiController {

  static final int DEFAULT_PAGE_SIZE = 100;
  static final int MAX_PAGE_SIZE = 500;

  private final CustomerUsers users;
  private final IdempotentCreates idempotentCreates;
  private final ApiValidator validator;

  CustomerUsersApiController(
      CustomerUsers users, IdempotentCreates idempotentCreates, ApiValidator validator) {
    this.users = users;
    this.idempotentCreates = idempotentCreates;
    this.validator = validator;
  }

  /**
   * A page of the users by display name, continued by position: the token holds where the page
   * ended, so users added or removed meanwhile shift nothing. There is no offset and no filter.
   */
  @GetMapping("/users")
  ResourceCollection<CustomerUserJson> list(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable UUID customerId,
      @RequestParam(required = false) Integer size,
      @RequestParam(required = false) Integer offset,
      @RequestParam(required = false) String filter,
      @RequestParam(required = false) String seekOperation,
      @RequestHeader(value = ContinuationToken.HEADER, required = false) String token) {
    int pageSize = ApiPaging.size(size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    if (ApiPaging.offset(offset) != 0) {
      throw ApiRequestRefused.badInput("offset", "api.users.offsetUnsupported");
    }
    if (filter != null) {
      throw ApiRequestRefused.badInput("filter", "api.users.filterUnsupported");
    }
    String uri = CustomerUserJson.usersUri(customerId);
    CustomerUserPosition after = positionOf(uri, seekOperation, token);
    CustomerUserWindow window =
        onBehalf(() -> users.listAfter(customerId, after, pageSize, caller.actor()));
    List<CustomerUserJson> items = window.users().stream().map(CustomerUserJson::of).toList();
    String self = uri + "?size=" + pageSize;
    if (!window.hasMore()) {
      return ResourceCollection.page(items, (int) window.totalCount(), self, null, null);
    }
    CustomerUser last = window.users().get(window.users().size() - 1);
    String next =
        new ContinuationToken(uri, List.of(last.displayName(), last.userPrincipalName())).encode();
    return ResourceCollection.page(
        items,
        (int) window.totalCount(),
        self,
        Link.get(self + "&seekOperation=Next", new LinkHeader(ContinuationToken.HEADER, next)),
        next);
  }

  /** No token: the first page; a token: the page after it, with or without {@code Next}. */
  private static CustomerUserPosition positionOf(String scope, String seekOperation, String token) {
    boolean next = seekOperation != null && seekOperation.strip().equalsIgnoreCase("next");
    if (seekOperation != null && !next) {
      throw ApiRequestRefused.badInput("seekOperation", "api.users.seekOperation", seekOperation);
    }
    if (token == null || token.isBlank()) {
      if (next) {
        throw ApiRequestRefused.badInput(ContinuationToken.HEADER, "api.fault.invalidContinuation");
      }
      return null;
    }
    List<String> position = ContinuationToken.decode(token, scope, 2).position();
    return new CustomerUserPosition(position.get(0), position.get(1));
  }

  /**
   * Adds a user; the SDK posts to {@code users/} with a trailing slash. Without a {@code
   * passwordProfile} a temporary password is generated and answered once. A retry with the same
   * {@code MS-RequestId} answers the user created first (without the temporary password again).
   */
  @PostMapping({"/users", "/users/"})
  @ResponseStatus(HttpStatus.CREATED)
  CustomerUserJson create(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable UUID customerId,
      @RequestHeader(value = IdempotentCreates.REQUEST_ID_HEADER, required = false)
          String requestId,
      @RequestBody CustomerUserJson body)
      throws BindException {
    NewCustomerUser request = body.toNewUser();
    validator.require(request, "customerUser");
    AtomicReference<String> temporaryPassword = new AtomicReference<>();
    CustomerUser created =
        idempotentCreates.once(
            caller.partnerId(),
            requestId,
            "customerUser:" + customerId,
            CustomerUser.class,
            () -> {
              CreatedCustomerUser user =
                  onBehalf(() -> users.create(customerId, request, caller.actor()));
              temporaryPassword.set(user.temporaryPassword());
              return user.user();
            });
    return CustomerUserJson.created(created, temporaryPassword.get());
  }

  @GetMapping("/users/{userId}")
  CustomerUserJson get(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable UUID customerId,
      @PathVariable UUID userId) {
    return CustomerUserJson.of(onBehalf(() -> users.find(customerId, userId, caller.actor())));
  }

  /**
   * Changes what the body carries (names, usage location, state) and nothing else; a body equal to
   * the stored user changes nothing. The sign-in name cannot change, and a password reset is not
   * offered on Partner Center operated by 21Vianet: a body that asks for either is refused.
   */
  @PatchMapping("/users/{userId}")
  CustomerUserJson update(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable UUID customerId,
      @PathVariable UUID userId,
      @RequestBody CustomerUserJson body)
      throws BindException {
    CustomerUser current = onBehalf(() -> users.find(customerId, userId, caller.actor()));
    if (body.getUserPrincipalName() != null
        && !body.getUserPrincipalName()
            .strip()
            .toLowerCase(Locale.ROOT)
            .equals(current.userPrincipalName())) {
      throw ApiRequestRefused.badInput("userPrincipalName", "api.users.userPrincipalNameReadOnly");
    }
    if (body.getPasswordProfile() != null) {
      throw ApiRequestRefused.badInput("passwordProfile", "api.users.passwordResetUnsupported");
    }
    CustomerUserUpdate update = body.over(current.toUpdate());
    if (update.equals(current.toUpdate())) {
      return CustomerUserJson.of(current);
    }
    validator.require(update, "customerUser");
    return CustomerUserJson.of(
        onBehalf(() -> users.update(customerId, userId, update, caller.actor())));
  }

  @DeleteMapping("/users/{userId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable UUID customerId,
      @PathVariable UUID userId) {
    onBehalf(
        () -> {
          users.delete(customerId, userId, caller.actor());
          return userId;
        });
  }

  /** The user's roles: none, customer users are never directory administrators here. */
  @GetMapping("/users/{userId}/directoryroles")
  ResourceCollection<DirectoryRoleJson> userRoles(
      @AuthenticationPrincipal ApiCaller caller,
      @PathVariable UUID customerId,
      @PathVariable UUID userId) {
    onBehalf(() -> users.find(customerId, userId, caller.actor()));
    return ResourceCollection.of(
        List.of(), CustomerUserJson.selfUri(customerId, userId) + "/directoryroles");
  }

  /** The directory's roles: its admins are company administrators, the only role it has. */
  @GetMapping("/directoryroles")
  ResourceCollection<DirectoryRoleJson> directoryRoles(
      @AuthenticationPrincipal ApiCaller caller, @PathVariable UUID customerId) {
    onBehalf(
        () -> {
          users.requireDirectoryAccess(customerId, caller.actor());
          return customerId;
        });
    return ResourceCollection.of(
        List.of(DirectoryRoleJson.COMPANY_ADMINISTRATOR),
        "customers/" + customerId + "/directoryroles");
  }

  /**
   * Runs a facade call; a customer that took the partner's delegated admin privileges away is a
   * refusal of access (403), not of the input.
   */
  private static <T> T onBehalf(Supplier<T> call) {
    try {
      return call.get();
    } catch (DelegatedAdminRequired revoked) {
      throw ApiRequestRefused.forbidden(ApiFaultCodes.FORBIDDEN, revoked.messageKey());
    }
  }
}
