package co.gov.icetex.participa.shared.paging;

import java.util.List;

/**
 * One page of a longer list: {@code page} counts from 1; {@code total} is the length of the whole
 * list.
 */
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

  /**
   * Position of this page's first item, from 1 ("Mostrando 21–40 de 95"); 0 when there are none.
   */
  public long firstItem() {
    return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
  }

  public long lastItem() {
    return items.isEmpty() ? 0 : (long) (page - 1) * size + items.size();
  }

  /**
   * The page numbers a pager shows: the first, the last, and two either side of this one; a 0
   * stands for the gap between them ("1 … 4 5 6 7 8 … 20").
   */
  public List<Long> pageWindow() {
    long last = pages();
    var shown = new java.util.TreeSet<Long>(List.of(1L, last));
    for (long n = Math.max(1, page - 2); n <= Math.min(last, page + 2); n++) {
      shown.add(n);
    }
    var numbers = new java.util.ArrayList<Long>();
    for (long n : shown) {
      if (!numbers.isEmpty() && numbers.get(numbers.size() - 1) != n - 1) {
        numbers.add(0L);
      }
      numbers.add(n);
    }
    return numbers;
  }
}
