package cn.xiaoan.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One student's data on request (PIPL Art. 45) for the principal or the child's own
 * guardian: what the people module holds — profile with the full ID number, guardians
 * with their phones, consent history. Homework and other modules' records are not
 * included (ADR 0014). The download is audited as a reveal.
 */
@Service
@Transactional
class StudentDataExport {

	private final PeopleManagement people;

	private final StudentReveal reveal;

	private final GuardianConsents consents;

	StudentDataExport(PeopleManagement people, StudentReveal reveal, GuardianConsents consents) {
		this.people = people;
		this.reveal = reveal;
		this.consents = consents;
	}

	Map<String, Object> export(long studentId) {
		Role role = Callers.current().role();
		if (role != Role.PRINCIPAL && role != Role.PARENT) {
			throw new AccessDenied("only the principal or the child's guardian exports a student's data");
		}
		PeopleManagement.StudentDetail detail = people.student(studentId);
		RevealedStudent full = reveal.unchecked(studentId, Set.of(StudentReveal.ID_CARD, StudentReveal.GUARDIAN_PHONES),
				"个人信息副本（个人信息保护法第四十五条）");
		Map<String, Object> out = new LinkedHashMap<>();
		StudentView s = detail.student();
		out.put("学校", detail.school() == null ? "" : detail.school().name());
		out.put("班级", detail.schoolClass() == null ? "" : detail.schoolClass().fullName());
		out.put("学籍号", s.studentNo());
		out.put("姓名", s.name());
		out.put("出生日期", s.birthDate() != null ? s.birthDate().toString() : String.valueOf(s.birthYear()));
		out.put("身份证号", full.idCard());
		out.put("住校", s.boarder());
		out.put("监护人", full.guardians().stream().map(g -> Map.of("姓名", g.name(), "电话", g.phone())).toList());
		out.put("监护人同意记录", consents.state(studentId)
			.history()
			.stream()
			.map(c -> Map.of("监护人", c.guardian(), "关系", c.relation(), "方式",
					c.method().equals("PAPER") ? "纸质同意书" : "家长在线确认", "同意", c.given(), "时间", c.recordedAt().toString()))
			.toList());
		out.put("说明", "本文件包含学生信息模块保存的该生个人信息；作业、学习记录等其他业务数据不在本文件中，可向学校申请。");
		return out;
	}

}
