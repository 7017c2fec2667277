package org.xuncha.leadtransfer.internal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.leadtransfer.internal.TestModule.member;
import static org.xuncha.leadtransfer.internal.TestModule.office;
import static org.xuncha.testkit.Refusals.refusal;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.internal.TestModule;
import org.xuncha.leadtransfer.internal.lead.LeadLifecycle.TransferInput;
import org.xuncha.leadtransfer.internal.lead.ReceiverKind;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;

/** 点人点事交办单: what it says comes from the lead, read as the caller may read it. */
class AssignmentSheetKindTest {

    final TestModule m = new TestModule();
    final AssignmentSheetKind kind = new AssignmentSheetKind(m.leads, m.feedback);

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    @Test
    void theSheetNamesThePersonAndTheProblemOfTheLead() {
        long id = m.aLead();
        DocumentContent c = kind.build(office(), Map.of("leadId", String.valueOf(id)));
        assertThat(c.title()).isEqualTo("点人点事交办单");
        assertThat(c.body().toString()).as("a lead not transferred yet").contains("（接收单位）：", "周某", "反映其虚列支出", "线索编号" + id);
        assertThat(kind.filename(Map.of("leadId", String.valueOf(id)))).isEqualTo("点人点事交办单-线索" + id);
    }

    @Test
    void anIssuedSheetsNumberIsTheLeadsTransferNumberUntilTheLeadIsTransferred() {
        long id = m.aLead();
        Map<String, String> p = Map.of("leadId", String.valueOf(id));
        ApiException none = refusal(() -> m.feedback.transfer(office(), id, new TransferInput(ReceiverKind.DISCIPLINE_COMMISSION, null, null, m.today())));
        assertThat(none.fields()).as("no sheet issued, no number given").extracting(FieldError::field).containsExactly("documentNumber");
        kind.issued(member(), p, "聊巡办〔2025〕1号");
        assertThat(m.leads.get(office(), id).documentNumber()).as("who may not transfer changes nothing").isNull();

        kind.issued(office(), p, "聊巡办〔2025〕2号");
        assertThat(m.leads.get(office(), id).documentNumber()).isEqualTo("聊巡办〔2025〕2号");
        assertThat(kind.build(office(), p).fields()).containsEntry(DocumentContent.NUMBER, "聊巡办〔2025〕2号");
        // the transfer carries the sheet's number; a sheet issued again later does not change a past transfer
        assertThat(m.feedback.transfer(office(), id, new TransferInput(ReceiverKind.DISCIPLINE_COMMISSION, null, null, m.today())).documentNumber())
                .isEqualTo("聊巡办〔2025〕2号");
        kind.issued(office(), p, "聊巡办〔2025〕3号");
        assertThat(m.leads.get(office(), id).documentNumber()).isEqualTo("聊巡办〔2025〕2号");
    }

    @Test
    void aTransferNamingAnotherNumberKeepsIt() {
        long id = m.aLead();
        kind.issued(office(), Map.of("leadId", String.valueOf(id)), "聊巡办〔2025〕2号");
        assertThat(m.feedback.transfer(office(), id, new TransferInput(ReceiverKind.DISCIPLINE_COMMISSION, null, "聊纪〔2025〕8号", m.today()))
                .documentNumber()).isEqualTo("聊纪〔2025〕8号");
    }

    @Test
    void aMissingOrBadLeadIdIsA400OnTheFieldAndAnUnknownLeadA404() {
        for (Map<String, String> bad : java.util.List.of(Map.<String, String>of(), Map.of("leadId", "十二"), Map.of("leadId", "-3"))) {
            ApiException e = refusal(() -> kind.build(office(), bad));
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.fields()).extracting(FieldError::field).containsExactly("leadId");
        }
        assertThat(refusal(() -> kind.build(office(), Map.of("leadId", "9999"))).status()).isEqualTo(404);
    }
}
