package co.gov.icetex.participa.shared.paging;

import java.util.List;

/** One page of a longer list: {@code page} counts from 1; {@code total} is the length of the whole list. */
public record Paged<T>(List<T> items, long total, int page, int size) {

  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 20;

  public int firstResult() {
    return (page - 1) * size;
  }

  public boolean hasNext() {
    return (long) page * size < total;
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public long pages() {
    return total == 0 ? 1 : (total + size - 1) / size;
  }
}
