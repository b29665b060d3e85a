package cn.xiaoan.audit;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A verification's result in words, times in the installation's zone. */
@Component
class AuditVerificationText {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final MessageSource messages;

	private final Clock clock;

	AuditVerificationText(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	String of(AuditVerification.Result result, Locale locale) {
		if (result.intact()) {
			return messages.getMessage("audit.verify.intact", new Object[] { String.valueOf(result.checked()),
					String.valueOf(result.headSeq()), result.headHash() }, locale);
		}
		String at = result.at() == null ? "" : TIME.format(result.at().atZoneSameInstant(clock.getZone()));
		return messages.getMessage("audit.verify." + result.problem().name(),
				new Object[] { String.valueOf(result.entryId()), at, String.valueOf(result.checked()) }, locale);
	}

}
