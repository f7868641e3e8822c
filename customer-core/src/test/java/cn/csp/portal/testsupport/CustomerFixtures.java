package cn.csp.portal.testsupport;

import cn.csp.portal.customer.CustomerBillingProfile;
import cn.csp.portal.customer.NewCustomer;
import cn.csp.portal.partner.Address;
import cn.csp.portal.partner.Contact;
import java.util.concurrent.ThreadLocalRandom;

/** Builders for customer test data, with a fresh domain prefix on every call. */
public final class CustomerFixtures {

  private CustomerFixtures() {}

  public static String uniquePrefix() {
    return "cust" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
  }

  public static NewCustomer aCustomer(String companyName) {
    return aCustomer(companyName, uniquePrefix());
  }

  public static NewCustomer aCustomer(String companyName, String prefix) {
    Contact contact = new Contact("Fang", "Wang", "it@" + prefix + ".example.cn", null);
    return new NewCustomer(
        companyName, prefix, contact, aBillingProfile(companyName, prefix), null);
  }

  public static CustomerBillingProfile aBillingProfile(String companyName, String prefix) {
    return new CustomerBillingProfile(
        companyName,
        "Fang",
        "Wang",
        "billing@" + prefix + ".example.cn",
        new Address("1 Zhongguancun Street", null, "Beijing", "Beijing", "100080", "CN"),
        "zh-CN",
        "zh");
  }
}
