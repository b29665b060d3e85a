package cn.xiaoan.liaison;

import java.util.List;

/**
 * A police station with what it covers and its police accounts, each as id and name (a
 * township's code, a school's id, an account's id).
 */
public record StationView(long id, String countyCode, String name, String address, String phone, List<Named> townships,
		List<Named> schools, List<Named> officers) {

	/** Something the station covers or holds, by id and name. */
	public record Named(String id, String name) {
	}

	public List<String> townshipCodes() {
		return townships.stream().map(Named::id).toList();
	}

	public List<Long> schoolIds() {
		return schools.stream().map(n -> Long.valueOf(n.id())).toList();
	}

	public List<Long> officerIds() {
		return officers.stream().map(n -> Long.valueOf(n.id())).toList();
	}

}
