package cn.xiaoan.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 四级联网: the bureau sees its lower installations' hazards; the system administrator also
 * configures peers and sees per peer what waits, the last success and the last error.
 */
@Controller
class ExchangeController {

	private final ExchangeManagement exchange;

	private final Clock clock;

	ExchangeController(ExchangeManagement exchange, Clock clock) {
		this.exchange = exchange;
		this.clock = clock;
	}

	@GetMapping("/exchange")
	String index(Model model) {
		CurrentUser caller = Callers.current().require(ExchangeManagement.EXCHANGE_READ);
		model.addAttribute("hazards", exchange.mirroredHazards(200));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("accidents", exchange.mirroredAccidents(100));
		model.addAttribute("acknowledgements", exchange.acknowledgementsFromBelow(100));
		model.addAttribute("bullying", exchange.bullyingCountsFromBelow(100));
		boolean manage = caller.can(ExchangeManagement.EXCHANGE_MANAGE);
		model.addAttribute("manage", manage);
		model.addAttribute("peers", manage ? exchange.peers() : List.of());
		model.addAttribute("directions", List.of(PeerDirection.values()));
		return "exchange/index";
	}

	/** A refused peer goes back to the form with every error and what was typed. */
	@PostMapping("/exchange/peers")
	String save(@Valid SavePeer peer) {
		exchange.savePeer(peer);
		return "redirect:/exchange?saved";
	}

	@PostMapping("/exchange/peers/{id}/delete")
	String delete(@PathVariable long id) {
		exchange.deletePeer(id);
		return "redirect:/exchange?deleted";
	}

	@PostMapping("/exchange/peers/{id}/retry")
	String retry(@PathVariable long id) {
		exchange.retryNow(id);
		return "redirect:/exchange?retried";
	}

}
