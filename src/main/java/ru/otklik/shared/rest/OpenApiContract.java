package ru.otklik.shared.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import ru.otklik.shared.problem.Problem;

/**
 * Makes the OpenAPI document tell the whole truth about what the API answers, for every operation of every feature
 * without each resource repeating it: the problem responses any operation of its shape can give (400 for a parameter
 * or body that does not parse, 401/403 when it needs a token, 404 when it names something by id, 406/415 for media
 * types, 503 while the database cannot serve), each as {@code application/problem+json}; and that an optional property
 * may be null (Jackson writes absent values as null).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContract implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> operations(item).forEach(OpenApiContract::complete));
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(OpenApiContract::optionalMayBeNull);
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

    private static void complete(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        boolean secured = operation.getSecurity() != null && operation.getSecurity().stream().anyMatch(r -> !r.getSchemes().isEmpty());
        boolean byId = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean content = responses.getAPIResponses().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null);
        Map<String, String> implied = new LinkedHashMap<>();
        if (!parameters.isEmpty() || body) {
            implied.put("400", "Invalid input; `errors[]` names each field");
        }
        if (secured) {
            implied.put("401", "Missing, expired or invalid token");
            implied.put("403", "The caller lacks the role this operation needs");
        }
        if (byId) {
            implied.put("404", "No such resource (or not visible to the caller)");
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
        });
    }

    private static void problem(APIResponse response) {
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }

    /** A property not listed as required may be absent or null: say so in the type. */
    private static void optionalMayBeNull(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
        properties.forEach((name, property) -> {
            if (required.contains(name)) {
                return;
            }
            if (property.getRef() != null) {
                Schema nullable = OASFactory.createSchema()
                        .anyOf(List.of(OASFactory.createSchema().ref(property.getRef()),
                                OASFactory.createSchema().addType(Schema.SchemaType.NULL)))
                        .description(property.getDescription());
                schema.addProperty(name, nullable);
            } else if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
                property.addType(Schema.SchemaType.NULL);
            }
        });
    }
}
