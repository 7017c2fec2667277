package org.xuncha.leadtransfer.internal.lead;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.SURRENDER_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.SURRENDER_WRITE;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.internal.Dates;
import org.xuncha.leadtransfer.internal.References;
import org.xuncha.leadtransfer.internal.Rounds;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.leadtransfer.internal.Texts;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * People who turned themselves in during a round (主动投案), recorded against the round (looked up in
 * round planning) and, if given, their unit (looked up in reference data); names stored encrypted.
 * Listing reads what is stored, within the caller's divisions, without round planning.
 */
@Component(service = SurrenderService.class)
public class SurrenderService {

    static final String TYPE = "surrender";
    static final int PERSON_NAME_MAX = 50;
    static final int PERSON_POST_MAX = 100;
    static final int RECEIVED_BY_MAX = 100;

    public record SurrenderInput(Long roundId, Long unitId, String personName, String personPost, LocalDate surrenderedOn,
                                 String receivedBy) {
    }

    public record SurrenderView(long id, long roundId, Long unitId, String personName, String personPost, LocalDate surrenderedOn,
                                String receivedBy, String createdBy) {
    }

    private final ModuleStore store;
    private final Rounds rounds;
    private final References references;

    @Activate
    public SurrenderService(@Reference Store store, @Reference Rounds rounds, @Reference References references) {
        this.store = store.db();
        this.rounds = rounds;
        this.references = references;
    }

    public SurrenderView record(Caller caller, SurrenderInput in) {
        caller.require(SURRENDER_WRITE);
        Checks checks = new Checks()
                .required("roundId", in.roundId(), "巡察轮次", "round")
                .required("personName", in.personName(), "姓名", "name").maxLength("personName", in.personName(), PERSON_NAME_MAX, "姓名", "name")
                .maxLength("personPost", in.personPost(), PERSON_POST_MAX, "职务", "post")
                .required("surrenderedOn", in.surrenderedOn(), "投案日期", "date")
                .required("receivedBy", in.receivedBy(), "受理机关", "received by")
                .maxLength("receivedBy", in.receivedBy(), RECEIVED_BY_MAX, "受理机关", "received by");
        Dates.past(checks, "surrenderedOn", in.surrenderedOn(), store.today(), "投案日期", "the date").throwIfInvalid();
        RoundRef round = rounds.round(caller, in.roundId());
        if (in.unitId() != null) {
            references.unit(caller, "unitId", in.unitId());
        }
        return store.write(em -> {
            SurrenderEntity s = new SurrenderEntity();
            s.place(round.divisionCode(), round.termId(), round.id(), caller.username(), store.now());
            s.unitId = in.unitId();
            s.surrenderedOn = in.surrenderedOn();
            s.receivedBy = in.receivedBy().trim();
            em.persist(s);
            s.personName = store.encrypt(in.personName().trim(), s.place("person_name"));
            s.personPost = store.encrypt(Texts.blank(in.personPost()), s.place("person_post"));
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, TYPE, s.id, "登记主动投案（轮次 " + s.roundId + "）");
            return view(s);
        });
    }

    /** The self-surrenders of a round the caller's scope covers (none for another's); audited as a read. */
    public List<SurrenderView> list(Caller caller, long roundId) {
        caller.require(SURRENDER_READ);
        Where w = Where.scoped(caller, "s.divisionCode", null, "s.roundId").eq("s.roundId", "round", roundId);
        List<SurrenderView> list = store.read(em -> w.list(em, SurrenderEntity.class, "s", " order by s.surrenderedOn, s.id"))
                .stream().map(this::view).toList();
        if (!list.isEmpty()) {
            store.audit(caller, AuditAction.READ, TYPE, null, "查看主动投案（轮次 " + roundId + "，" + list.size() + "人）");
        }
        return list;
    }

    private SurrenderView view(SurrenderEntity s) {
        return new SurrenderView(s.id, s.roundId, s.unitId, store.decrypt(s.personName, s.place("person_name")),
                store.decrypt(s.personPost, s.place("person_post")), s.surrenderedOn,
                s.receivedBy, s.createdBy);
    }
}
