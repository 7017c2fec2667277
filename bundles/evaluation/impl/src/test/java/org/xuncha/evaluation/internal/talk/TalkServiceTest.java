package org.xuncha.evaluation.internal.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuncha.evaluation.internal.TestModule.R1;
import static org.xuncha.evaluation.internal.TestModule.cityOffice;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.evaluation.api.Talk;
import org.xuncha.evaluation.api.TalkDraft;
import org.xuncha.evaluation.internal.TestModule;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;

class TalkServiceTest {

    private final TestModule m = new TestModule(java.util.Map.of("talkBottom", 1));

    @AfterEach
    void close() {
        m.close();
    }

    private long opened() {
        List<Long> ids = m.store.db().write(em -> m.talks.applyRule(em, cityOffice(), m.directory.round(R1).orElseThrow(),
                List.of(List.of(new TalkRules.Place(TestModule.LEADER_A, 90), new TalkRules.Place(TestModule.LEADER_C, 10)),
                        List.of(new TalkRules.Place(TestModule.LEADER_A, 90), new TalkRules.Place(TestModule.LEADER_C, 10)))));
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    @Test
    void whatWasSaidIsStoredEncryptedReadOneAtATimeAndAudited() {
        long id = opened();
        long version = m.talks.talk(cityOffice(), id).version();
        Talk t = m.talks.record(cityOffice(), id, new TalkDraft(LocalDate.of(2025, 6, 29), "王主任", "指出排名靠后的原因", "一个月内报送整改措施", version));
        assertThat(t.said()).isEqualTo("指出排名靠后的原因");
        assertThat(m.db.stored("xc_evaluation_talk", "said", id)).doesNotContain("排名");
        assertThat(m.talks.talks(cityOffice(), R1, PageRequest.first(10)).items()).singleElement()
                .satisfies(x -> assertThat(x.said()).isNull());
        assertThat(m.talks.talk(cityOffice(), id).said()).isEqualTo("指出排名靠后的原因");
        assertThat(m.db.audits()).anyMatch(a -> a.type().equals("talk") && a.action() == AuditAction.READ);
    }

    @Test
    void aStaleVersionAFutureDayAndMissingFieldsAreRefused() {
        long id = opened();
        long version = m.talks.talk(cityOffice(), id).version();
        m.talks.record(cityOffice(), id, new TalkDraft(LocalDate.of(2025, 6, 29), "王主任", "内容", null, version));
        assertThatThrownBy(() -> m.talks.record(cityOffice(), id, new TalkDraft(LocalDate.of(2025, 6, 29), "王主任", "再记", null, version)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> m.talks.record(cityOffice(), id, new TalkDraft(LocalDate.of(2025, 7, 1), " ", null, null, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fields()).extracting(f -> f.field())
                        .containsExactlyInAnyOrder("heldOn", "heldBy", "said", "version"));
        assertThatThrownBy(() -> m.talks.talk(TestModule.countyOffice(), id))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
