package cn.xiaoan.liaison;

import java.time.LocalDate;

/** A 法治副校长 appointment with the duties logged and where it stands today. */
public record DeputyView(long id, long schoolId, String regionCode, String schoolName, String name, String policeUnit,
		String phone, LocalDate startsOn, LocalDate endsOn, int duties, LocalDate lastDutyOn, DeputyStatus status) {
}
