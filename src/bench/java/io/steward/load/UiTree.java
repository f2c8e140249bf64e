package io.steward.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * What a browser knows of one Vaadin UI: the state tree that the server describes as changes in each UIDL
 * response (attach, detach, put, remove, splice, clear), kept the way Flow's client keeps it, so that the driver
 * finds elements by their tag, text and properties and never by a node id written into the benchmark.
 */
final class UiTree {

    /** Flow's node features, by the numbers the protocol uses for them. */
    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;

    static final class Node {
        final int id;
        final Map<Integer, Map<String, JsonNode>> maps = new HashMap<>(4);
        final Map<Integer, List<JsonNode>> lists = new HashMap<>(2);

        Node(int id) {
            this.id = id;
        }

        Map<String, JsonNode> map(int feature) {
            return maps.computeIfAbsent(feature, f -> new LinkedHashMap<>());
        }

        List<JsonNode> list(int feature) {
            return lists.computeIfAbsent(feature, f -> new ArrayList<>());
        }

        String tag() {
            JsonNode tag = map(ELEMENT_DATA).get("tag");
            return tag == null ? null : tag.asString();
        }

        JsonNode property(String name) {
            return map(PROPERTIES).get(name);
        }

        String attribute(String name) {
            JsonNode value = map(ATTRIBUTES).get(name);
            return value == null ? null : value.asString();
        }

        @Override
        public String toString() {
            return "node " + id + " <" + tag() + ">";
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    /** Applies one UIDL response; answers the nodes it attached, in the order it attached them. */
    List<Node> apply(JsonNode uidl) {
        JsonNode newConstants = uidl.get("constants");
        if (newConstants != null) {
            newConstants.properties().forEach(entry -> constants.put(entry.getKey(), entry.getValue()));
        }
        List<Node> attached = new ArrayList<>();
        JsonNode changes = uidl.get("changes");
        if (changes == null) {
            return attached;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            switch (type) {
                case "attach" -> {
                    Node node = new Node(id);
                    nodes.put(id, node);
                    attached.add(node);
                }
                case "detach" -> nodes.remove(id);
                default -> {
                    Node node = nodes.computeIfAbsent(id, Node::new);
                    int feature = change.get("feat").asInt();
                    switch (type) {
                        case "put" -> node.map(feature).put(change.get("key").asString(),
                                change.has("nodeValue") ? change.get("nodeValue") : change.get("value"));
                        case "remove" -> node.map(feature).remove(change.get("key").asString());
                        case "clear" -> node.list(feature).clear();
                        case "splice" -> splice(node.list(feature), change);
                        default -> throw new IllegalStateException("unknown change type " + type + ": " + change);
                    }
                }
            }
        }
        return attached;
    }

    private static void splice(List<JsonNode> list, JsonNode change) {
        int index = change.get("index").asInt();
        int remove = change.has("remove") ? change.get("remove").asInt() : 0;
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        JsonNode added = change.has("addNodes") ? change.get("addNodes") : change.get("add");
        if (added != null) {
            int at = index;
            for (JsonNode value : added) {
                list.add(at++, value);
            }
        }
    }

    Node node(int id) {
        return nodes.get(id);
    }

    JsonNode constant(String key) {
        return constants.get(key);
    }

    /** The listener's event data expressions ({@code event.button}, ...), as the client would send them. */
    Map<String, JsonNode> listenerSettings(Node node, String event) {
        JsonNode hash = node.map(LISTENERS).get(event);
        if (hash == null) {
            return null;
        }
        JsonNode settings = constants.get(hash.asString());
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (settings != null) {
            settings.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    List<Node> children(Node node) {
        List<Node> children = new ArrayList<>();
        for (JsonNode child : node.list(CHILDREN)) {
            Node found = nodes.get(child.asInt());
            if (found != null) {
                children.add(found);
            }
        }
        return children;
    }

    /** The text a reader sees in the element: its text nodes, depth first. */
    String text(Node node) {
        JsonNode text = node.map(TEXT).get("text");
        if (text != null) {
            return text.asString();
        }
        StringBuilder out = new StringBuilder();
        for (Node child : children(node)) {
            out.append(text(child));
        }
        return out.toString();
    }

    List<Node> all(String tag, Predicate<Node> test) {
        List<Node> found = new ArrayList<>();
        for (Node node : nodes.values()) {
            if (Objects.equals(tag, node.tag()) && test.test(node)) {
                found.add(node);
            }
        }
        found.sort((a, b) -> Integer.compare(a.id, b.id));
        return found;
    }

    Node first(String tag, Predicate<Node> test, String what) {
        List<Node> found = all(tag, test);
        if (found.isEmpty()) {
            throw new IllegalStateException("no " + what + " on the page");
        }
        return found.getFirst();
    }

    /** An element whose whole text, trimmed, is {@code text}. */
    Node withText(String tag, String text) {
        return first(tag, n -> text.equals(text(n).trim()), "<" + tag + "> \"" + text + "\"");
    }

    int size() {
        return nodes.size();
    }
}
