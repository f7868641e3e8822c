package cn.csp.portal.web.api;

/**
 * The paging parameters of {@code /v1} lists. The SDK sends no {@code size} for a plain {@code
 * get()} and {@code size=0} for a "simple" query; both mean the default page (contract 6.7).
 */
public final class ApiPaging {

  private ApiPaging() {}

  /**
   * @throws ApiRequestRefused 400 for a negative size or one above {@code max}
   */
  public static int size(Integer requested, int defaultSize, int max) {
    if (requested == null || requested == 0) {
      return defaultSize;
    }
    if (requested < 0 || requested > max) {
      throw ApiRequestRefused.badInput("size", "api.fault.pageSize", 1, max);
    }
    return requested;
  }

  /**
   * @throws ApiRequestRefused 400 for a negative offset
   */
  public static int offset(Integer requested) {
    if (requested == null) {
      return 0;
    }
    if (requested < 0) {
      throw ApiRequestRefused.badInput("offset", "api.fault.offset");
    }
    return requested;
  }
}
