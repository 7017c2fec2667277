package org.xuncha.leadtransfer.internal.lead;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.internal.ModuleStore;
import org.xuncha.leadtransfer.internal.Permissions;
import org.xuncha.leadtransfer.internal.Placement;
import org.xuncha.leadtransfer.internal.Texts;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.RoundDirectory;
import org.xuncha.roundplanning.api.RoundRef;

/** People who turned themselves in during a round (主动投案), recorded against the round; names stored encrypted. */
@Component(service = SurrenderService.class)
public class SurrenderService {

    static final String TYPE = "surrender";

    public record SurrenderInput(Long roundId, Long unitId, String personName, String personPost, LocalDate surrenderedOn,
                                 String receivedBy) {
    }

    public record SurrenderView(long id, long roundId, Long unitId, String personName, String personPost, LocalDate surrenderedOn,
                                String receivedBy, String createdBy) {
    }

    private final ModuleStore store;
    private final RoundDirectory rounds;

    @Activate
    public SurrenderService(@Reference ModuleStore store, @Reference RoundDirectory rounds) {
        this.store = store;
        this.rounds = rounds;
    }

    public SurrenderView record(Caller caller, SurrenderInput in) {
        caller.require(Permissions.SURRENDER_WRITE);
        new Checks()
                .required("roundId", in.roundId(), "巡察轮次", "round")
                .required("personName", in.personName(), "姓名", "name").maxLength("personName", in.personName(), 50, "姓名", "name")
                .maxLength("personPost", in.personPost(), 100, "职务", "post")
                .required("surrenderedOn", in.surrenderedOn(), "投案日期", "date")
                .check(in.surrenderedOn() != null && in.surrenderedOn().isAfter(store.today()), "surrenderedOn", "out_of_range",
                        "投案日期不能晚于今天", "the date cannot be in the future")
                .required("receivedBy", in.receivedBy(), "受理机关", "received by").maxLength("receivedBy", in.receivedBy(), 100, "受理机关", "received by")
                .throwIfInvalid();
        RoundRef round = Placement.round(rounds, caller, in.roundId());
        return store.write(em -> {
            SurrenderEntity s = new SurrenderEntity();
            s.place(round.divisionCode(), round.termId(), round.id(), caller.username(), store.now());
            s.unitId = in.unitId();
            s.personName = store.encrypt(in.personName().trim());
            s.personPost = store.encrypt(Texts.blank(in.personPost()));
            s.surrenderedOn = in.surrenderedOn();
            s.receivedBy = in.receivedBy().trim();
            em.persist(s);
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, TYPE, s.id, "登记主动投案（轮次 " + s.roundId + "）");
            return view(s);
        });
    }

    /** The self-surrenders of a round; audited as a read. */
    public List<SurrenderView> list(Caller caller, long roundId) {
        caller.require(Permissions.SURRENDER_READ);
        Placement.round(rounds, caller, roundId);
        if (!caller.scope().coversRound(roundId)) {
            throw org.xuncha.platform.api.rest.ApiException.outOfScope();
        }
        List<SurrenderView> list = store.read(em -> em.createQuery("select s from SurrenderEntity s where s.roundId = :r order by s.surrenderedOn, s.id",
                SurrenderEntity.class).setParameter("r", roundId).getResultList().stream().map(this::view).toList());
        if (!list.isEmpty()) {
            store.audit(caller, AuditAction.READ, TYPE, null, "查看主动投案（轮次 " + roundId + "，" + list.size() + "人）");
        }
        return list;
    }

    private SurrenderView view(SurrenderEntity s) {
        return new SurrenderView(s.id, s.roundId, s.unitId, store.decrypt(s.personName), store.decrypt(s.personPost), s.surrenderedOn,
                s.receivedBy, s.createdBy);
    }
}
