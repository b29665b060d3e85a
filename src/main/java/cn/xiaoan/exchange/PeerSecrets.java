package cn.xiaoan.exchange;

import cn.xiaoan.people.privacy.EncryptedColumns;
import cn.xiaoan.people.privacy.ReEncryptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The peers' shared secrets at rest: encrypted with the personal-data master key like
 * minors' ID-card numbers, so {@code keys-rotate} re-encrypts them, {@code keys-status}
 * counts them and {@code keys-retire} waits for them (ADR 0015, 0059). Secrets an older
 * release stored in plain text are encrypted when the application starts.
 */
@Configuration(proxyBeanMethods = false)
class PeerSecrets {

	private static final Logger log = LoggerFactory.getLogger(PeerSecrets.class);

	private final Peers peers;

	private final TransactionTemplate tx;

	/**
	 * Set in an operator command's process (restore, keys-…), which may run before the
	 * schema exists.
	 */
	private final String operatorCommand;

	PeerSecrets(Peers peers, TransactionTemplate tx, @Value("${xiaoan.operator-command:}") String operatorCommand) {
		this.peers = peers;
		this.tx = tx;
		this.operatorCommand = operatorCommand;
	}

	@Bean
	ReEncryptor peerSecretColumn(EncryptedColumns columns) {
		return columns.of("exchange.peer.secret", "exchange.peer", "secret_enc", null);
	}

	@EventListener(ApplicationReadyEvent.class)
	void encryptPlainSecrets() {
		if (!operatorCommand.isBlank()) {
			return;
		}
		Integer done = tx.execute(status -> peers.encryptPlainSecrets());
		if (done != null && done > 0) {
			log.info("Encrypted {} peer secrets stored in plain text", done);
		}
	}

}
