package cn.xiaoan.people;

import java.util.List;

/** What a reveal returns: null for a field not asked for. */
record RevealedStudent(long studentId, String idCard, List<Guardian> guardians) {

	record Guardian(long id, String name, String phone) {
	}

}
