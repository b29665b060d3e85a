package cn.xiaoan.opinion;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words the audit trail, inbox arguments and timeline keep: labels in Chinese, never
 * enum names, and moments in the installation's zone (Beijing time).
 */
@Component
class Words {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	Words(MessageSource messages) {
		this.messages = messages;
	}

	String label(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

	static String minute(Instant at) {
		return at == null ? "" : MINUTE.format(at.atZone(ZoneId.systemDefault()));
	}

}
