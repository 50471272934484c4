package se.kunskapsnav.platform.api;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import se.kunskapsnav.platform.PortalConfig;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Completes the OpenAPI document Payara builds from the resources' annotations, so that it is valid OpenAPI 3
 * whatever a resource declares: the API key as a bearer security scheme, asked for by every write and optional
 * for reads; one operation id per operation; path parameters required; every refusal as problem+json; a success
 * answer on every operation, with its schema where the method's return type gives one ({@link OpenApiAnswers});
 * the configured public address as the one server; and no key that OpenAPI does not define. Registered as {@code mp.openapi.filter}; ApiIT validates the result with swagger-parser.
 */
public class OpenApiCompletion implements OASFilter {

    private static final String API_KEY = "apiKey";
    private static final String PROBLEM = "Problem";
    private static final Set<PathItem.HttpMethod> READS = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD,
            PathItem.HttpMethod.OPTIONS);

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        openApi.setServers(List.of(OASFactory.createServer().url(baseUrl())
                .description("The portal's public address")));
        openApi.getComponents().addSecurityScheme(API_KEY, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("kn_...")
                .description("A personal API key made on /mina-uppgifter, sent as Authorization: Bearer kn_..."));
        openApi.getComponents().addSchema(PROBLEM, problemSchema());
        OpenApiAnswers.add(openApi);
        Map<String, List<Operation>> byId = new HashMap<>();
        Map<Operation, String> paths = new HashMap<>();
        new TreeMap<>(openApi.getPaths().getPathItems()).forEach((path, item) -> {
            requirePathParameters(item.getParameters());
            item.getOperations().forEach((method, operation) -> {
                requirePathParameters(operation.getParameters());
                operation.setSecurity(READS.contains(method)
                        ? List.of(OASFactory.createSecurityRequirement(), apiKey()) : List.of(apiKey()));
                complete(operation.getResponses(), READS.contains(method));
                byId.computeIfAbsent(operation.getOperationId(), id -> new ArrayList<>()).add(operation);
                paths.put(operation, method.name().toLowerCase(Locale.ROOT) + " " + path);
            });
        });
        // Payara names an operation after its Java method: several resources have a "list" or an "update"
        byId.forEach((id, operations) -> {
            if (id == null || operations.size() > 1) {
                operations.forEach(operation -> operation.setOperationId(idOf(paths.get(operation))));
            }
        });
        withoutPayaraEndpoints(openApi);
    }

    private static String baseUrl() {
        String url = ConfigProvider.getConfig(OpenApiCompletion.class.getClassLoader())
                .getOptionalValue(PortalConfig.BASE_URL, String.class).orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static SecurityRequirement apiKey() {
        return OASFactory.createSecurityRequirement().addScheme(API_KEY);
    }

    private static void requirePathParameters(List<Parameter> parameters) {
        if (parameters != null) {
            parameters.stream().filter(p -> p.getIn() == Parameter.In.PATH).forEach(p -> p.setRequired(true));
        }
    }

    /** Every refusal as problem+json, a 401 for a missing or unknown key, and a success answer. */
    private static void complete(APIResponses responses, boolean read) {
        if (!responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().description(read
                    ? "The API key sent is unknown or withdrawn" : "No API key, or an unknown or withdrawn one"));
        }
        boolean answers = responses.getAPIResponses().keySet().stream()
                .anyMatch(code -> code.startsWith("2") || code.startsWith("3") || code.equals("default"));
        if (!answers) {
            responses.addAPIResponse("2XX", OASFactory.createAPIResponse().description("Done, as the summary says"));
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                asProblem(response);
            } else if (response.getContent() != null) {
                response.getContent().getMediaTypes().forEach(OpenApiCompletion::describeFile);
            }
            if (response.getContent() != null) {
                response.getContent().getMediaTypes().values().forEach(media -> withoutUnsetMembers(media.getSchema()));
            }
        });
    }

    /**
     * Payara copies an annotation's unset members into the schema it describes as limits and flags: maxProperties
     * 0 would allow no property at all.
     */
    private static void withoutUnsetMembers(Schema schema) {
        if (schema == null) {
            return;
        }
        clearWhen(0, schema.getMaxProperties(), schema::setMaxProperties);
        clearWhen(0, schema.getMinProperties(), schema::setMinProperties);
        clearWhen(0, schema.getMinLength(), schema::setMinLength);
        clearWhen(false, schema.getExclusiveMaximum(), schema::setExclusiveMaximum);
        clearWhen(false, schema.getExclusiveMinimum(), schema::setExclusiveMinimum);
        clearWhen(false, schema.getUniqueItems(), schema::setUniqueItems);
        clearWhen(false, schema.getNullable(), schema::setNullable);
        clearWhen(false, schema.getReadOnly(), schema::setReadOnly);
        clearWhen(false, schema.getWriteOnly(), schema::setWriteOnly);
        clearWhen(false, schema.getDeprecated(), schema::setDeprecated);
        Optional.ofNullable(schema.getProperties())
                .ifPresent(properties -> properties.values().forEach(OpenApiCompletion::withoutUnsetMembers));
        withoutUnsetMembers(schema.getItems());
    }

    private static <T> void clearWhen(T unset, T value, Consumer<T> setter) {
        if (unset.equals(value)) {
            setter.accept(null);
        }
    }

    /**
     * A file answer (CSV, calendar, PDF, spreadsheet) is a string of text or bytes; Payara describes one returned
     * as a Response or a byte array as an object.
     */
    private static void describeFile(String mediaType, MediaType content) {
        if (mediaType.contains("json")) {
            return;
        }
        Schema file = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        content.setSchema(mediaType.startsWith("text/") ? file : file.format("binary"));
    }

    private static void asProblem(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
        }
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription("Refused; the problem says why, in Swedish");
        }
    }

    /** "get /api/natverk/{id}/medlemmar" becomes "getNatverkIdMedlemmar". */
    private static String idOf(String methodAndPath) {
        String[] words = methodAndPath.replace("/api/", "/").split("[^\\p{Alnum}]+");
        return words[0] + Arrays.stream(words).skip(1).filter(w -> !w.isEmpty())
                .map(OpenApiCompletion::plain)
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining());
    }

    /** ASCII letters for an identifier: "år" becomes "ar". */
    private static String plain(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static Schema problemSchema() {
        Function<Schema.SchemaType, Schema> of = type -> OASFactory.createSchema().type(type);
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", of.apply(Schema.SchemaType.STRING).description("A URI naming the kind of problem"));
        properties.put("title", of.apply(Schema.SchemaType.STRING).description("The status in Swedish words"));
        properties.put("status", of.apply(Schema.SchemaType.INTEGER).description("The HTTP status"));
        properties.put("detail", of.apply(Schema.SchemaType.STRING).description("What was wrong, in Swedish"));
        properties.put("errors", of.apply(Schema.SchemaType.ARRAY).description("The fields that were wrong")
                .items(of.apply(Schema.SchemaType.OBJECT)
                        .addProperty("field", of.apply(Schema.SchemaType.STRING))
                        .addProperty("message", of.apply(Schema.SchemaType.STRING))));
        return of.apply(Schema.SchemaType.OBJECT).properties(properties).required(List.of("title", "status"))
                .description("RFC 9457 problem details, the body of every refusal under /api");
    }

    /**
     * Payara adds a top-level "endpoints" key listing the application's URLs, which OpenAPI does not define and
     * validators refuse; its document model has no standard way to drop it, so it is emptied (an empty value is
     * not written).
     */
    private static void withoutPayaraEndpoints(OpenAPI openApi) {
        try {
            openApi.getClass().getMethod("setEndpoints", Map.class).invoke(openApi, new HashMap<>());
        } catch (ReflectiveOperationException e) {
            // another implementation has no such key
        }
    }
}
