package cn.xiaoan.liaison;

import java.time.LocalDate;

/** One duty in a 法治副校长's log. */
public record DutyView(long id, LocalDate doneOn, DutyKind kind, String what, String byName) {
}
