package org.xuncha.roundplanning.internal.group;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.MemberCheck;

/**
 * The member checks other modules register (whiteboard): every one is asked before a group's
 * members or targets change, and any finding refuses the change. The reference is dynamic, multiple
 * and greedy, so a module installed or removed adds or takes away its check for the next change
 * without restarting anything here.
 */
@Component(service = MemberChecks.class)
public class MemberChecks {

    private static final Logger LOG = Logger.getLogger(MemberChecks.class.getName());

    private final List<MemberCheck> checks = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void add(MemberCheck check) {
        checks.add(check);
    }

    void remove(MemberCheck check) {
        checks.remove(check);
    }

    /** The checks as given (unit tests). */
    public static MemberChecks of(MemberCheck... given) {
        MemberChecks c = new MemberChecks();
        c.checks.addAll(List.of(given));
        return c;
    }

    /** Whether any module registered a check. */
    boolean any() {
        return !checks.isEmpty();
    }

    /**
     * Asks every check; 409 {@code member_check_failed} with every finding, each a field error on the
     * member it concerns naming the rule and the fact. A check that fails because its module went away
     * meanwhile no longer counts; one that fails while still registered answers 503: a change is never
     * let through unchecked.
     */
    void require(Caller caller, MemberCheck.Change change, LongFunction<String> personName) {
        List<MemberCheck.Finding> found = new ArrayList<>();
        for (MemberCheck check : checks) {
            try {
                found.addAll(check.check(caller, change));
            } catch (ApiException e) {
                throw e;
            } catch (RuntimeException e) {
                if (!checks.contains(check)) {
                    continue;
                }
                LOG.log(Level.WARNING, "member check " + check.getClass().getName() + " failed: " + e.getClass().getName());
                throw new ApiException(503, "member_check_unavailable", "巡察组成员检查暂不可用，请稍后重试",
                        "A check of the group's members is not available; try again shortly");
            }
        }
        if (found.isEmpty()) {
            return;
        }
        List<FieldError> fields = new ArrayList<>();
        for (MemberCheck.Finding f : found) {
            String who = personName.apply(f.personId());
            fields.add(new FieldError(field(change.members(), f.personId()), f.rule(), who + "：" + f.ruleZh() + "（" + f.factZh() + "）",
                    who + ": " + f.ruleEn() + " (" + f.factEn() + ")"));
        }
        MemberCheck.Finding first = found.get(0);
        String who = personName.apply(first.personId());
        throw new ApiException(409, "member_check_failed",
                "巡察组成员未通过回避和冲突检查：" + who + "，" + first.ruleZh() + "（" + first.factZh() + "）"
                        + (found.size() > 1 ? "等 " + found.size() + " 项" : ""),
                "A member of the group fails a check: " + who + ", " + first.ruleEn() + " (" + first.factEn() + ")"
                        + (found.size() > 1 ? " and " + (found.size() - 1) + " more" : ""),
                fields);
    }

    private static String field(List<GroupMember> members, long personId) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).personId() == personId) {
                return "members[" + i + "].personId";
            }
        }
        return "members";
    }
}
