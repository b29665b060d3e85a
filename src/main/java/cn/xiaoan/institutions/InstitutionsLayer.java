package cn.xiaoan.institutions;

import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.MapLayer;

import org.springframework.stereotype.Component;

/**
 * The off-campus training institutions on the county map (ADR 0047): the register's list
 * for the caller, each coloured by where it stands — banned, rectifying, without a
 * licence, compliant (white list), not yet inspected — the same states the register's
 * {@code state} filter uses.
 */
@Component
class InstitutionsLayer implements MapLayer {

	/** The states' keys, most serious first, as the register's filter takes them. */
	static final List<String> STATES = List.of("banned", "rectifying", "unlicensed", "white", "uninspected");

	private final InstitutionsManagement institutions;

	InstitutionsLayer(InstitutionsManagement institutions) {
		this.institutions = institutions;
	}

	/** An institution's state: the most serious that applies. */
	static String stateOf(InstitutionSummary i) {
		if (i.status() == InstitutionStatus.BANNED) {
			return "banned";
		}
		if (i.status() == InstitutionStatus.RECTIFYING) {
			return "rectifying";
		}
		if (!i.licensed()) {
			return "unlicensed";
		}
		return i.status() == InstitutionStatus.COMPLIANT ? "white" : "uninspected";
	}

	@Override
	public String key() {
		return "institutions";
	}

	@Override
	public String messageKey() {
		return "institutions.layer";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<State> states() {
		List<Colour> colours = List.of(Colour.RED, Colour.ORANGE, Colour.PURPLE, Colour.GREEN, Colour.GREY);
		List<State> states = new ArrayList<>();
		for (int i = 0; i < STATES.size(); i++) {
			String key = STATES.get(i);
			states.add(new State(key, colours.get(i), "institutions.layer." + key, "/institutions?state=" + key));
		}
		return states;
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return user.can(InstitutionsManagement.INSTITUTIONS_READ);
	}

	@Override
	public List<Feature> features(CurrentUser user) {
		return institutions.list(null)
			.stream()
			.map(i -> Feature.at(i.name(), i.longitude(), i.latitude(), stateOf(i), "/institutions/" + i.id()))
			.toList();
	}

}
