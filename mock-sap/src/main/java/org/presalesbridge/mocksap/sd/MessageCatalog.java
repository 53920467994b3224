package org.presalesbridge.mocksap.sd;

import java.util.EnumMap;
import java.util.Map;

import org.presalesbridge.mocksap.sd.masterdata.MessageDefinition;

/** Builds messages from their definitions in messages.csv; every {@link MessageKey} must be defined. */
public final class MessageCatalog {

    private final Map<MessageKey, MessageDefinition> definitions = new EnumMap<>(MessageKey.class);

    public MessageCatalog(Map<String, MessageDefinition> byKey) {
        for (MessageKey key : MessageKey.values()) {
            MessageDefinition definition = byKey.get(key.name());
            if (definition == null) {
                throw new IllegalArgumentException("messages.csv does not define " + key);
            }
            definitions.put(key, definition);
        }
    }

    public MessageDefinition definition(MessageKey key) {
        return definitions.get(key);
    }

    public SdMessage error(MessageKey key, String... variables) {
        return message('E', key, variables);
    }

    public SdMessage success(MessageKey key, String... variables) {
        return message('S', key, variables);
    }

    public SdMessage message(char type, MessageKey key, String... variables) {
        MessageDefinition definition = definitions.get(key);
        String[] v = new String[4];
        for (int i = 0; i < 4; i++) {
            v[i] = i < variables.length && variables[i] != null ? variables[i] : "";
        }
        return new SdMessage(type, definition.messageClass(), definition.number(), fill(definition.text(), v),
                v[0], v[1], v[2], v[3], "", 0, "");
    }

    /** SAP's placeholders: &1 … &4, and a bare & taking the variables in order. */
    static String fill(String text, String[] variables) {
        StringBuilder result = new StringBuilder();
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '&') {
                result.append(c);
            } else if (i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '4') {
                result.append(variables[text.charAt(i + 1) - '1']);
                i++;
            } else if (next < variables.length) {
                result.append(variables[next++]);
            }
        }
        return result.toString();
    }
}
