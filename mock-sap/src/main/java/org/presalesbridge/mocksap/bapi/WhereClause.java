package org.presalesbridge.mocksap.bapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WHERE clause RFC_READ_TABLE takes in OPTIONS, as far as mock-sap understands Open SQL:
 * comparisons {@code FIELD op 'value'} (op: EQ NE GT GE LT LE = <> > >= < <=, or LIKE with % and _),
 * a number may stand unquoted, joined with AND, OR, NOT and parentheses. Fields are compared as
 * their internal values: packed fields as numbers, all others as text.
 */
final class WhereClause {

    /** The clause could not be parsed, or names a field the table lacks: RFC_READ_TABLE raises OPTION_NOT_VALID. */
    static final class InvalidWhereClause extends Exception {
        InvalidWhereClause(String message) {
            super(message);
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*('(?:[^']|'')*'|<>|>=|<=|=|<|>|\\(|\\)|[A-Za-z0-9_\\-./]+)");

    private final List<String> tokens;
    private final Function<String, Character> fieldTypes;
    private int position;

    private WhereClause(List<String> tokens, Function<String, Character> fieldTypes) {
        this.tokens = tokens;
        this.fieldTypes = fieldTypes;
    }

    /**
     * Parses the clause; {@code fieldTypes} gives a field's ABAP type (C, N, D, T, P) or null when the
     * table has no such field. An empty clause selects every row.
     */
    static Predicate<Map<String, String>> parse(String clause, Function<String, Character> fieldTypes)
            throws InvalidWhereClause {
        List<String> tokens = tokenize(clause);
        if (tokens.isEmpty()) {
            return row -> true;
        }
        WhereClause parser = new WhereClause(tokens, fieldTypes);
        Predicate<Map<String, String>> predicate = parser.disjunction();
        if (parser.position < tokens.size()) {
            throw new InvalidWhereClause("unexpected " + tokens.get(parser.position));
        }
        return predicate;
    }

    private static List<String> tokenize(String clause) throws InvalidWhereClause {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(clause);
        int at = 0;
        while (at < clause.length()) {
            if (clause.substring(at).isBlank()) {
                break;
            }
            if (!matcher.find(at) || matcher.start() != at) {
                throw new InvalidWhereClause("cannot read the clause at: " + clause.substring(at).strip());
            }
            tokens.add(matcher.group(1));
            at = matcher.end();
        }
        return tokens;
    }

    private Predicate<Map<String, String>> disjunction() throws InvalidWhereClause {
        Predicate<Map<String, String>> result = conjunction();
        while (keyword("OR")) {
            result = result.or(conjunction());
        }
        return result;
    }

    private Predicate<Map<String, String>> conjunction() throws InvalidWhereClause {
        Predicate<Map<String, String>> result = negation();
        while (keyword("AND")) {
            result = result.and(negation());
        }
        return result;
    }

    private Predicate<Map<String, String>> negation() throws InvalidWhereClause {
        if (keyword("NOT")) {
            return negation().negate();
        }
        if (symbol("(")) {
            Predicate<Map<String, String>> inner = disjunction();
            if (!symbol(")")) {
                throw new InvalidWhereClause("missing )");
            }
            return inner;
        }
        return comparison();
    }

    private Predicate<Map<String, String>> comparison() throws InvalidWhereClause {
        String field = next("a field name").toUpperCase(Locale.ROOT);
        Character type = fieldTypes.apply(field);
        if (type == null) {
            throw new InvalidWhereClause("the table has no field " + field);
        }
        String operator = next("an operator").toUpperCase(Locale.ROOT);
        String literal = literal(next("a value"));
        if (operator.equals("LIKE")) {
            Pattern pattern = likePattern(literal);
            return row -> pattern.matcher(row.get(field).stripTrailing()).matches();
        }
        Predicate<Integer> test = switch (operator) {
            case "EQ", "=" -> c -> c == 0;
            case "NE", "<>" -> c -> c != 0;
            case "GT", ">" -> c -> c > 0;
            case "GE", ">=" -> c -> c >= 0;
            case "LT", "<" -> c -> c < 0;
            case "LE", "<=" -> c -> c <= 0;
            default -> throw new InvalidWhereClause("unknown operator " + operator);
        };
        if (type == 'P') {
            BigDecimal value = number(literal);
            return row -> test.test(new BigDecimal(row.get(field)).compareTo(value));
        }
        return row -> test.test(Integer.signum(row.get(field).stripTrailing().compareTo(literal.stripTrailing())));
    }

    private static BigDecimal number(String literal) throws InvalidWhereClause {
        try {
            return new BigDecimal(literal.strip());
        } catch (NumberFormatException e) {
            throw new InvalidWhereClause(literal + " is not a number");
        }
    }

    private static String literal(String token) {
        if (token.length() >= 2 && token.startsWith("'") && token.endsWith("'")) {
            return token.substring(1, token.length() - 1).replace("''", "'");
        }
        return token;
    }

    private static Pattern likePattern(String like) {
        StringBuilder regex = new StringBuilder();
        for (char c : like.toCharArray()) {
            if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private boolean keyword(String word) {
        if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(word)) {
            position++;
            return true;
        }
        return false;
    }

    private boolean symbol(String symbol) {
        if (position < tokens.size() && tokens.get(position).equals(symbol)) {
            position++;
            return true;
        }
        return false;
    }

    private String next(String expected) throws InvalidWhereClause {
        if (position >= tokens.size()) {
            throw new InvalidWhereClause("the clause ends where " + expected + " should follow");
        }
        return tokens.get(position++);
    }
}
