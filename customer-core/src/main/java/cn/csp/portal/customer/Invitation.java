package cn.csp.portal.customer;

/**
 * A partner's reseller relationship invitation (spec 2.29): one permanent, reusable link per
 * partner that carries no customer data, and the e-mail text around it, whose first two paragraphs
 * the partner may rewrite (null: the default text in the reader's language).
 *
 * @param path the link's path in the customer admin center, e.g. {@code
 *     /admin-center/invitations/<token>}
 */
public record Invitation(String token, String path, String paragraph1, String paragraph2) {

  public static final String PATH_PREFIX = "/admin-center/invitations/";
}
