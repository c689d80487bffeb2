package io.postgate.screening;

/**
 * Decides review routing. Implemented by the workflow module with the same DMN decision the approval
 * process uses, so ad-hoc screening and the process never disagree.
 */
public interface RoutingDecider {

	Routing decide(RoutingFacts facts);
}
