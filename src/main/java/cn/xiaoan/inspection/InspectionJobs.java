package cn.xiaoan.inspection;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Generates the tasks of the new period. Hourly rather than at midnight only, so an
 * instance that was down at midnight catches up within the hour; the generation is
 * idempotent, so other instances running it too do no harm.
 */
@Component
class InspectionJobs {

	private static final Logger log = LoggerFactory.getLogger(InspectionJobs.class);

	private final TaskGenerator generator;

	private final Clock clock;

	InspectionJobs(TaskGenerator generator, Clock clock) {
		this.generator = generator;
		this.clock = clock;
	}

	@Scheduled(cron = "0 5 * * * *")
	void generateDueTasks() {
		int created = generator.generateDueTasks(LocalDate.now(clock));
		if (created > 0) {
			log.info("Generated {} inspection tasks", created);
		}
	}

}
