package cn.xiaoan.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import cn.xiaoan.education.bulk.EducationGeneration;
import cn.xiaoan.org.bulk.OrgBulkLoad;
import cn.xiaoan.platform.DatabaseRoles;
import cn.xiaoan.people.bulk.PeopleGeneration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The province's education at scale ({@code xiaoan.generate.education=true} on top of
 * {@code xiaoan.generate.province-schools}): five grades of three classes in every
 * generated school, {@code xiaoan.generate.students} students spread evenly over them, a
 * guardian for four of five students, a student and a parent account each (all with the
 * demo password), and one campaign issued by 广西 (450000) with homework for every class
 * and an assignment per student, partly done. Set-based SQL in chunks on two connections,
 * secondary indexes dropped during the load and built once after it.
 */
final class ProvinceEducation {

	private static final Logger log = LoggerFactory.getLogger(ProvinceEducation.class);

	static final List<String> GRADES = List.of("一年级", "二年级", "三年级", "四年级", "五年级");

	private static final int CLASSES_PER_CHUNK = 10_000;

	private static final int HOMEWORK_PER_CHUNK = 1_000;

	private final OrgBulkLoad org;

	private final PeopleGeneration people;

	private final EducationGeneration education;

	private final DatabaseRoles roles;

	ProvinceEducation(OrgBulkLoad org, PeopleGeneration people, EducationGeneration education, DatabaseRoles roles) {
		this.org = org;
		this.people = people;
		this.education = education;
		this.roles = roles;
	}

	/** Answers the classes, students, assignments added and the campaign id. */
	long[] generate(long students, String passwordHash, LocalDate today) {
		long start = System.nanoTime();
		long[] classes = org.uniformClasses("3", GRADES, 3,
				today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1);
		lap("classes " + classes.length, start);
		List<String> peopleIndexes = people.dropIndexes();
		List<String> assignmentIndexes = education.dropIndexes();
		long guardianBase = people.guardianBase();
		// 一年级 is six on 1 September of the school year
		int schoolYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
		LocalDate firstGradeBornFrom = LocalDate.of(schoolYear - 7, 9, 2);
		int base = (int) (students / classes.length);
		int extra = (int) (students % classes.length);
		long added = parallel((classes.length + CLASSES_PER_CHUNK - 1) / CLASSES_PER_CHUNK, chunk -> {
			int from = chunk * CLASSES_PER_CHUNK;
			int to = Math.min(classes.length, from + CLASSES_PER_CHUNK);
			int[] sizes = new int[to - from];
			for (int i = from; i < to; i++) {
				sizes[i - from] = base + (i < extra ? 1 : 0);
			}
			return people.students(Arrays.copyOfRange(classes, from, to), sizes, guardianBase, passwordHash,
					ChineseNames.SURNAMES, ChineseNames.GIVEN, firstGradeBornFrom);
		});
		lap("students " + added, start);
		people.createIndexes(peopleIndexes);
		lap("people indexes", start);
		LocalDate startsOn = today.minusDays(10);
		long[] campaign = education.campaign("2026年秋季全省中小学生防溺水安全教育专题活动", "450000", "广西壮族自治区教育厅安全干部", startsOn,
				today.plusDays(30), classes);
		long assigned = parallel((campaign.length - 1 + HOMEWORK_PER_CHUNK - 1) / HOMEWORK_PER_CHUNK, chunk -> {
			int from = 1 + chunk * HOMEWORK_PER_CHUNK;
			int to = Math.min(campaign.length - 1, from + HOMEWORK_PER_CHUNK - 1);
			return education.assignments(campaign[from], campaign[to], startsOn);
		});
		lap("assignments " + assigned, start);
		education.createIndexes(assignmentIndexes, campaign[0]);
		lap("assignment indexes and rate tallies", start);
		return new long[] { classes.length, added, assigned, campaign[0] };
	}

	/**
	 * Runs {@code chunks} tasks on two owner connections (bulk loads skip the roll-up
	 * triggers only as the owner); answers the sum of their counts.
	 */
	private long parallel(int chunks, IntFunction<Long> task) {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Long>> results = new ArrayList<>();
			for (int c = 0; c < chunks; c++) {
				int chunk = c;
				results.add(pool.submit(() -> roles.asOwner(() -> task.apply(chunk))));
			}
			long sum = 0;
			for (Future<Long> result : results) {
				sum += result.get();
			}
			return sum;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void lap(String what, long start) {
		log.info("Province education: {} after {} s", what, (System.nanoTime() - start) / 1_000_000_000);
	}

}
