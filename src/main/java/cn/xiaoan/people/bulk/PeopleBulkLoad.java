package cn.xiaoan.people.bulk;

import cn.xiaoan.people.NewStaff;
import cn.xiaoan.people.NewStudent;
import cn.xiaoan.people.privacy.PersonalDataCipher;
import cn.xiaoan.people.privacy.PersonalDataMask;

import cn.xiaoan.people.privacy.PersonalDataCipher;
import cn.xiaoan.shared.CopyRows;

import java.util.List;

import javax.sql.DataSource;

import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many students, guardians, staff and their accounts with COPY, in the caller's
 * transaction. Used by the Excel imports (after every row was validated) and by the data
 * generators. Accounts share one precomputed password hash: hashing 100,000 passwords one
 * by one would take hours.
 */
@Component
public class PeopleBulkLoad {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final PersonalDataCipher cipher;

	PeopleBulkLoad(JdbcClient jdbc, DataSource dataSource, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.cipher = cipher;
	}

	/**
	 * Inserts students, one guardian each where given, and a student and a parent account
	 * (usernames = student number and "P" + student number) when {@code passwordHash} is
	 * not null.
	 */
	@Transactional
	public int students(List<NewStudent> students, String passwordHash, boolean mustChangePassword) {
		if (students.isEmpty()) {
			return 0;
		}
		long[] studentIds = nextIds("people.student_id_seq", students.size());
		long guardianCount = students.stream()
			.filter(s -> s.guardianName() != null && !s.guardianName().isBlank())
			.count();
		long[] guardianIds = nextIds("people.guardian_id_seq", (int) guardianCount);
		CopyRows studentRows = new CopyRows();
		CopyRows guardianRows = new CopyRows();
		CopyRows links = new CopyRows();
		CopyRows accounts = new CopyRows();
		int g = 0;
		for (int i = 0; i < students.size(); i++) {
			NewStudent s = students.get(i);
			boolean hasCard = s.idCard() != null && !s.idCard().isBlank();
			studentRows.add(studentIds[i])
				.add(s.schoolId())
				.add(s.regionCode())
				.add(s.classId())
				.add(s.studentNo())
				.add(s.name())
				.add(s.gender())
				.add(s.birthDate())
				.add(hasCard ? cipher.encrypt(s.idCard()) : null)
				.add(hasCard ? cipher.blindIndex(s.idCard()) : null)
				.add(hasCard ? PersonalDataMask.idCard(s.idCard()) : "")
				.add(s.boarder())
				.endRow();
			if (passwordHash != null) {
				account(accounts, s.studentNo(), s.name(), Role.STUDENT, s.regionCode(), s.schoolId(), studentIds[i],
						passwordHash, mustChangePassword);
			}
			if (s.guardianName() != null && !s.guardianName().isBlank()) {
				long guardianId = guardianIds[g++];
				String phone = s.guardianPhone() == null ? "" : s.guardianPhone();
				guardianRows.add(guardianId)
					.add(s.regionCode())
					.add(s.guardianName())
					.add(phone.isEmpty() ? null : cipher.encrypt(phone))
					.add(PersonalDataCipher.maskPhone(phone))
					.endRow();
				links.add(studentIds[i]).add(guardianId).add(s.guardianRelation()).endRow();
				if (passwordHash != null) {
					account(accounts, "P" + s.studentNo(), s.guardianName(), Role.PARENT, s.regionCode(), s.schoolId(),
							guardianId, passwordHash, mustChangePassword);
				}
			}
		}
		studentRows.copyInto(dataSource,
				"people.student (id, school_id, region_code, class_id, student_no, name, gender, "
						+ "birth_date, id_card_enc, id_card_hash, id_card_masked, boarder)");
		guardianRows.copyInto(dataSource, "people.guardian (id, region_code, name, phone_enc, phone_masked)");
		links.copyInto(dataSource, "people.student_guardian (student_id, guardian_id, relation)");
		copyAccounts(accounts);
		return students.size();
	}

