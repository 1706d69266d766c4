package dev.interviewkit.export.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A JSON value with the JSON Pointer where it stands. Typed access fails with a
 * {@link JsonDecodingException} that names the place and what was expected.
 */
final class PointedNode {

    private final JsonNode node;
    private final String pointer;

    PointedNode(JsonNode node, String pointer) {
        this.node = node;
        this.pointer = pointer;
    }

    String pointer() {
        return pointer;
    }

    JsonDecodingException failure(String problem) {
        return new JsonDecodingException(pointer, problem, null);
    }

    JsonDecodingException failure(String problem, Throwable cause) {
        return new JsonDecodingException(pointer, problem, cause);
    }

    /** This value as an object, whatever keys it holds. */
    PointedNode anyObject() {
        if (!node.isObject()) {
            throw failure("expected an object, found " + describe(node));
        }
        return this;
    }

    /** This value as an object holding no keys but {@code allowed}. */
    PointedNode object(List<String> allowed) {
        anyObject();
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw child(name).failure("unknown field '" + name + "'; expected one of " + String.join(", ", allowed));
            }
        }
        return this;
    }

    /** The value of key {@code name}, which must be there and not null. */
    PointedNode required(String name) {
        return optional(name).orElseThrow(() -> failure("missing required field '" + name + "'"));
    }

    /** The value of key {@code name}, if there is one; null is not a value. */
    Optional<PointedNode> optional(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isMissingNode()) {
            return Optional.empty();
        }
        PointedNode child = child(name);
        if (value.isNull()) {
            throw child.failure("must not be null; leave '" + name + "' out when it has no value");
        }
        return Optional.of(child);
    }

    String string() {
        if (!node.isString()) {
            throw failure("expected a string, found " + describe(node));
        }
        return node.stringValue();
    }

    int integer() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw failure("expected an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", found "
                    + describe(node));
        }
        return node.intValue();
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw failure("expected true or false, found " + describe(node));
        }
        return node.booleanValue();
    }

    BigDecimal number() {
        if (!node.isNumber()) {
            throw failure("expected a number, found " + describe(node));
        }
        return node.decimalValue();
    }

    /** The elements of this array, each read by {@code element}. */
    <T> List<T> array(Function<PointedNode, T> element) {
        if (!node.isArray()) {
            throw failure("expected an array, found " + describe(node));
        }
        List<T> values = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            values.add(element.apply(new PointedNode(node.get(i), pointer + "/" + i)));
        }
        return values;
    }

    private PointedNode child(String name) {
        return new PointedNode(node.get(name), pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
    }

    private static String describe(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        } else if (node.isArray()) {
            return "an array";
        } else if (node.isString()) {
            return "a string";
        } else if (node.isNumber()) {
            return "the number " + node.asString();
        } else if (node.isBoolean()) {
            return "a boolean";
        } else if (node.isNull()) {
            return "null";
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
