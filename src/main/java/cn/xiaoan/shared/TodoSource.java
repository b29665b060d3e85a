package cn.xiaoan.shared;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a module asks a signed-in user to act on (待办): hazards to rectify, a list to sign,
 * a warning to acknowledge, a drill due, a late report. A module contributes a bean; the
 * home page gathers every source into one list, most urgent first. A source answers only
 * for the caller's own scope and role, and quickly (it runs on every home page): a count
 * query and a few rows, never a scan.
 */
public interface TodoSource {

	/** At most {@code limit} things the caller must act on, in the caller's language. */
	List<Todo> todosFor(CurrentUser user, Locale locale, int limit);

	/**
	 * One thing to act on: a translated title ("整改隐患：二楼消防通道堵塞"), an optional detail line,
	 * the page that does it, and its deadline ({@code null} when none).
	 */
	record Todo(String title, String detail, String href, Instant due, boolean overdue) {

		public Todo {
			if (title == null || title.isBlank() || href == null || !href.startsWith("/")) {
				throw new IllegalArgumentException("a to-do needs a title and a local link");
			}
		}

	}

}
