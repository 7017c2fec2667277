import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes the module archetype's templates out of the example module, at build time, so that the
 * repository holds the module's sources once: bundles/example, features/example and the example's
 * integration test are the templates, with the example's names turned into the archetype's
 * properties (Velocity references). Only the generated project's POMs are kept as templates of
 * their own (src/main/resources/archetype-resources), because the example's POMs inherit from this
 * reactor and a generated module builds on its own.
 *
 * <pre>java DeriveTemplates.java &lt;repository root&gt; &lt;archetype-resources directory&gt;</pre>
 *
 * Run by exec-maven-plugin (archetype/pom.xml) as a single-file program: an archetype project has no
 * compile phase of its own.
 */
public class DeriveTemplates {

    /** What is copied: a file or directory of the repository, and where it goes in the archetype. */
    private static final String[][] TREES = {
        {"bundles/example/README.md", "README.md"},
        {"bundles/example/api/src/main/java/org/xuncha/example", "api/src/main/java"},
        {"bundles/example/impl/src/main/java/org/xuncha/example", "impl/src/main/java"},
        {"bundles/example/impl/src/test/java/org/xuncha/example", "impl/src/test/java"},
        {"bundles/example/impl/src/main/resources", "impl/src/main/resources"},
        {"bundles/example/impl/src/main/ui", "impl/src/main/ui"},
        {"features/example/src/main/feature", "feature/src/main/feature"},
        {"itests/src/test/java/org/xuncha/itests/example", "itest/src/test/java/itest"},
    };

    /**
     * The example's names and what they become, in this order (earlier, longer names first). A
     * generated module keeps the example's area (notes on units) under its own id, package and names.
     */
    private static final String[][] NAMES = {
        {"org.xuncha.itests.example", "${package}.itest"},
        {"mvn:org.xuncha/org.xuncha.example", "mvn:${groupId}/${package}"},
        {"mvn:org.xuncha/xuncha-example", "mvn:${groupId}/xuncha-${moduleId}"},
        {"org.xuncha.example", "${package}"},
        // table, sequence and index names: SQL identifiers take '_' where a module id has '-'
        {"xc_example_", "xc_${moduleId.replace('-', '_')}_"},
        {"示例模块（单位备注）", "${nameZh}"},
        {"示例模块：", "${nameZh}："},
        {"Example module (unit notes)", "${nameEn}"},
        {"Example", "${moduleClass}"},
        {"example", "${moduleId}"},
    };

    /** A new module's API starts at 1.0.0, whatever version the example's API has reached. */
    private static final Pattern API_VERSION = Pattern.compile("(?<head>@org\\.osgi\\.annotation\\.versioning\\.Version\\(\")[^\"]*(?<tail>\"\\))");
    /** Message keys under the module id: quoted, as an id with '-' is not a bare JavaScript key. */
    private static final Pattern JS_KEY = Pattern.compile("(?m)^(\\s*)example:");
    /** Parts of the example's README about the example itself, left out of a generated module's. */
    private static final Pattern EXAMPLE_ONLY = Pattern.compile("(?s)<!-- example only -->.*?<!-- /example only -->(?:\\R[ \\t]*(?=\\R))?\\R?");
    private static final String VELOCITY_SYMBOLS = "#set( $symbol_pound = '#' )\n#set( $symbol_dollar = '$' )\n#set( $symbol_escape = '\\' )\n";

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java DeriveTemplates.java <repository root> <archetype-resources directory>");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        List<String> leftovers = new ArrayList<>();
        int files = 0;
        for (String[] tree : TREES) {
            Path from = root.resolve(tree[0]);
            if (!Files.exists(from)) {
                throw new IllegalStateException("the example has no " + tree[0] + ": update archetype/src/build/DeriveTemplates.java");
            }
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    Path relative = Files.isDirectory(from) ? from.relativize(file) : Path.of("");
                    Path target = out.resolve(tree[1]).resolve(rename(relative.toString()));
                    String text = template(Files.readString(file, StandardCharsets.UTF_8), file.toString());
                    if (text.contains("示例")) {
                        leftovers.add(root.relativize(file) + ": 示例 outside the module name 示例模块（单位备注）");
                    }
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, text, StandardCharsets.UTF_8);
                    files++;
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        leftovers.forEach(l -> System.out.println("WARNING " + l));
        System.out.println("module archetype: " + files + " templates derived from the example module into " + out);
    }

    /** File and directory names: the module id and class prefix become the archetype's __property__ tokens. */
    static String rename(String path) {
        return path.replace("Example", "__moduleClass__").replace("example", "__moduleId__");
    }

    /** The file as a Velocity template: its own $, # and \ kept literally, the example's names replaced. */
    static String template(String text, String name) {
        String t = EXAMPLE_ONLY.matcher(text).replaceAll("");
        boolean symbols = t.indexOf('$') >= 0 || t.indexOf('#') >= 0 || t.indexOf('\\') >= 0;
        StringBuilder escaped = new StringBuilder(t.length() + 64);
        for (char c : t.toCharArray()) {
            switch (c) {
                case '$' -> escaped.append("${symbol_dollar}");
                case '#' -> escaped.append("${symbol_pound}");
                case '\\' -> escaped.append("${symbol_escape}");
                default -> escaped.append(c);
            }
        }
        t = escaped.toString();
        t = API_VERSION.matcher(t).replaceAll("${head}1.0.0${tail}");
        if (name.endsWith(".js") || name.endsWith(".vue")) {
            t = JS_KEY.matcher(t).replaceAll("$1'\\${moduleId}':");
        }
        for (String[] n : NAMES) {
            t = t.replace(n[0], n[1]);
        }
        if (t.toLowerCase().contains("example")) {
            throw new IllegalStateException(name + ": the word 'example' is left in a template");
        }
        return symbols ? VELOCITY_SYMBOLS + t : t;
    }
}
