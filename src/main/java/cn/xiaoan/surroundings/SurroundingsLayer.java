package cn.xiaoan.surroundings;

import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.MapLayer;

import org.springframework.stereotype.Component;

/**
 * The risky venues on the county map (ADR 0047): the flagged venues of the register's
 * list for the caller (a forbidden kind inside a school's protected zone, or an issue),
 * coloured by their case — open, overdue, closed — the same states the register's
 * {@code state} filter uses. The school gates known in the caller's scope are the map's
 * landmarks.
 */
@Component
class SurroundingsLayer implements MapLayer {

	/** The states' keys, as the register's {@code state} filter takes them. */
	static final List<String> STATES = List.of("overdue", "open", "closed");

	private final SurroundingsManagement register;

	SurroundingsLayer(SurroundingsManagement register) {
		this.register = register;
	}

	/** A flagged venue's state; null for a venue not flagged. */
	static String stateOf(VenueSummary v) {
		if (!v.flagged()) {
			return null;
		}
		if (v.caseState() == CaseState.OPEN || v.caseState() == null) {
			return v.overdue() ? "overdue" : "open";
		}
		return "closed";
	}

	@Override
	public String key() {
		return "surroundings";
	}

	@Override
	public String messageKey() {
		return "surroundings.layer";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<State> states() {
		List<Colour> colours = List.of(Colour.RED, Colour.ORANGE, Colour.BLUE);
		List<State> states = new ArrayList<>();
		for (int i = 0; i < STATES.size(); i++) {
			String key = STATES.get(i);
			states.add(new State(key, colours.get(i), "surroundings.layer." + key, "/surroundings?state=" + key));
		}
		return states;
	}

	@Override
	public boolean visibleTo(CurrentUser user) {
		return user.can(SurroundingsPermissions.READ);
	}

	@Override
	public List<Feature> features(CurrentUser user) {
		return register.list()
			.stream()
			.filter(VenueSummary::flagged)
			.map(v -> Feature.at(v.name(), v.longitude(), v.latitude(), stateOf(v), "/surroundings/venues/" + v.id()))
			.toList();
	}

	@Override
	public List<Landmark> landmarks(CurrentUser user) {
		return register.positions()
			.stream()
			.filter(p -> p.longitude() != null && p.latitude() != null)
			.map(p -> new Landmark(p.name(), p.longitude(), p.latitude()))
			.toList();
	}

}
