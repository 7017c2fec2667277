package org.xuncha.roundplanning.internal.avoidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.scopeFieldCodes;
import static org.xuncha.testkit.Refusals.refusal;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Avoidance;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.internal.Testbed;
import org.xuncha.testkit.TestModuleStore;

class AvoidanceServiceTest {

    private final Testbed t = new Testbed();
    private final AvoidanceService avoidances = t.avoidances;
    private final Caller self = t.groupMember(t.member.id(), Set.of(), Set.of(), Set.of(), RoundPlanningPermissions.AVOIDANCE_DECLARE);

    @AfterEach
    void close() {
        t.close();
    }

    private Avoidance declaration(Long personId, Long unitId, String note) {
        return new Avoidance(null, personId, unitId, Avoidance.Kind.RELATIVE, note, null, null);
    }

    @Test
    void aPersonDeclaresTheirOwnTheNoteIsStoredEncryptedAndEveryReadIsAudited() {
        Avoidance a = avoidances.declare(self, declaration(null, t.firm.id(), "配偶在该单位任职"));
        assertThat(a.personId()).isEqualTo(t.member.id());
        assertThat(a.note()).isEqualTo("配偶在该单位任职");
        String stored = t.db.read(em -> em.find(AvoidanceEntity.class, a.id()).noteCipher);
        assertThat(stored).startsWith(TestModuleStore.BOUND_PREFIX).doesNotContain("配偶");
        t.db.clearRecords();
        assertThat(avoidances.list(self, null)).containsExactly(a);
        assertThat(t.db.audits()).extracting(TestModuleStore.Audited::action).containsExactly(AuditAction.READ);
        assertThat(refusal(() -> avoidances.declare(self, declaration(null, t.firm.id(), null))).code()).isEqualTo("duplicate");
    }

    @Test
    void thePersonAndTheUnitMustExistAndLieInScope() {
        assertThat(fieldCodes(() -> avoidances.declare(t.office, declaration(-1L, -1L, null)))).containsExactly("personId:not_found");
        assertThat(fieldCodes(() -> avoidances.declare(t.office, declaration(t.leader.id(), -1L, null)))).containsExactly("unitId:not_found");
        assertThat(scopeFieldCodes(() -> avoidances.declare(t.office, declaration(t.elsewherePerson.id(), t.elsewhereUnit.id(), null))))
                .containsExactly("personId:out_of_scope");
        assertThat(scopeFieldCodes(() -> avoidances.declare(t.office, declaration(t.leader.id(), t.elsewhereUnit.id(), null))))
                .containsExactly("unitId:out_of_scope");
        assertThat(scopeFieldCodes(() -> avoidances.declare(t.countyOffice, declaration(t.member.id(), t.countyUnit.id(), null))))
                .containsExactly("personId:out_of_scope");
        assertThat(fieldCodes(() -> avoidances.declare(self, new Avoidance(null, null, null, null, "说".repeat(1001), null, null))))
                .containsExactlyInAnyOrder("unitId:required", "kind:required", "note:too_long");
    }

    @Test
    void aLongChineseNoteThatWouldNotFitOnceEncryptedIsRefusedNotStored() {
        // 1,000 characters pass the length check, but their ciphertext is longer than the column
        String note = "亲".repeat(1000);
        assertThat(fieldCodes(() -> avoidances.declare(self, declaration(null, t.firm.id(), note)))).containsExactly("note:too_long");
        assertThat(avoidances.declare(self, declaration(null, t.firm.id(), "亲".repeat(700))).note()).hasSize(700);
    }

    @Test
    void othersDeclarationsNeedTheOfficesRights() {
        assertThat(refusal(() -> avoidances.declare(self, declaration(t.leader.id(), t.firm.id(), null))).status()).isEqualTo(403);
        Avoidance a = avoidances.declare(t.office, declaration(t.leader.id(), t.firm.id(), null));
        assertThat(refusal(() -> avoidances.list(self, t.leader.id())).status()).isEqualTo(403);
        assertThat(refusal(() -> avoidances.withdraw(self, a.id())).status()).isEqualTo(403);
        assertThat(avoidances.list(t.office, null)).containsExactly(a);
        assertThat(avoidances.list(t.countyOffice, null)).isEmpty();
        avoidances.withdraw(t.office, a.id());
        assertThat(refusal(() -> avoidances.withdraw(t.office, a.id())).status()).isEqualTo(404);
    }
}
