package cn.xiaoan.org;

import java.util.List;

/** One page of results and the total count. */
public record Page<T>(List<T> items, long total, int page, int size) {

	public int pages() {
		return (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

}
