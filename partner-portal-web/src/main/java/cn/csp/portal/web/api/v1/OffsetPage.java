package cn.csp.portal.web.api.v1;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A page that starts at any offset, not only at a multiple of its size: the {@code /v1} lists take
 * {@code offset} and {@code size} as the SDK sends them. The order is the facade's.
 */
record OffsetPage(long offset, int size) implements Pageable {

  OffsetPage {
    if (offset < 0 || size < 1) {
      throw new IllegalArgumentException("offset >= 0 and size >= 1");
    }
  }

  @Override
  public int getPageNumber() {
    return (int) (offset / size);
  }

  @Override
  public int getPageSize() {
    return size;
  }

  @Override
  public long getOffset() {
    return offset;
  }

  @Override
  public Sort getSort() {
    return Sort.unsorted();
  }

  @Override
  public Pageable next() {
    return new OffsetPage(offset + size, size);
  }

  @Override
  public Pageable previousOrFirst() {
    return new OffsetPage(Math.max(0, offset - size), size);
  }

  @Override
  public Pageable first() {
    return new OffsetPage(0, size);
  }

  @Override
  public Pageable withPage(int pageNumber) {
    return new OffsetPage((long) pageNumber * size, size);
  }

  @Override
  public boolean hasPrevious() {
    return offset > 0;
  }
}
