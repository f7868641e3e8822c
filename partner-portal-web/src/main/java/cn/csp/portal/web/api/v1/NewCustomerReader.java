package cn.csp.portal.web.api.v1;

import cn.csp.portal.customer.CustomerBillingProfile;
import cn.csp.portal.customer.CustomerDomains;
import cn.csp.portal.customer.NewCustomer;
import cn.csp.portal.kernel.BusinessRuleViolation;
import cn.csp.portal.partner.Address;
import cn.csp.portal.partner.Contact;
import cn.csp.portal.web.api.ApiRequestRefused;
import cn.csp.portal.web.api.model.ApiAddress;
import cn.csp.portal.web.api.model.CustomerBillingProfileJson;
import cn.csp.portal.web.api.model.CustomerCompanyProfileJson;
import cn.csp.portal.web.api.model.CustomerJson;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.validation.SmartValidator;

/**
 * Reads the body of {@code POST /v1/customers} (contract 8.1) as the customer the "Add customer"
 * wizard would create, checked by the very rules of {@link NewCustomer}, with every refusal named
 * by its path in the request ({@code billingProfile.email}, not the domain's {@code
 * billing.email}).
 *
 * <p>The SDK's {@code defaultAddress} carries the contact's names and phone; they become the
 * primary contact and the billing contact. The phone is optional in the domain and, when given,
 * must be a Chinese phone number; a value that is not one (the SDK samples send {@code "123"}) is
 * left out rather than refused, so the create works as the SDK expects.
 */
@Component
class NewCustomerReader {

  private static final String OBJECT_NAME = "customer";

  /** The request's path of each domain property path (address fields keep their names). */
  private static final Map<String, String> WIRE_FIELDS =
      Map.ofEntries(
          Map.entry("companyName", "companyProfile.companyName"),
          Map.entry("domainPrefix", "companyProfile.domain"),
          Map.entry("primaryContact.firstName", "billingProfile.defaultAddress.firstName"),
          Map.entry("primaryContact.lastName", "billingProfile.defaultAddress.lastName"),
          Map.entry("primaryContact.email", "billingProfile.email"),
          Map.entry("primaryContact.phoneNumber", "billingProfile.defaultAddress.phoneNumber"),
          Map.entry("billing.companyName", "billingProfile.companyName"),
          Map.entry("billing.firstName", "billingProfile.defaultAddress.firstName"),
          Map.entry("billing.lastName", "billingProfile.defaultAddress.lastName"),
          Map.entry("billing.email", "billingProfile.email"),
          Map.entry("billing.culture", "billingProfile.culture"),
          Map.entry("billing.language", "billingProfile.language"),
          // the address's own check (postal code against country) is on the address as a whole
          Map.entry("billing.address", "billingProfile.defaultAddress.postalCode"));

  private final SmartValidator validator;
  private final Validator beanValidator;

  NewCustomerReader(SmartValidator validator, Validator beanValidator) {
    this.validator = validator;
    this.beanValidator = beanValidator;
  }

  /**
   * @throws BindException 400 naming the request's fields that break the customer's rules
   */
  NewCustomer read(CustomerJson body) throws BindException {
    CustomerCompanyProfileJson company =
        body.companyProfile() != null
            ? body.companyProfile()
            : new CustomerCompanyProfileJson(null, null, null, null, null);
    CustomerBillingProfileJson billing =
        body.billingProfile() != null
            ? body.billingProfile()
            : new CustomerBillingProfileJson(
                null, null, null, null, null, null, null, null, null, null);
    ApiAddress address =
        billing.defaultAddress() != null
            ? billing.defaultAddress()
            : new ApiAddress(null, null, null, null, null, null, null, null, null, null, null);

    String firstName = firstNonNull(billing.firstName(), address.firstName());
    String lastName = firstNonNull(billing.lastName(), address.lastName());
    NewCustomer customer =
        new NewCustomer(
            company.companyName(),
            domainPrefix(company.domain()),
            new Contact(firstName, lastName, billing.email(), phoneIfValid(address.phoneNumber())),
            new CustomerBillingProfile(
                firstNonNull(billing.companyName(), company.companyName()),
                firstName,
                lastName,
                billing.email(),
                new Address(
                    address.addressLine1(),
                    address.addressLine2(),
                    address.city(),
                    address.state(),
                    address.postalCode(),
                    address.country()),
                billing.culture(),
                billing.language()),
            null);
    BeanPropertyBindingResult checked = new BeanPropertyBindingResult(customer, OBJECT_NAME);
    validator.validate(customer, checked);
    if (checked.hasErrors()) {
      throw new BindException(inWireTerms(checked));
    }
    return customer;
  }

  /** A domain refusal of the create (a taken domain), named by the request's field. */
  static ApiRequestRefused inWireTerms(BusinessRuleViolation refused) {
    String field = refused.field() == null ? null : wireField(refused.field());
    return ApiRequestRefused.badInput(field, refused.messageKey(), refused.arguments());
  }

  /** {@code <prefix>.partner.onmschina.cn} or the prefix alone; any other domain stays whole. */
  private static String domainPrefix(String domain) {
    if (domain == null) {
      return null;
    }
    String trimmed = domain.strip();
    String suffix = CustomerDomains.SUFFIX;
    if (trimmed.toLowerCase(Locale.ROOT).endsWith(suffix)) {
      return trimmed.substring(0, trimmed.length() - suffix.length());
    }
    return trimmed;
  }

  private String phoneIfValid(String phone) {
    if (phone == null || phone.isBlank()) {
      return null;
    }
    return beanValidator.validateValue(Contact.class, "phoneNumber", phone).isEmpty()
        ? phone
        : null;
  }

  private static MapBindingResult inWireTerms(BeanPropertyBindingResult checked) {
    MapBindingResult renamed = new MapBindingResult(new HashMap<>(), OBJECT_NAME);
    for (ObjectError error : checked.getAllErrors()) {
      if (error instanceof FieldError fieldError) {
        String field = wireField(fieldError.getField());
        if (renamed.hasFieldErrors(field)) {
          // the contact and the billing profile share the request's names and e-mail
          continue;
        }
        renamed.addError(
            new FieldError(
                OBJECT_NAME,
                field,
                fieldError.getRejectedValue(),
                false,
                fieldError.getCodes(),
                fieldError.getArguments(),
                fieldError.getDefaultMessage()));
      } else {
        renamed.addError(error);
      }
    }
    return renamed;
  }

  /** The request path of a domain property path; an address field keeps its name. */
  private static String wireField(String domainField) {
    String mapped = WIRE_FIELDS.get(domainField);
    if (mapped != null) {
      return mapped;
    }
    if (domainField.startsWith("billing.address.")) {
      return "billingProfile.defaultAddress." + domainField.substring("billing.address.".length());
    }
    return domainField;
  }

  private static String firstNonNull(String preferred, String fallback) {
    return preferred != null ? preferred : fallback;
  }
}
