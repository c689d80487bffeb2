package io.postgate.screening;

import io.postgate.screening.rules.RuleEngine;
import io.postgate.screening.rules.RuleSetView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The loaded rule packs and brand glossary, for compliance officers and admins (the Rules page). */
@RestController
class RulesController {

	private final RuleEngine rules;

	RulesController(RuleEngine rules) {
		this.rules = rules;
	}

	@GetMapping("/api/rules")
	RuleSetView rules() {
		return RuleSetView.of(rules.ruleSet());
	}
}