	/** Inserts staff and, where a username is given, their accounts. */
	@Transactional
	public int staff(List<NewStaff> staff, String passwordHash, boolean mustChangePassword) {
		if (staff.isEmpty()) {
			return 0;
		}
		long[] ids = nextIds("people.staff_id_seq", staff.size());
		CopyRows rows = new CopyRows();
		CopyRows accounts = new CopyRows();
		for (int i = 0; i < staff.size(); i++) {
			NewStaff s = staff.get(i);
			String phone = s.phone() == null ? "" : s.phone();
			rows.add(ids[i])
				.add(s.schoolId())
				.add(s.regionCode())
				.add(s.name())
				.add(s.gender())
				.add(phone.isEmpty() ? null : cipher.encrypt(phone))
				.add(PersonalDataCipher.maskPhone(phone))
				.add(s.postCode())
				.add(s.departmentId())
				.add(s.fullTime())
				.add(s.headClassId())
				.add(s.employeeNo() == null ? "" : s.employeeNo())
				.endRow();
			if (s.accountUsername() != null) {
				account(accounts, s.accountUsername(), s.name(), Role.valueOf(s.accountRole()), s.regionCode(),
						s.schoolId(), ids[i], passwordHash, mustChangePassword);
			}
		}
		rows.copyInto(dataSource, "people.staff (id, school_id, region_code, name, gender, phone_enc, phone_masked, "
				+ "post_code, department_id, full_time, head_class_id, employee_no)");
		copyAccounts(accounts);
		return staff.size();
	}

	/**
	 * What a partner account loaded without a choice of its own is shown: the school
	 * information and security staffing police liaisons saw before data kinds existed.
	 */
	public static final String DEFAULT_PARTNER_KINDS = "SCHOOL_BASIC,SECURITY";

	/** An account without a person record: bureau staff, police liaison, system admin. */
	@Transactional
	public void officialAccount(String username, String displayName, Role role, String regionCode, Long schoolId,
			Long personId, String passwordHash, boolean mustChangePassword) {
		officialAccount(username, displayName, role, regionCode, schoolId, personId, passwordHash, mustChangePassword,
				role.isPartner() ? DEFAULT_PARTNER_KINDS : "");
	}

	/**
	 * A partner department's account shown the given data kinds (comma-separated
	 * {@code DataKind} names).
	 */
	@Transactional
	public void partnerAccount(String username, String displayName, Role role, String regionCode, String passwordHash,
			String dataKinds) {
		officialAccount(username, displayName, role, regionCode, null, null, passwordHash, false, dataKinds);
	}

	private void officialAccount(String username, String displayName, Role role, String regionCode, Long schoolId,
			Long personId, String passwordHash, boolean mustChangePassword, String dataKinds) {
		jdbc.sql("""
				insert into people.account (username, password_hash, display_name, role, region_code, school_id,
				                            person_id, must_change_password, data_kinds)
				values (:u, :h, :d, :r, :region, :school, :person, :must, :kinds)""")
			.param("kinds", dataKinds)
			.param("u", username)
			.param("h", passwordHash)
			.param("d", displayName)
			.param("r", role.name())
			.param("region", regionCode)
			.param("school", schoolId)
			.param("person", personId)
			.param("must", mustChangePassword)
			.update();
	}

	public List<String> existingUsernames(java.util.Collection<String> usernames) {
		return jdbc.sql("select username from people.account where username = any(:u)")
			.param("u", usernames.toArray(String[]::new))
			.query(String.class)
			.list();
	}

	public long studentIdByNo(String studentNo) {
		return jdbc.sql("select id from people.student where student_no = :n")
			.param("n", studentNo)
			.query(Long.class)
			.single();
	}

	public List<Long> guardianIdsOf(long studentId) {
		return jdbc.sql("select guardian_id from people.student_guardian where student_id = :s order by guardian_id")
			.param("s", studentId)
			.query(Long.class)
			.list();
	}

	public boolean hasAccounts() {
		return jdbc.sql("select exists (select 1 from people.account)").query(Boolean.class).single();
	}

	private static void account(CopyRows accounts, String username, String displayName, Role role, String region,
			Long schoolId, long personId, String hash, boolean mustChange) {
		accounts.add(username)
			.add(hash)
			.add(displayName)
			.add(role.name())
			.add(region)
			.add(schoolId)
			.add(personId)
			.add(mustChange)
			.endRow();
	}

	private void copyAccounts(CopyRows accounts) {
		accounts.copyInto(dataSource, "people.account (username, password_hash, display_name, role, region_code, "
				+ "school_id, person_id, must_change_password)");
	}

	private long[] nextIds(String sequence, int n) {
		if (n == 0) {
			return new long[0];
		}
		return jdbc.sql("select nextval('" + sequence + "') from generate_series(1, :n)")
			.param("n", n)
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

}
