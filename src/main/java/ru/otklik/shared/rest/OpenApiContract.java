package ru.otklik.shared.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import ru.otklik.shared.idempotency.Idempotency;
import ru.otklik.shared.problem.Problem;

/**
 * Makes the OpenAPI document tell the whole truth about what the API answers, for every operation of every feature
 * without each resource repeating it:
 * <ul>
 * <li>the problem responses any operation of its shape can give (400 for a parameter or body that does not parse,
 * 401/403 when it needs a token, 404 when it names something by id, 409 for a stale {@code If-Match}, 422 for an
 * {@code Idempotency-Key} reused for another request, 406/415 for media types, 503 while the database cannot serve),
 * each as {@code application/problem+json}, like every other error response declared without a body;
 * <li>who may call it: an operation without {@code @Authenticated} or {@code @RolesAllowed} has no security
 * requirement from smallrye, which a generator reads as "unknown". It gets {@code [{}, {bearer: []}]}: anyone, or with
 * a token (which it verifies: a bad one is a 401, declared too) and may then show more, e.g. an official's statistics.
 * A generated client then sends its token when it has one, and a reader sees that none is needed;
 * <li>JSON first where a body has several media types, so that a generated client gets the record;
 * <li>schemas as the validation applies them ({@link OpenApiSchemas}).
 * </ul>
 * Operation ids, tags, summaries and examples are declared on the resources and records; {@code OpenApiConventionsTest}
 * checks them for every operation.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContract implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<String> schemes = openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null
                ? List.of()
                : List.copyOf(openAPI.getComponents().getSecuritySchemes().keySet());
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> operations(item).forEach(operation -> {
                if (operation != item.getGET()) {
                    tooMany(operation);
                }
                complete(operation, schemes);
                OpenApiSchemas.truthful(operation);
            }));
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(OpenApiSchemas::truthful);
        }
    }

    private static List<Operation> operations(PathItem item) {
        List<Operation> operations = new ArrayList<>();
        for (Operation operation : new Operation[] { item.getGET(), item.getPOST(), item.getPUT(), item.getDELETE(),
                item.getPATCH() }) {
            if (operation != null) {
                operations.add(operation);
            }
        }
        return operations;
    }

    /** Every write of a signed-in caller counts against its allowance (ru.otklik.shared.ratelimit.WriteLimitFilter). */
    private static void tooMany(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (!operation.getResponses().hasAPIResponse("429")) {
            operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse()
                    .description("`too-many-requests`: more writes than the caller's allowance; retry after Retry-After seconds"));
        }
    }

    private static void complete(Operation operation, List<String> schemes) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        boolean open = operation.getSecurity() == null || operation.getSecurity().isEmpty();
        boolean byId = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean content = responses.getAPIResponses().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null);
        Map<String, String> implied = new LinkedHashMap<>();
        if (!parameters.isEmpty() || body) {
            implied.put("400", "Invalid input; `errors[]` names each field");
        }
        if (open && !schemes.isEmpty()) {
            operation.setSecurity(anyoneOrBearer(schemes));
            implied.put("401", "A token was sent, but it is invalid or expired (without a token the operation works too)");
        } else if (!open) {
            implied.put("401", "Missing, expired or invalid token");
            implied.put("403", "The caller lacks the role this operation needs");
        }
        if (byId) {
            implied.put("404", "No such resource (or not visible to the caller)");
        }
        if (header(parameters, "If-Match")) {
            implied.put("409", "If-Match names a version that is no longer current");
        }
        if (header(parameters, Idempotency.HEADER)) {
            implied.put("422", "`idempotency-key-reused`: the Idempotency-Key was used for another request");
        }
        if (content) {
            implied.put("406", "The Accept header names no media type this operation produces");
        }
        if (body) {
            implied.put("415", "The body's Content-Type is not one this operation consumes");
        }
        implied.put("503", "The database is unavailable for a moment: retry after Retry-After seconds");
        implied.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
        responses.getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() == null) {
                problem(response);
            }
            response.setContent(jsonFirst(response.getContent()));
        });
        if (body) {
            operation.getRequestBody().setContent(jsonFirst(operation.getRequestBody().getContent()));
        }
    }

    /**
     * JSON first among the media types of one body (JSON or CSV, JSON or XML): generators type a body by its first
     * media type, and a client should get the record, not a string.
     */
    private static Content jsonFirst(Content content) {
        if (content == null || content.getMediaTypes() == null || !content.hasMediaType(MediaType.APPLICATION_JSON)
                || content.getMediaTypes().size() < 2) {
            return content;
        }
        Content ordered = OASFactory.createContent().addMediaType(MediaType.APPLICATION_JSON, content.getMediaType(MediaType.APPLICATION_JSON));
        content.getMediaTypes().forEach((name, media) -> {
            if (!MediaType.APPLICATION_JSON.equals(name)) {
                ordered.addMediaType(name, media);
            }
        });
        return ordered;
    }

    private static boolean header(List<Parameter> parameters, String name) {
        return parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    /** {@code [{}, {bearer: []}]}: the empty requirement lets anyone in, the others say which token it takes. */
    private static List<SecurityRequirement> anyoneOrBearer(List<String> schemes) {
        List<SecurityRequirement> requirements = new ArrayList<>();
        requirements.add(OASFactory.createSecurityRequirement());
        schemes.forEach(scheme -> requirements.add(OASFactory.createSecurityRequirement().addScheme(scheme)));
        return requirements;
    }

    private static void problem(APIResponse response) {
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }
}
