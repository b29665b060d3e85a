package cn.xiaoan.oversight;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.TodoSource;
import cn.xiaoan.shared.TodoSource.Todo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The home page's 待办: every module's {@link TodoSource}, each asked once with a limit,
 * merged most urgent first — overdue, then by due time, undated last.
 */
@Component
class HomeTodos {

	private static final Logger log = LoggerFactory.getLogger(HomeTodos.class);

	/** How many things each source may give, and the list shows. */
	static final int PER_SOURCE = 10;

	static final int SHOWN = 20;

	static final Comparator<Todo> URGENT_FIRST = Comparator.comparing((Todo t) -> !t.overdue())
		.thenComparing(Todo::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Todo::title);

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final List<TodoSource> sources;

	private final Clock clock;

	HomeTodos(List<TodoSource> sources, Clock clock) {
		this.sources = List.copyOf(sources);
		this.clock = clock;
	}

	/** A to-do as the page shows it, its deadline in the installation's zone. */
	record Item(Todo todo, String due) {
	}

	List<Item> of(CurrentUser user, Locale locale) {
		List<Todo> all = new ArrayList<>();
		for (TodoSource source : sources) {
			try {
				all.addAll(source.todosFor(user, locale, PER_SOURCE));
			}
			catch (RuntimeException ex) {
				// one module's failure must not take the home page with it
				log.warn("To-do source {} failed", source.getClass().getSimpleName(), ex);
			}
		}
		return all.stream()
			.sorted(URGENT_FIRST)
			.limit(SHOWN)
			.map(t -> new Item(t, t.due() == null ? null : DUE.format(t.due().atZone(clock.getZone()))))
			.toList();
	}

}
