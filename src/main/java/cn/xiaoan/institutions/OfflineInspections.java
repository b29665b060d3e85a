package cn.xiaoan.institutions;

import java.util.Optional;
import java.util.UUID;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections sent from a phone that kept them offline (ADR 0048). A resend of a stored
 * client id is answered with that inspection before the rules run again — by then the
 * institution may be banned or compliant, and the inspection already counts; another
 * person's id is not found; an id that recorded another institution's inspection is a
 * mistake of the phone.
 */
@Service
@Transactional
public class OfflineInspections {

	private final InstitutionChecks checks;

	private final Inspections inspections;

	private final InstitutionAccess access;

	OfflineInspections(InstitutionChecks checks, Inspections inspections, InstitutionAccess access) {
		this.checks = checks;
		this.inspections = inspections;
		this.access = access;
	}

	/**
	 * Refuses a caller who does not keep this institution (403) or does not see it (404).
	 */
	public void requireKept(long institutionId) {
		access.editable(Callers.current().require(InstitutionsManagement.INSTITUTIONS_EDIT), institutionId);
	}

	/** Stores the inspection once per client id and says whether this call stored it. */
	public InstitutionChecks.Received inspectOnce(long institutionId, UUID clientId, InspectInstitution command) {
		CurrentUser caller = Callers.current().require(InstitutionsManagement.INSTITUTIONS_EDIT);
		if (clientId == null) {
			throw new BusinessRuleViolation("clientId", "offline.clientId.required");
		}
		access.editable(caller, institutionId);
		Optional<Long> stored = inspections.byClientId(clientId, caller.accountId());
		if (stored.isPresent()) {
			InspectionView view = inspections.view(stored.get());
			if (view.institutionId() != institutionId) {
				throw new BusinessRuleViolation("clientId", "institutions.error.clientIdReused");
			}
			return new InstitutionChecks.Received(view, false);
		}
		return checks.inspect(institutionId, command, clientId);
	}

}
