package io.postgate.screening.rules;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that knows its file and line, so every validation error can say where it is. Only
 * the composed node tree is used: no Java objects are constructed from the YAML.
 */
final class YamlNode {

	private final String file;
	private final Node node;

	private YamlNode(String file, Node node) {
		this.file = file;
		this.node = node;
	}

	static YamlNode parse(String file, String content) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(10);
		try {
			Node root = new Yaml(options).compose(new StringReader(content));
			if (root == null) {
				throw new InvalidRuleFileException(file, 1, "the file is empty");
			}
			return new YamlNode(file, root);
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 1;
			throw new InvalidRuleFileException(file, line, "not valid YAML: " + ex.getProblem(), ex);
		}
		catch (RuntimeException ex) {
			if (ex instanceof InvalidRuleFileException) {
				throw ex;
			}
			throw new InvalidRuleFileException(file, 1, "not valid YAML: " + ex.getMessage(), ex);
		}
	}

	String file() {
		return file;
	}

	int line() {
		return node.getStartMark().getLine() + 1;
	}

	InvalidRuleFileException error(String problem) {
		return new InvalidRuleFileException(file, line(), problem);
	}

	private Map<String, YamlNode> mapping() {
		if (!(node instanceof MappingNode mapping)) {
			throw error("expected a mapping (key: value), found " + describe());
		}
		Map<String, YamlNode> map = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				throw new YamlNode(file, tuple.getKeyNode()).error("a key must be a plain value");
			}
			map.put(key.getValue(), new YamlNode(file, tuple.getValueNode()));
		}
		return map;
	}

	/** Fails on a key that is not in {@code allowed}, so a typo such as "phrase:" is not silently ignored. */
	YamlNode onlyKeys(Set<String> allowed) {
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				String key = ((ScalarNode) tuple.getKeyNode()).getValue();
				if (!allowed.contains(key)) {
					throw new YamlNode(file, tuple.getKeyNode())
						.error("unknown key '" + key + "' (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
				}
			}
		}
		return this;
	}

	boolean has(String key) {
		return mapping().containsKey(key) && !mapping().get(key).isNull();
	}

	YamlNode get(String key) {
		YamlNode value = mapping().get(key);
		if (value == null || value.isNull()) {
			throw error("missing required key '" + key + "'");
		}
		return value;
	}

	YamlNode getOrNull(String key) {
		YamlNode value = mapping().get(key);
		return value == null || value.isNull() ? null : value;
	}

	Map<String, YamlNode> entries() {
		return mapping();
	}

	boolean isNull() {
		return node instanceof ScalarNode scalar && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
	}

	String text() {
		if (!(node instanceof ScalarNode scalar) || isNull()) {
			throw error("expected a single value, found " + describe());
		}
		return scalar.getValue();
	}

	String nonBlankText() {
		String value = text().strip();
		if (value.isEmpty()) {
			throw error("the value must not be empty");
		}
		return value;
	}

	int integer() {
		try {
			return Integer.parseInt(text().strip());
		}
		catch (NumberFormatException ex) {
			throw error("expected a whole number, found '" + text() + "'");
		}
	}

	boolean bool() {
		return switch (text().strip().toLowerCase()) {
			case "true", "yes" -> true;
			case "false", "no" -> false;
			default -> throw error("expected true or false, found '" + text() + "'");
		};
	}

	List<YamlNode> list() {
		if (node instanceof ScalarNode && !isNull()) {
			return List.of(this);
		}
		if (!(node instanceof SequenceNode sequence)) {
			throw error("expected a list, found " + describe());
		}
		List<YamlNode> items = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			items.add(new YamlNode(file, item));
		}
		return items;
	}

	List<String> texts() {
		return list().stream().map(YamlNode::nonBlankText).toList();
	}

	private String describe() {
		if (node instanceof MappingNode) {
			return "a mapping";
		}
		if (node instanceof SequenceNode) {
			return "a list";
		}
		return isNull() ? "nothing" : "'" + ((ScalarNode) node).getValue() + "'";
	}
}
