package org.xuncha.itests.support;

import com.fasterxml.jackson.databind.JsonNode;

/** The signed-in user's to-do list (待办), GET /api/platform/todo, as a test reads it. */
public final class Todo {

    private Todo() {
    }

    /**
     * How many records wait for this caller under the item (e.g. {@code lead-transfer.problems-to-sign}),
     * 0 when the list has no such item; fails if a module answered with an error instead of its items.
     */
    public static int count(Api caller, String item) {
        for (JsonNode module : caller.get("/platform/todo").expect(200)) {
            if (!module.path("error").isNull() && !module.path("error").isMissingNode()) {
                throw new AssertionError("module to-do failed: " + module);
            }
            for (JsonNode i : module.path("items")) {
                if (i.path("id").asText().equals(item)) {
                    return i.path("count").asInt();
                }
            }
        }
        return 0;
    }
}
