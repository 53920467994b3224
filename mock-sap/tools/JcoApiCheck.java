import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Compares jco-mock's com.sap.conn.jco classes with SAP's published JCo API types, as javap prints them
 * (javap reads class files without loading them, so SAP's internal types need not be present).
 *
 * For every public type of ours: SAP has it, of the same kind (interface, class, abstract, final), with the
 * same superclass, and our supertypes are among SAP's. For every public or protected member ours declares:
 * SAP's type offers it, declared or inherited, with the same parameter types, return type, static-ness and
 * throws clause; a constant has the same value. Exits 1 on any difference.
 *
 * Usage: java JcoApiCheck.java OUR_CLASSES_DIR SAP_JAR [PACKAGE]   (PACKAGE defaults to com.sap.conn.jco)
 */
public class JcoApiCheck {
    private static final ToolProvider JAVAP = ToolProvider.findFirst("javap").orElseThrow();
    private static final Pattern HEADER = Pattern.compile(
            "^(.*?)\\b(class|interface|enum)\\s+([\\w.$]+)(?:<.*?>)?(?:\\s+extends\\s+(.*?))?(?:\\s+implements\\s+(.*?))?\\s*\\{$");
    private static final Pattern MEMBER = Pattern.compile(
            "^\\s*((?:public|protected|private|static|final|abstract|native|synchronized|default|transient|volatile|strictfp|\\s)*)"
                    + "(?:<.*?>\\s+)?(.*?)\\s*(?:\\((.*)\\))?(?:\\s+throws\\s+(.*?))?(?:\\s*=\\s*(.*?))?;$");

    record Type(String name, String modifiers, String kind, String superclass, Set<String> supertypes,
                Map<String, Member> members) {
    }

    record Member(String key, String modifiers, String returnType, String exceptions, String value, String text) {
    }

    private final String classpath;
    private final Map<String, Type> cache = new HashMap<>();

    JcoApiCheck(String classpath) {
        this.classpath = classpath;
    }

    public static void main(String[] args) throws Exception {
        Path ours = Path.of(args[0]);
        String sapJar = args[1];
        String pkg = args.length > 2 ? args[2] : "com.sap.conn.jco";
        List<String> names;
        try (Stream<Path> files = Files.list(ours.resolve(pkg.replace('.', '/')))) {
            names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> pkg + "." + n.substring(0, n.length() - ".class".length())).sorted().toList();
        }
        mine = new JcoApiCheck(ours.toString());
        sap = new JcoApiCheck(sapJar);
        List<String> problems = new ArrayList<>();
        int members = 0;
        for (String name : names) {
            Type our = mine.type(name);
            if (our == null || !our.modifiers().contains("public")) {
                continue;
            }
            Type their = sap.type(name);
            if (their == null) {
                problems.add(name + ": SAP has no such type");
                continue;
            }
            problems.addAll(compareType(our, their));
            Map<String, Member> offered = sap.allMembers(name);
            for (Member member : our.members().values()) {
                members++;
                Member match = offered.get(member.key());
                if (match == null) {
                    problems.add(name + ": " + member.text() + " -- SAP lacks it");
                    continue;
                }
                problems.addAll(compareMember(name, member, match));
            }
        }
        problems.forEach(p -> System.out.println("DIFF " + p));
        System.out.println(pkg + ": " + names.size() + " types, " + members
                + " public/protected members of ours checked against " + Path.of(sapJar).getFileName() + ": "
                + problems.size() + " differences");
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    private static List<String> compareType(Type our, Type their) {
        List<String> problems = new ArrayList<>();
        if (!our.kind().equals(their.kind())) {
            problems.add(our.name() + ": a " + our.kind() + " here, a " + their.kind() + " in SAP's");
        }
        boolean differ = false;
        for (String modifier : List.of("abstract", "final")) {
            differ |= words(our.modifiers()).contains(modifier) != words(their.modifiers()).contains(modifier);
        }
        if (differ && !our.kind().equals("interface")) {
            problems.add(our.name() + ": '" + our.modifiers() + "' here, '" + their.modifiers() + "' in SAP's");
        }
        if (!our.superclass().equals(their.superclass())) {
            problems.add(our.name() + ": extends " + our.superclass() + ", SAP's extends " + their.superclass());
        }
        Set<String> extra = new TreeSet<>(our.supertypes());
        extra.removeAll(their.supertypes());
        if (!extra.isEmpty()) {
            problems.add(our.name() + ": supertypes " + extra + " are not SAP's " + their.supertypes());
        }
        return problems;
    }

    private static List<String> compareMember(String type, Member our, Member their) {
        List<String> problems = new ArrayList<>();
        String where = type + ": " + our.text();
        if (!our.returnType().equals(their.returnType())) {
            problems.add(where + " -- SAP's: " + their.text());
        } else if (words(our.modifiers()).contains("static") != words(their.modifiers()).contains("static")) {
            problems.add(where + " -- static in one only; SAP's: " + their.text());
        } else if (words(our.modifiers()).contains("public") && !words(their.modifiers()).contains("public")) {
            problems.add(where + " -- not public in SAP's: " + their.text());
        } else if (!checkedOurs(our).equals(checkedTheirs(their))) {
            problems.add(where + " -- throws differ; SAP's: " + their.text());
        } else if (our.value() != null && !our.value().equals(their.value())) {
            problems.add(where + " -- SAP's value: " + their.value());
        }
        return problems;
    }

    private static JcoApiCheck mine;
    private static JcoApiCheck sap;

    private static Set<String> checkedOurs(Member member) {
        return mine.checked(member.exceptions());
    }

    private static Set<String> checkedTheirs(Member member) {
        return sap.checked(member.exceptions());
    }

    /** The checked exceptions of a throws clause: unchecked ones declared or not make no difference to callers. */
    Set<String> checked(String exceptions) {
        Set<String> checked = new TreeSet<>();
        for (String exception : exceptions.isEmpty() ? List.<String>of() : List.of(exceptions.split(","))) {
            if (!unchecked(exception)) {
                checked.add(exception);
            }
        }
        return checked;
    }

    private boolean unchecked(String exception) {
        for (String c = exception; c != null && !c.isEmpty(); ) {
            if (c.equals("java.lang.RuntimeException") || c.equals("java.lang.Error")) {
                return true;
            }
            Type type = type(c);
            c = type == null ? null : type.superclass();
        }
        return false;
    }

    private static Set<String> words(String modifiers) {
        return new LinkedHashSet<>(List.of(modifiers.trim().split("\\s+")));
    }

    /** The members a type offers: its own, then those of its supertypes not hidden by its own. */
    Map<String, Member> allMembers(String name) {
        Map<String, Member> all = new LinkedHashMap<>();
        List<String> todo = new ArrayList<>(List.of(name));
        Set<String> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            String next = todo.remove(0);
            if (!seen.add(next)) {
                continue;
            }
            Type type = type(next);
            if (type == null) {
                continue;
            }
            for (Member member : type.members().values()) {
                if (next.equals(name) || !member.key().startsWith("<init>")) {
                    all.putIfAbsent(member.key(), member);
                }
            }
            if (!type.superclass().isEmpty()) {
                todo.add(type.superclass());
            }
            todo.addAll(type.supertypes());
            if (type.kind().equals("interface")) {
                todo.add("java.lang.Object");
            }
        }
        return all;
    }

    Type type(String name) {
        return cache.computeIfAbsent(name, this::javap);
    }

    private Type javap(String name) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = name.startsWith("java.")
                ? JAVAP.run(new PrintWriter(out), new PrintWriter(err), "-public", "-constants", name)
                : JAVAP.run(new PrintWriter(out), new PrintWriter(err), "-public", "-constants", "-cp", classpath, name);
        if (status != 0) {
            return null;
        }
        Type type = null;
        for (String line : out.toString().split("\n")) {
            line = line.strip();
            if (type == null) {
                Matcher header = HEADER.matcher(line);
                if (header.matches()) {
                    String kind = header.group(2);
                    String extendsList = header.group(4) == null ? "" : header.group(4);
                    String implementsList = header.group(5) == null ? "" : header.group(5);
                    Set<String> supertypes = new TreeSet<>();
                    String superclass = "";
                    if (kind.equals("interface")) {
                        supertypes.addAll(split(extendsList));
                    } else {
                        superclass = erase(extendsList.strip());
                        supertypes.addAll(split(implementsList));
                    }
                    if (!kind.equals("interface") && superclass.isEmpty() && !name.equals("java.lang.Object")) {
                        superclass = "java.lang.Object";
                    }
                    type = new Type(name, header.group(1).strip(), kind, superclass, supertypes, new LinkedHashMap<>());
                }
                continue;
            }
            if (line.equals("}") || line.startsWith("static {}") || line.isEmpty()) {
                continue;
            }
            Matcher m = MEMBER.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String modifiers = m.group(1).strip();
            String declaration = m.group(2).strip();
            String params = m.group(3);
            String returnType;
            String memberName;
            int space = declaration.lastIndexOf(' ');
            if (params != null && space < 0) {
                returnType = "";
                memberName = "<init>";
            } else {
                returnType = erase(declaration.substring(0, Math.max(space, 0)).strip());
                memberName = declaration.substring(space + 1);
            }
            String key = params == null ? memberName : memberName + "(" + String.join(",", split(params)) + ")";
            String exceptions = m.group(4) == null ? "" : String.join(",", new TreeSet<>(split(m.group(4))));
            String value = m.group(5);
            type.members().put(key, new Member(key, modifiers, returnType, exceptions, value, line));
        }
        return type;
    }

    /** Splits a comma list at the top level (not inside generic brackets) and erases generics. */
    private static List<String> split(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (char c : list.toCharArray()) {
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                parts.add(erase(part.toString().strip()));
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (!part.toString().isBlank()) {
            parts.add(erase(part.toString().strip()));
        }
        return parts;
    }

    private static String erase(String type) {
        return type.replaceAll("<.*>", "").replace("...", "[]").strip();
    }
}
