package cn.csp.portal.web.form;

/**
 * The page of a server-side list that a request asks for: its {@code page} parameter, counted from
 * 0. Only the number: the size and the order are the server's ({@link ListPaging#page}). A missing,
 * malformed or negative number asks for the first page, so that a hand-edited link shows the list
 * rather than an error.
 *
 * <p>A controller takes it as a parameter ({@link ListPageArgumentResolver}). Spring Data's {@code
 * Pageable} would also read {@code size} and {@code sort}, only for {@code ListPaging} to drop
 * them, and it parses the handler method's parameter annotations anew on every request.
 */
public record ListPage(int number) {

  public static final String PARAMETER = "page";

  public static final ListPage FIRST = new ListPage(0);

  public ListPage {
    if (number < 0) {
      throw new IllegalArgumentException("a page number counts from 0: " + number);
    }
  }

  /** The page a {@code page} parameter's value asks for (null when there is none). */
  public static ListPage of(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return FIRST;
    }
    try {
      int number = Integer.parseInt(parameter.strip());
      return number > 0 ? new ListPage(number) : FIRST;
    } catch (NumberFormatException notANumber) {
      // beyond int: the last page there can be; anything else is no number at all
      return parameter.strip().matches("\\d+") ? new ListPage(Integer.MAX_VALUE) : FIRST;
    }
  }
}
