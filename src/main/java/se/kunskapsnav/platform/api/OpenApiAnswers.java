package se.kunskapsnav.platform.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The success answers' schemas, from the resource methods' return types. Payara derives a schema from the return
 * type only for a method that declares no {@code @APIResponse}; one that describes its answers (and most do, for
 * their refusals) loses it. This puts it back for every method returning a type Payara describes in
 * {@code components.schemas} (or a list of one, or text), without repeating the type in each annotation.
 */
final class OpenApiAnswers {

    private static final Logger LOG = Logger.getLogger(OpenApiAnswers.class.getName());
    private static final String ROOT = "se/kunskapsnav";

    private OpenApiAnswers() {
    }

    static void add(OpenAPI openApi) {
        Map<String, Schema> known = Optional.ofNullable(openApi.getComponents().getSchemas()).orElse(Map.of());
        for (Class<?> resource : resources()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                httpMethod(method).ifPresent(http -> {
                    Path path = method.getAnnotation(Path.class);
                    PathItem item = openApi.getPaths().getPathItem(address(base, path == null ? "" : path.value()));
                    Operation operation = item == null ? null : item.getOperations().get(http);
                    if (operation != null) {
                        answer(operation.getResponses(), method, known);
                    }
                });
            }
        }
    }

    /** "/api" and the class's and the method's paths, as Payara writes them: "/api/lan/{kod}". */
    private static String address(String resourcePath, String methodPath) {
        String joined = ("/api/" + resourcePath + "/" + methodPath).replaceAll("/+", "/");
        return joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static void answer(APIResponses responses, Method method, Map<String, Schema> known) {
        boolean returnsResponse = method.getReturnType() == Response.class;
        String success = responses.getAPIResponses().keySet().stream().filter(code -> code.startsWith("2"))
                .findFirst().orElse(null);
        if (success == null && responses.hasAPIResponse("default") && (!returnsResponse || isFile(method))) {
            // Payara's own answer for a method that describes none, as "default" (any status): JAX-RS answers
            // 200 with a returned value (a file in a Response too) and 204 without
            APIResponse derived = responses.getAPIResponse("default");
            responses.removeAPIResponse("default");
            if (method.getReturnType() != void.class) {
                responses.addAPIResponse("200", derived.description("The answer"));
                success = "200";
            }
        }
        if (method.getReturnType() == void.class && !isFile(method)) {
            if (success == null) {
                responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done"));
            }
            return;
        }
        if (returnsResponse) {
            describedTypesByReference(responses, method, known);
        }
        // a Response's status and body are the method's choice, which only its annotations can say; a file is
        // text or bytes of the type it produces, whether returned or written
        Schema schema = isFile(method) ? OASFactory.createSchema().type(Schema.SchemaType.STRING)
                : returnsResponse ? null : schemaOf(method.getGenericReturnType(), known);
        if (schema == null) {
            return;
        }
        APIResponse response = success == null ? null : responses.getAPIResponse(success);
        if (response == null) {
            response = OASFactory.createAPIResponse().description("The answer");
            responses.addAPIResponse("200", response);
        }
        if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(mediaType(method),
                    OASFactory.createMediaType().schema(schema)));
        }
    }

    /**
     * Payara writes the type an {@code @APIResponse} names as an inline copy, with the annotation's unset members
     * as constraints (maxProperties 0: no property allowed); the type's component says it right.
     */
    private static void describedTypesByReference(APIResponses responses, Method method, Map<String, Schema> known) {
        for (org.eclipse.microprofile.openapi.annotations.responses.APIResponse described
                : method.getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
            APIResponse response = responses.getAPIResponse(described.responseCode());
            for (org.eclipse.microprofile.openapi.annotations.media.Content content : described.content()) {
                String name = schemaName(content.schema().implementation());
                if (response != null && response.getContent() != null && known.containsKey(name)) {
                    response.getContent().getMediaTypes().values()
                            .forEach(media -> media.setSchema(OASFactory.createSchema().ref(name)));
                }
            }
        }
    }

    private static boolean isFile(Method method) {
        return !mediaType(method).contains("json");
    }

    private static Schema schemaOf(Type type, Map<String, Schema> known) {
        if (type == String.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING);
        }
        if (type instanceof Class<?> named && known.containsKey(schemaName(named))) {
            return OASFactory.createSchema().ref(schemaName(named));
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            Schema item = schemaOf(generic.getActualTypeArguments()[0], known);
            return item == null ? null : OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(item);
        }
        return null;
    }

    /** The name Payara gives a type's schema: its simple name, unless {@code @Schema(name)} tells another. */
    private static String schemaName(Class<?> type) {
        org.eclipse.microprofile.openapi.annotations.media.Schema named =
                type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return named == null || named.name().isBlank() ? type.getSimpleName() : named.name();
    }

    private static String mediaType(Method method) {
        Produces produces = Optional.ofNullable(method.getAnnotation(Produces.class))
                .orElse(method.getDeclaringClass().getAnnotation(Produces.class));
        return produces == null || produces.value().length == 0 ? MediaType.APPLICATION_JSON
                : produces.value()[0].split(",")[0].strip();
    }

    private static Optional<PathItem.HttpMethod> httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations()).map(Annotation::annotationType)
                .map(type -> type.getAnnotation(HttpMethod.class)).filter(Objects::nonNull)
                .map(http -> PathItem.HttpMethod.valueOf(http.value())).findFirst();
    }

    /** The JAX-RS resource classes of the application: classes with {@code @Path} in its api packages. */
    private static List<Class<?>> resources() {
        ClassLoader loader = OpenApiAnswers.class.getClassLoader();
        URL root = loader.getResource(ROOT);
        if (root == null || !"file".equals(root.getProtocol())) {
            LOG.warning("The OpenAPI answers' schemas are left out: the classes are not in a folder (" + root + ")");
            return List.of();
        }
        try (Stream<java.nio.file.Path> files = Files.walk(java.nio.file.Path.of(root.toURI()))) {
            java.nio.file.Path classes = java.nio.file.Path.of(root.toURI()).getParent().getParent();
            return files.map(file -> classes.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> name.contains("/api/") && name.endsWith(".class") && !name.contains("$"))
                    .map(name -> load(loader, name.substring(0, name.length() - ".class".length()).replace('/', '.')))
                    .flatMap(Optional::stream)
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .toList();
        } catch (IOException | URISyntaxException e) {
            LOG.log(Level.WARNING, "The OpenAPI answers' schemas are left out", e);
            return List.of();
        }
    }

    private static Optional<Class<?>> load(ClassLoader loader, String name) {
        try {
            return Optional.of(Class.forName(name, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
