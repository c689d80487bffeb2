package io.postgate.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Client-side routes of the React app load index.html. Only paths without a file extension qualify,
 * and never the API, actuator or Camunda paths, which must answer 404 when nothing serves them.
 */
@Controller
class SpaForwardingController {

	private static final String ROUTE = "{first:^(?!api$|actuator$|engine-rest$|camunda$)[\\w-]+$}";
	private static final String SEGMENT = "{segment:[\\w-]+}";

	@GetMapping({ "/", "/" + ROUTE, "/" + ROUTE + "/" + SEGMENT, "/" + ROUTE + "/" + SEGMENT + "/{more:[\\w-]+}" })
	String index() {
		return "forward:/index.html";
	}
}
