package cn.csp.portal.web.customers;

import java.util.LinkedHashMap;
import java.util.Map;

/** Step 1 of the "Add customer" wizard with every field filled, for the wizard's tests. */
public final class CustomerWizardSteps {

  private CustomerWizardSteps() {}

  public static Map<String, String> accountInfo(String companyName, String prefix) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("companyName", companyName);
    fields.put("domainPrefix", prefix);
    fields.put("primaryContact.firstName", "Fang");
    fields.put("primaryContact.lastName", "Wang");
    fields.put("primaryContact.email", "it@" + prefix + ".example.cn");
    fields.put("billing.companyName", companyName);
    fields.put("billing.firstName", "Fang");
    fields.put("billing.lastName", "Wang");
    fields.put("billing.email", "billing@" + prefix + ".example.cn");
    fields.put("billing.address.addressLine1", "Zhongguancun 1");
    fields.put("billing.address.city", "Beijing");
    fields.put("billing.address.postalCode", "100080");
    fields.put("billing.address.country", "CN");
    fields.put("billing.culture", "zh-CN");
    fields.put("billing.language", "zh");
    return fields;
  }
}
