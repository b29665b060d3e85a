package cn.xiaoan.audit;

import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.OperatorCommand;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar xiaoan.jar audit-verify}: seals what is pending, walks the hash chain
 * and prints the first broken link (entry and time); exits 1 when the trail was tampered
 * with, 0 when it is intact.
 */
@Component
class AuditVerifyCommand implements OperatorCommand {

	private final AuditChain chain;

	private final AuditVerification verification;

	private final AuditVerificationText text;

	AuditVerifyCommand(AuditChain chain, AuditVerification verification, AuditVerificationText text) {
		this.chain = chain;
		this.verification = verification;
		this.text = text;
	}

	@Override
	public String name() {
		return "audit-verify";
	}

	@Override
	public String description() {
		return "校验审计日志的哈希链，报告第一处断裂 (verify the audit trail's hash chain)";
	}

	@Override
	public int run(List<String> args) {
		chain.sealPending();
		AuditVerification.Result result = verification.verify();
		String line = text.of(result, Locale.SIMPLIFIED_CHINESE);
		if (result.intact()) {
			System.out.println(line);
			return 0;
		}
		System.err.println(line);
		return 1;
	}

}
