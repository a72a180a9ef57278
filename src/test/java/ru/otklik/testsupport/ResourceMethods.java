package ru.otklik.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;

/**
 * The REST resource methods of the application as compiled (its classes directory, indexed with Jandex), by HTTP
 * method and path: what the OpenAPI document cannot show, such as two Java methods that make one operation.
 */
public final class ResourceMethods {

    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName OPERATION = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.Operation");
    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

    private ResourceMethods() {
    }

    /** For each "METHOD /path", the operation ids its Java methods declare ("" for a method without one). */
    public static Map<String, Set<String>> operationIds() {
        Map<String, Set<String>> ids = new TreeMap<>();
        Index index = index(Path.of("target", "classes"));
        for (ClassInfo resource : index.getKnownClasses()) {
            AnnotationInstance classPath = resource.declaredAnnotation(PATH);
            if (classPath == null) {
                continue;
            }
            for (MethodInfo method : resource.methods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                AnnotationInstance methodPath = method.annotation(PATH);
                String path = join(classPath.value().asString(), methodPath == null ? "" : methodPath.value().asString());
                AnnotationInstance operation = method.annotation(OPERATION);
                AnnotationValue id = operation == null ? null : operation.value("operationId");
                ids.computeIfAbsent(http + " " + path, key -> new TreeSet<>()).add(id == null ? "" : id.asString());
            }
        }
        return ids;
    }

    private static String httpMethod(MethodInfo method) {
        for (String http : HTTP_METHODS) {
            if (method.hasDeclaredAnnotation(DotName.createSimple("jakarta.ws.rs." + http))) {
                return http;
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Index index(Path classes) {
        Indexer indexer = new Indexer();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    indexer.index(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return indexer.complete();
    }
}
