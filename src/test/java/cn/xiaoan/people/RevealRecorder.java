package cn.xiaoan.people;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.xiaoan.shared.PersonalDataRevealed;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Hears every reveal of personal data, so tests can check that a reveal is announced. */
@Component
class RevealRecorder {

	final List<PersonalDataRevealed> heard = new CopyOnWriteArrayList<>();

	@EventListener
	void on(PersonalDataRevealed revealed) {
		heard.add(revealed);
	}

}
