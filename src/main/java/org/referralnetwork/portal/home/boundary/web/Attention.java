package org.referralnetwork.portal.home.boundary.web;

import java.io.Serializable;
import java.util.List;

/**
 * One block of the home page: how many things wait, and the first few of them (getters: Faces EL
 * does not read records).
 */
public final class Attention<T> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long count;
  private final List<T> items;

  public Attention(long count, List<T> items) {
    this.count = count;
    this.items = List.copyOf(items);
  }

  public long getCount() {
    return count;
  }

  public List<T> getItems() {
    return items;
  }

  public boolean isNone() {
    return count == 0;
  }

  /** True when the list shows fewer than there are: the block then links to the full list. */
  public boolean isMore() {
    return count > items.size();
  }
}
