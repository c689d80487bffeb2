package io.postgate.workflow;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.xml.ModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the engine only finds out at run time, checked on the model files: names in expressions resolve
 * to beans or process variables, every model sets a history time to live, ids are semantic, and the
 * diagram draws every element (so the models stay readable in Camunda Modeler).
 */
class ProcessModelContractTests {

	private static final String BPMN = "bpmn/content-approval.bpmn";
	private static final String DMN = "bpmn/review-routing.dmn";
	private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

	/** Ids as Camunda Modeler and other tools generate them: {@code Task_1}, {@code Gateway_0abc12x}, {@code sid-...}. */
	private static final Pattern GENERATED_ID = Pattern.compile("[A-Z][A-Za-z]*_[0-9][0-9a-z]*|[A-Z][A-Za-z]*_[0-9a-z]{7}|sid-.*|_[0-9a-f-]{8,}|id_\\w+");
	private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
	private static final Pattern BEAN_CALL = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)\\.([A-Za-z_]\\w*)\\s*\\(");
	private static final Pattern ROOT_NAME = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*)(?!\\s*[.(\\w])");
	private static final String[] ROUTING_OUTPUTS = { ProcessVariables.REVIEW_GROUP, ProcessVariables.LEGAL_REQUIRED,
			ProcessVariables.SLA_HOURS };
	private static final Set<String> EL_KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne", "lt", "gt", "le",
			"ge", "div", "mod", "instanceof");

	private final BpmnModelInstance process = Bpmn.readModelFromStream(resource(BPMN));
	private final DmnModelInstance routing = Dmn.readModelFromStream(resource(DMN));
	private final Map<String, Class<?>> beans = componentBeans();

	@Test
	void everyDelegateExpressionNamesAJavaDelegateBean() {
		List<String> delegates = elements(process).stream().map(element -> element.getAttributeNS(BpmnModelConstants.CAMUNDA_NS, "delegateExpression"))
				.filter(value -> !value.isEmpty()).toList();

		assertThat(delegates).isNotEmpty().allSatisfy(value -> {
			Matcher name = Pattern.compile("[$#]\\{(\\w+)}").matcher(value);
			assertThat(name.matches()).as("%s is a plain bean reference", value).isTrue();
			assertThat(beans).as("beans").containsKey(name.group(1));
			assertThat(JavaDelegate.class).as("%s implements JavaDelegate", name.group(1)).isAssignableFrom(beans.get(name.group(1)));
		});
	}

	@Test
	void everyBeanMethodCalledFromAnExpressionExistsAndIsPublic() {
		List<String[]> calls = new ArrayList<>();
		expressions(process).forEach(expression -> {
			Matcher call = BEAN_CALL.matcher(withoutStringLiterals(expression));
			while (call.find()) {
				calls.add(new String[] { call.group(1), call.group(2) });
			}
		});

		assertThat(calls).isNotEmpty().allSatisfy(call -> {
			assertThat(beans).as("beans").containsKey(call[0]);
			Class<?> type = beans.get(call[0]);
			assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public: the expression language only calls public classes", type)
					.isTrue();
			assertThat(Arrays.stream(type.getMethods()).map(Method::getName)).as("public methods of %s", type).contains(call[1]);
		});
	}

	@Test
	void everyOtherNameInAnExpressionIsAProcessVariable() {
		Set<String> known = new HashSet<>(processVariableNames());
		known.add("execution");
		process.getModelElementsByType(MultiInstanceLoopCharacteristics.class)
				.forEach(loop -> known.add(loop.getCamundaElementVariable()));
		Set<String> names = new HashSet<>();
		expressions(process).forEach(expression -> {
			Matcher name = ROOT_NAME.matcher(withoutStringLiterals(expression));
			while (name.find()) {
				names.add(name.group(1));
			}
		});
		names.removeAll(EL_KEYWORDS);
		names.removeAll(beans.keySet());

		assertThat(names).isNotEmpty().isSubsetOf(known);
	}

	@Test
	void routingDecisionReadsAndWritesProcessVariables() {
		Set<String> variables = processVariableNames();

		assertThat(routing.getModelElementsByType(Input.class)).isNotEmpty().allSatisfy(input -> {
			assertThat(input.getCamundaInputVariable()).isIn(variables);
			assertThat(input.getInputExpression().getText().getTextContent().trim()).isIn(variables);
		});
		assertThat(routing.getModelElementsByType(Output.class)).extracting(Output::getName)
				.containsExactlyInAnyOrder(ROUTING_OUTPUTS).allMatch(variables::contains);
	}

	@Test
	void everyProcessAndDecisionSetsAHistoryTimeToLive() {
		assertThat(process.getModelElementsByType(Process.class)).isNotEmpty()
				.allSatisfy(definition -> assertThat(definition.getCamundaHistoryTimeToLiveString()).as(definition.getId()).isNotBlank());
		assertThat(routing.getModelElementsByType(Decision.class)).isNotEmpty()
				.allSatisfy(decision -> assertThat(decision.getCamundaHistoryTimeToLiveString()).as(decision.getId()).isNotBlank());
	}

	@Test
	void noGeneratedIdsRemain() {
		List<String> ids = new ArrayList<>();
		for (ModelInstance model : List.of(process, routing)) {
			elements(model).stream().map(element -> element.getAttribute("id")).filter(id -> !id.isEmpty()).forEach(ids::add);
		}

		assertThat(ids).hasSizeGreaterThan(50).noneMatch(id -> GENERATED_ID.matcher(id).matches());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Task_1", "StartEvent_1", "Gateway_0abc12x", "Flow_1x2y3z4", "Activity_0q1w2e3", "Event_1m2n3b4",
			"SequenceFlow_0xyz", "DecisionTable_1", "InputClause_0abcdef", "sid-4F2C1A", "_6e4f1c2a-0b1d" })
	void generatedIdPatternRecognisesWhatModelersGenerate(String id) {
		assertThat(id).matches(GENERATED_ID);
	}

	@Test
	void everyFlowNodeAndSequenceFlowIsDrawn() {
		Set<String> shapes = process.getModelElementsByType(BpmnShape.class).stream().map(shape -> shape.getBpmnElement().getId())
				.collect(Collectors.toSet());
		Set<String> edges = process.getModelElementsByType(BpmnEdge.class).stream().map(edge -> edge.getBpmnElement().getId())
				.collect(Collectors.toSet());

		assertThat(process.getModelElementsByType(FlowNode.class)).isNotEmpty().extracting(FlowNode::getId).allMatch(shapes::contains);
		assertThat(process.getModelElementsByType(SequenceFlow.class)).isNotEmpty().extracting(SequenceFlow::getId).allMatch(edges::contains);
	}

	@Test
	void everyDecisionIsDrawn() {
		Document document = (Document) routing.getDocument().getDomSource().getNode();
		NodeList shapes = document.getElementsByTagNameNS(DMNDI, "DMNShape");
		Set<String> drawn = new HashSet<>();
		for (int i = 0; i < shapes.getLength(); i++) {
			drawn.add(((Element) shapes.item(i)).getAttribute("dmnElementRef"));
		}

		assertThat(routing.getModelElementsByType(Decision.class)).isNotEmpty().extracting(Decision::getId).allMatch(drawn::contains);
	}

	/** Bean names as Spring derives them from the component annotations under io.postgate. */
	private static Map<String, Class<?>> componentBeans() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
		SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
		Map<String, Class<?>> beans = new HashMap<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("io.postgate")) {
			try {
				beans.put(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(definition, registry), Class.forName(definition.getBeanClassName()));
			}
			catch (ClassNotFoundException e) {
				throw new IllegalStateException(e);
			}
		}
		return beans;
	}

	private static Set<String> processVariableNames() {
		Set<String> names = new HashSet<>();
		for (Field field : ProcessVariables.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				try {
					field.setAccessible(true);
					names.add((String) field.get(null));
				}
				catch (IllegalAccessException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		return names;
	}

	/** The text of every ${...} and #{...} in an attribute or element text of the model. */
	private static List<String> expressions(ModelInstance model) {
		List<String> expressions = new ArrayList<>();
		for (Element element : elements(model)) {
			NamedNodeMap attributes = element.getAttributes();
			for (int i = 0; i < attributes.getLength(); i++) {
				collectExpressions(attributes.item(i).getNodeValue(), expressions);
			}
			for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
					collectExpressions(child.getNodeValue(), expressions);
				}
			}
		}
		return expressions;
	}

	private static void collectExpressions(String text, List<String> into) {
		Matcher matcher = EXPRESSION.matcher(text);
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

	private static String withoutStringLiterals(String expression) {
		return expression.replaceAll("'[^']*'|\"[^\"]*\"", "''");
	}

	private static List<Element> elements(ModelInstance model) {
		Document document = (Document) model.getDocument().getDomSource().getNode();
		NodeList all = document.getElementsByTagName("*");
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < all.getLength(); i++) {
			elements.add((Element) all.item(i));
		}
		return elements;
	}

	private static InputStream resource(String path) {
		InputStream stream = ProcessModelContractTests.class.getClassLoader().getResourceAsStream(path);
		if (stream == null) {
			throw new IllegalStateException(new IOException(path + " is not on the classpath"));
		}
		return stream;
	}
}
