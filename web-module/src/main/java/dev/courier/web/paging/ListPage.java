package dev.courier.web.paging;

import java.util.List;

/** One page of a list: how many match in all, which page this is, and its items. */
public record ListPage<T>(long total, int page, int size, List<T> items) {

  public ListPage(long total, Paging paging, List<T> items) {
    this(total, paging.page(), paging.size(), items);
  }
}
