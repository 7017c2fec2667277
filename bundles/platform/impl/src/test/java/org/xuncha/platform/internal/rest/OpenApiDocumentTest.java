package org.xuncha.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class OpenApiDocumentTest {

    private static EndpointRegistry.Endpoint get(String path, String permission, List<String> produces, List<EndpointRegistry.Parameter> params) {
        return new EndpointRegistry.Endpoint("GET", path, "lead-transfer", "b", "org.x.LeadResource", "get", permission, "DIVISION", null,
                null, produces, params, null);
    }

    @Test
    void describesEachOperationWithItsPermissionParametersAndErrorModel() {
        EndpointRegistry.Endpoint one = get("/api/lead-transfer/leads/{id: \\d+}", "lead.read", List.of("application/json"),
                List.of(new EndpointRegistry.Parameter("id", "path", "long", null)));
        EndpointRegistry.Endpoint export = get("/api/lead-transfer/leads/export", "lead.export",
                List.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                List.of(new EndpointRegistry.Parameter("status", "query", "LeadStatus", List.of("OPEN", "CLOSED"))));
        JsonNode doc = OpenApiDocument.of("线索", "1.0.0", "d", List.of(one, export));

        assertThat(doc.path("openapi").asText()).isEqualTo("3.0.3");
        JsonNode byId = doc.path("paths").path("/api/lead-transfer/leads/{id}").path("get");
        assertThat(byId.path("x-xuncha-permission").asText()).isEqualTo("lead.read");
        assertThat(byId.path("parameters").get(0).path("required").asBoolean()).isTrue();
        assertThat(byId.path("parameters").get(0).path("schema").path("format").asText()).isEqualTo("int64");
        assertThat(byId.path("responses").path("4XX").path("content").path("application/json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/ErrorBody");
        JsonNode exported = doc.path("paths").path("/api/lead-transfer/leads/export").path("get");
        assertThat(exported.path("parameters").get(0).path("schema").path("enum")).hasSize(2);
        assertThat(exported.path("responses").path("200").path("content")
                .has("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).isTrue();
        assertThat(byId.path("operationId").asText()).isNotEqualTo(exported.path("operationId").asText());
    }
}
