package cn.csp.portal.customer;

import java.util.List;

/**
 * One page of a customer's users, read by position rather than by offset.
 *
 * @param totalCount how many users the customer has in all
 * @param hasMore whether users follow the last one of this page
 */
public record CustomerUserWindow(List<CustomerUser> users, long totalCount, boolean hasMore) {

  public CustomerUserWindow {
    users = List.copyOf(users);
  }
}
