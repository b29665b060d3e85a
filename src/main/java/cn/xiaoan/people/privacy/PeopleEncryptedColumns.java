package cn.xiaoan.people.privacy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The columns of {@code people} holding personal data, re-encrypted when the key turns.
 */
@Configuration(proxyBeanMethods = false)
class PeopleEncryptedColumns {

	@Bean
	ReEncryptor studentIdCards(EncryptedColumns columns) {
		return columns.of("people.student.id_card", "people.student", "id_card_enc", "id_card_hash");
	}

	@Bean
	ReEncryptor guardianPhones(EncryptedColumns columns) {
		return columns.of("people.guardian.phone", "people.guardian", "phone_enc", null);
	}

	@Bean
	ReEncryptor staffPhones(EncryptedColumns columns) {
		return columns.of("people.staff.phone", "people.staff", "phone_enc", null);
	}

}
