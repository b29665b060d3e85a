package cn.xiaoan.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolClass;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.people.privacy.PersonalDataCipher;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.ImportProblem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registered students an import's rows clash with, by student number or ID-card
 * number. A holder in the importer's scope is a problem of the row, described by what the
 * importer may see anyway (school when another, class, masked name); a holder outside it
 * is only a claim on its record (ADR 0014), never described.
 */
@Component
class ExistingStudents {

	private static final int CHUNK = 10_000;

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	private final SchoolStructure structure;

	private final OrgManagement org;

	ExistingStudents(JdbcClient jdbc, PersonalDataCipher cipher, SchoolStructure structure, OrgManagement org) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.structure = structure;
		this.org = org;
	}

	/** What the clashes of a file come to: problems to report, claims to file. */
	record Clashes(List<ImportProblem> problems, Map<Integer, Map.Entry<StudentClaims.Holder, String>> heldElsewhere) {
	}

	/**
	 * Checks every student number and ID-card number of the file (row by value), whether
	 * or not its row has problems of its own, so one report names them all.
	 */
	Clashes find(long importingSchoolId, DataScope scope, Map<String, Integer> numbers, Map<String, Integer> cards) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<Integer, Map.Entry<StudentClaims.Holder, String>> heldElsewhere = new HashMap<>();
		Descriptions descriptions = new Descriptions(importingSchoolId);
		match("student_no", numbers, "A 学籍号", "student.no.taken", "STUDENT_NO", scope, descriptions, problems,
				heldElsewhere);
		// every key's blind index: rows are re-indexed in the background after a key
		// rotation
		Map<String, Integer> indexes = new HashMap<>();
		cards.forEach((card, row) -> cipher.blindIndexes(card).forEach(index -> indexes.put(index, row)));
		match("id_card_hash", indexes, "C 身份证号", "idcard.taken", "ID_CARD", scope, descriptions, problems,
				heldElsewhere);
		return new Clashes(problems, heldElsewhere);
	}

	/**
	 * The registered students holding one of {@code rows}' values in {@code column}: a
	 * problem of its row when the importer may see the holder, else a claim to file.
	 */
	private void match(String column, Map<String, Integer> rows, String header, String key, String kind,
			DataScope scope, Descriptions descriptions, List<ImportProblem> problems,
			Map<Integer, Map.Entry<StudentClaims.Holder, String>> heldElsewhere) {
		List<String> values = new ArrayList<>(rows.keySet());
		for (int i = 0; i < values.size(); i += CHUNK) {
			List<String> chunk = values.subList(i, Math.min(values.size(), i + CHUNK));
			jdbc.sql("select " + column + ", id, school_id, region_code, class_id, name from people.student where "
					+ column + " = any(:v) and not claim_pending")
				.param("v", chunk.toArray(String[]::new))
				.query(rs -> {
					int row = rows.get(rs.getString(1));
					var holder = new StudentClaims.Holder(rs.getLong(2), rs.getLong(3), rs.getString(4));
					if (scope.coversSchool(holder.schoolId(), holder.regionCode())) {
						problems.add(new ImportProblem(row, header, key,
								descriptions.of(holder.schoolId(), rs.getLong(5), rs.getString(6))));
					}
					else {
						heldElsewhere.put(row, Map.entry(holder, kind));
					}
				});
		}
	}

	/**
	 * "高一年级3班 张*", with the school's name first when it is not the importing one; class
	 * and school names looked up once each.
	 */
	private final class Descriptions {

		private final long importingSchoolId;

		private final Map<Long, String> classes = new HashMap<>();

		private final Map<Long, String> schools = new HashMap<>();

		Descriptions(long importingSchoolId) {
			this.importingSchoolId = importingSchoolId;
		}

		String of(long schoolId, long classId, String name) {
			String className = classes.computeIfAbsent(classId,
					id -> structure.schoolClass(id).map(SchoolClass::fullName).orElse(""));
			String school = schoolId == importingSchoolId ? ""
					: schools.computeIfAbsent(schoolId, id -> org.findSchool(id).map(SchoolSummary::name).orElse(""))
							+ " ";
			return (school + className + " " + maskedName(name)).trim();
		}

	}

	/**
	 * The family name and one star per other character: enough to recognise, not to read.
	 */
	static String maskedName(String name) {
		if (name == null || name.isEmpty()) {
			return "";
		}
		int first = name.offsetByCodePoints(0, 1);
		return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
	}

}
