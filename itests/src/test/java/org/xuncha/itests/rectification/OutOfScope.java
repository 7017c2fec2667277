package org.xuncha.itests.rectification;

import static org.junit.Assert.assertEquals;

import java.util.Map;

import org.xuncha.itests.support.Api;

/**
 * What a county's office meets when it reaches for the city's rectification: every list empty, every
 * record and every id a write refers to refused with 403 — ledgers, tasks, evidence, handovers
 * (recorded and pending), joint reviews, reconciliations, the committee's assignments and letters.
 */
final class OutOfScope {

    private final Api county;

    OutOfScope(Api county) {
        this.county = county;
    }

    OutOfScope ledgerAndTasks(long ledger, long task, long taskWithFile, long file) {
        assertEquals(0, county.get("/rectification/tasks").expect(200).path("total").asInt());
        assertEquals(0, county.get("/rectification/ledgers/figures").expect(200).path("tasks").asInt());
        assertEquals(0, county.get("/rectification/statistics/ledgers").expect(200).size());
        assertEquals(0, county.get("/rectification/reviews").expect(200).path("total").asInt());
        assertEquals(403, county.get("/rectification/ledgers/" + ledger + "/export").status());
        assertEquals(403, county.post("/rectification/ledgers/" + ledger + "/reports", Map.of("report", "UNIT_REPORT", "receivedOn", "2026-01-01"))
                .status());
        assertEquals(403, county.get("/rectification/tasks/" + task).status());
        assertEquals(403, county.get("/rectification/tasks/" + task + "/history").status());
        assertEquals(403, county.post("/rectification/tasks/" + task + "/progress", Map.of("text", "越权")).status());
        assertEquals(403, county.post("/rectification/tasks/" + task + "/closure-request", Map.of("text", "越权", "evidence", "无")).status());
        assertEquals(403, county.get("/rectification/tasks/" + taskWithFile + "/evidence").status());
        assertEquals(403, county.get("/rectification/tasks/" + taskWithFile + "/evidence/" + file).status());
        assertEquals(403, county.delete("/rectification/tasks/" + taskWithFile + "/evidence/" + file).status());
        return this;
    }

    OutOfScope handovers(long pending) {
        assertEquals(0, county.get("/rectification/handovers").expect(200).path("total").asInt());
        assertEquals(0, county.get("/rectification/handovers/pending").expect(200).path("total").asInt());
        assertEquals(403, county.get("/rectification/handovers/pending/" + pending).status());
        assertEquals(403, county.post("/rectification/handovers/pending/" + pending + "/signatures", Map.of("party", "OUTGOING",
                "signedOn", "2026-01-01")).status());
        return this;
    }

    OutOfScope reviews(long jointReview, long reconciliation, long ledger) {
        assertEquals(0, county.get("/rectification/joint-reviews").expect(200).path("total").asInt());
        assertEquals(403, county.get("/rectification/joint-reviews/" + jointReview).status());
        assertEquals(403, county.post("/rectification/joint-reviews", Map.of("ledgerId", ledger, "heldOn", "2026-01-01")).status());
        assertEquals(0, county.get("/rectification/reconciliations").expect(200).path("total").asInt());
        assertEquals(403, county.get("/rectification/reconciliations/" + reconciliation).status());
        return this;
    }

    OutOfScope committee(long commonProblem, long letter) {
        assertEquals(0, county.get("/rectification/assignments").expect(200).path("total").asInt());
        assertEquals(403, county.get("/rectification/assignments/" + commonProblem + "/units").status());
        assertEquals(403, county.get("/rectification/letters/" + letter).status());
        assertEquals(0, county.get("/rectification/letters").expect(200).path("total").asInt());
        return this;
    }
}
