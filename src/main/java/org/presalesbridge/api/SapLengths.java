package org.presalesbridge.api;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The contract's {@code maxLength} is an SAP field's length, and JSON Schema counts a string's characters (code
 * points) where SAP counts UTF-16 code units: a character outside the Basic Multilingual Plane (most emoji, some CJK
 * ideographs) is one character to the schema and takes two places of an SAP CHAR field, and JCo cuts what does not fit
 * without a word. Checked against a body whose every such character stands as two, the schema's {@code maxLength}
 * counts as SAP does.
 */
final class SapLengths {

    private static final String TWO_PLACES = "\uFFFD\uFFFD";

    private SapLengths() {
    }

    /** The body with every character outside the BMP written as two; the body itself when it has none. */
    static JsonNode inUtf16Units(JsonNode body) {
        return hasSupplementary(body) ? widened(body) : body;
    }

    private static boolean hasSupplementary(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            return text.codePointCount(0, text.length()) != text.length();
        }
        for (JsonNode child : node) {
            if (hasSupplementary(child)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode widened(JsonNode node) {
        if (node.isTextual()) {
            StringBuilder text = new StringBuilder();
            node.textValue().codePoints().forEach(c -> {
                if (Character.isSupplementaryCodePoint(c)) {
                    text.append(TWO_PLACES);
                } else {
                    text.appendCodePoint(c);
                }
            });
            return TextNode.valueOf(text.toString());
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), widened(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(widened(element)));
            return copy;
        }
        return node;
    }
}
