package cn.xiaoan.warning;

import java.util.List;

import cn.xiaoan.support.Demo;

/**
 * The schools of 藤县 in the test data and a principal's account for each that has none
 * (the demo gives accounts to the demo school only), so tests can acknowledge as them.
 */
public final class WarningSchools {

	private WarningSchools() {
	}

	/** The username of a principal of the school, created once. */
	public static String principalOf(Demo demo, long schoolId) {
		String username = "wprincipal" + schoolId;
		demo.jdbc().sql("""
				insert into people.account (username, password_hash, display_name, role, region_code, school_id)
				select :u, a.password_hash, '校长' || :id, 'PRINCIPAL', s.region_code, s.id
				from people.account a, org.school s where a.username = 'principal' and s.id = :id
				on conflict (username) do nothing""").param("u", username).param("id", schoolId).update();
		return username;
	}

	/** 藤县's schools other than the demo school, in id order. */
	public static List<Long> neighbours(Demo demo) {
		long own = demo.schoolOf("principal");
		return demo.schoolsIn("450422").stream().filter(id -> id != own).sorted().toList();
	}

}
