package cn.xiaoan.people;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.ImportProblem;
import cn.xiaoan.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs imports in the background on behalf of the caller who started them and keeps their
 * progress in {@code people.import_job}, so the page can show it and a restart leaves a
 * readable record.
 */
@Component
class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	/** Problems answered per page of the status poll. */
	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "student-import");
		thread.setDaemon(true);
		return thread;
	});

	ImportJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	interface Work {

		void run(UUID jobId);

	}

	UUID start(String kind, long schoolId, String fileName, Work work) {
		CurrentUser caller = Callers.current();
		var context = SecurityContextHolder.getContext();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into people.import_job (id, kind, school_id, account_id, file_name, status, phase)
				values (:id, :k, :s, :a, :f, 'RUNNING', 'VALIDATING')""")
			.param("id", id)
			.param("k", kind)
			.param("s", schoolId)
			.param("a", caller.accountId())
			.param("f", fileName == null ? "" : fileName.length() > 200 ? fileName.substring(0, 200) : fileName)
			.update();
		executor.submit(() -> {
			SecurityContextHolder.setContext(context);
			try {
				work.run(id);
			}
			catch (RuntimeException ex) {
				log.error("Import {} failed", id, ex);
				fail(id, List.of(ImportProblem.ofFile("import.failed")));
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		});
		return id;
	}

	void progress(UUID id, String phase, int total, int processed) {
		jdbc.sql("update people.import_job set phase = :p, total_rows = :t, processed_rows = :n where id = :id")
			.param("p", phase)
			.param("t", total)
			.param("n", processed)
			.param("id", id)
			.update();
	}

	void done(UUID id, int imported) {
		jdbc.sql("""
				update people.import_job set status = 'DONE', phase = 'DONE', imported_rows = :n,
				       processed_rows = total_rows, finished_at = now() where id = :id""")
			.param("n", imported)
			.param("id", id)
			.update();
	}

	/**
	 * Records the problems: the first {@value ImportProblem#MAX_LISTED} (personal values
	 * already masked by the import) and how many there were in all.
	 */
	void fail(UUID id, List<ImportProblem> problems) {
		List<ImportProblem> listed = ImportProblem.bounded(problems);
		StringBuilder text = new StringBuilder();
		listed.forEach(p -> text.append(p.row())
			.append('\t')
			.append(p.column().replace('\t', ' ').replace('\n', ' '))
			.append('\t')
			.append(p.messageKey())
			.append('\t')
			.append(p.value().replace('\t', ' ').replace('\n', ' '))
			.append('\n'));
		jdbc.sql("""
				update people.import_job set status = 'FAILED', phase = 'DONE', problems = :p, problem_count = :n,
				       finished_at = now()
				where id = :id""")
			.param("p", text.toString())
			.param("n", ImportProblem.total(listed))
			.param("id", id)
			.update();
	}

	/** A job started by the caller, with the first page of its problems. */
	ImportJob find(UUID id) {
		return find(id, 0);
	}

	/**
	 * A job started by the caller, with one page of {@value #PAGE_SIZE} of its listed
	 * problems, so polling a job with thousands of bad rows stays a small answer.
	 */
	ImportJob find(UUID id, int page) {
		CurrentUser caller = Callers.current();
		return jdbc.sql("""
				select id, kind, school_id, file_name, status, phase, total_rows, processed_rows, imported_rows,
				       problems, problem_count
				from people.import_job where id = :id and account_id = :a""")
			.param("id", id)
			.param("a", caller.accountId())
			.query((rs, n) -> {
				List<ImportProblem> all = parse(rs.getString(10));
				int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
				int shown = Math.min(Math.max(0, page), pages - 1);
				List<ImportProblem> slice = all.subList(Math.min(all.size(), shown * PAGE_SIZE),
						Math.min(all.size(), (shown + 1) * PAGE_SIZE));
				return new ImportJob(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), List.copyOf(slice),
						rs.getLong(11), shown, pages);
			})
			.optional()
			.orElseThrow(() -> new NotFound("import", id));
	}

	/**
	 * Deletes the jobs that finished (or, left running by a crash, started) before the
	 * cutoff, problems and all: they point at rows of children's data. Answers how many
	 * went; several instances may run it at once, a delete is idempotent.
	 */
	int purgeFinishedBefore(java.time.Instant cutoff) {
		return jdbc.sql("delete from people.import_job where coalesce(finished_at, created_at) < :cutoff")
			.param("cutoff", java.sql.Timestamp.from(cutoff))
			.update();
	}

	private static List<ImportProblem> parse(String text) {
		List<ImportProblem> problems = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			String[] f = line.split("\t", -1);
			problems.add(new ImportProblem(Integer.parseInt(f[0]), f[1], f[2], f.length > 3 ? f[3] : ""));
		}
		return problems;
	}

}
