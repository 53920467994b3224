package org.presalesbridge.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.translation.CodeTables;

/**
 * The rules of a request that a JSON schema cannot say: the item limit (a setting), items required unless a
 * quotation references an inquiry, validity end not before its start, units the mapping table knows, and in a
 * change one entry per item, each saying one thing: delete an item, change it, or add one. They read the body as
 * it came, so that they can report alongside the contract's violations.
 */
public final class RequestRules {

    private final CodeTables codes;
    private final int maxItems;

    public RequestRules(CodeTables codes, int maxItems) {
        this.codes = codes;
        this.maxItems = maxItems;
    }

    public List<Violation> newDocument(DocumentKind kind, JsonNode body) {
        List<Violation> violations = new ArrayList<>();
        JsonNode items = body.path("items");
        boolean referencesInquiry = kind == DocumentKind.QUOTATION && body.hasNonNull("referenceInquiry");
        if (kind == DocumentKind.QUOTATION && !referencesInquiry && items.isMissingNode()) {
            violations.add(new Violation("/items", "required",
                    "items are required unless the quotation references an inquiry (referenceInquiry)"));
        }
        checkItems(items, violations);
        checkValidity(body, violations);
        return violations;
    }

    public List<Violation> change(DocumentKind kind, JsonNode body) {
        List<Violation> violations = new ArrayList<>();
        checkItems(body.path("items"), violations);
        checkItemChanges(body.path("items"), violations);
        checkValidity(body, violations);
        return violations;
    }

    /**
     * An entry of a change that could be read two ways is refused rather than guessed at: two entries for one
     * item, a deletion that also changes fields or names no item, an item named with nothing to change.
     */
    private static void checkItemChanges(JsonNode items, List<Violation> violations) {
        if (!items.isArray()) {
            return;
        }
        Map<Integer, Integer> entryOfItem = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode entry = items.get(i);
            String at = "/items/" + i;
            JsonNode number = entry.path("itemNumber");
            boolean named = number.isIntegralNumber() && number.canConvertToInt();
            JsonNode delete = entry.path("delete");
            List<String> changed = new ArrayList<>();
            entry.fieldNames().forEachRemaining(field -> {
                if (!field.equals("itemNumber") && !field.equals("delete")) {
                    changed.add(field);
                }
            });
            if (delete.isBoolean() && delete.booleanValue()) {
                if (!entry.has("itemNumber")) {
                    violations.add(new Violation(at + "/delete", "deleteNeedsItemNumber",
                            "an entry without itemNumber adds an item: give the itemNumber of the item to delete"));
                } else {
                    for (String field : changed) {
                        violations.add(new Violation(at + "/" + field, "deleteOnly",
                                "an item to delete is not changed as well: send itemNumber and delete only"));
                    }
                }
            } else if (named && changed.isEmpty() && (delete.isMissingNode() || delete.isBoolean())) {
                violations.add(new Violation(at, "changesSomething", "item " + number.asInt()
                        + " is named with nothing to change: give the fields to change, or delete: true"));
            }
            if (named) {
                Integer first = entryOfItem.putIfAbsent(number.asInt(), i);
                if (first != null) {
                    violations.add(new Violation(at + "/itemNumber", "oneEntryPerItem",
                            "item " + number.asInt() + " has an entry already, /items/" + first
                                    + ": one entry per item"));
                }
            }
        }
    }

    private void checkItems(JsonNode items, List<Violation> violations) {
        if (!items.isArray()) {
            return;
        }
        if (items.size() > maxItems) {
            violations.add(new Violation("/items", "maxItems",
                    "at most " + maxItems + " items (setting api.max-items), not " + items.size()));
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode unit = items.get(i).path("unit");
            if (unit.isTextual() && codes.sapUnit(unit.asText()).isEmpty()) {
                violations.add(new Violation("/items/" + i + "/unit", "knownUnit",
                        "unit " + unit.asText() + " is not in the mapping table (sap.mapping-file)"));
            }
        }
    }

    private static void checkValidity(JsonNode body, List<Violation> violations) {
        LocalDate from = date(body.path("validFrom"));
        LocalDate to = date(body.path("validTo"));
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(new Violation("/validTo", "notBeforeValidFrom",
                    "validTo " + to + " lies before validFrom " + from));
        }
    }

    private static LocalDate date(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
