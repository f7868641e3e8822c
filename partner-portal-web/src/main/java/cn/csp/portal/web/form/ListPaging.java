package cn.csp.portal.web.form;

import cn.csp.portal.web.config.RequestPaths;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Server-side paging of the console's lists (and the partners' audit log): a fixed page size and
 * order, and links to other pages of the same list with its filters. Templates reach it as {@code
 * @listPaging}.
 */
@Component("listPaging")
public class ListPaging {

  public static final int PAGE_SIZE = 20;

  /** JPA takes the offset as an int: a page beyond it would fail rather than come back empty. */
  private static final int LAST_PAGE = Integer.MAX_VALUE / PAGE_SIZE - 1;

  /**
   * The requested page in the server's size and order: a request names only the page's number
   * ({@link ListPage}), so it can neither load a huge page nor name a column.
   */
  public static Pageable page(ListPage requested, Sort order) {
    return PageRequest.of(Math.min(requested.number(), LAST_PAGE), PAGE_SIZE, order);
  }

  public static Pageable page(ListPage requested) {
    return page(requested, Sort.unsorted());
  }

  /** This page's path and query (filters included) with another page number. */
  public String linkTo(int pageNumber) {
    HttpServletRequest request =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    String path = RequestPaths.withinApplication(request);
    return UriComponentsBuilder.fromPath(path)
        .query(request.getQueryString())
        .replaceQueryParam(ListPage.PARAMETER, pageNumber)
        .build()
        .toUriString();
  }
}
