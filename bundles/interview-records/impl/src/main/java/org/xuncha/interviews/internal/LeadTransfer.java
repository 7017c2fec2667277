package org.xuncha.interviews.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.leadtransfer.api.LeadIntake;
import org.xuncha.platform.api.rest.ApiException;

/**
 * The lead-transfer module's intake, the way {@link Rounds} holds round planning: an optional,
 * dynamic, greedy reference, so installing, updating or removing lead transfer never restarts this
 * module. While it is absent raised problems and leads wait as pending; whoever needs to know when
 * it comes back (the automatic hand-over) registers with {@link #onAvailable}.
 */
@Component(service = LeadTransfer.class)
public class LeadTransfer {

    private static final Logger LOG = LoggerFactory.getLogger(LeadTransfer.class);

    private volatile LeadIntake intake;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindIntake(LeadIntake i) {
        intake = i;
        LOG.info("Lead transfer is available: pending problems and leads will be handed over");
        listeners.forEach(Runnable::run);
    }

    void unbindIntake(LeadIntake i) {
        if (intake == i) {
            intake = null;
            LOG.info("Lead transfer went away: problems and leads raised from now on wait as pending");
        }
    }

    /** Whether lead transfer runs now. */
    public boolean available() {
        return intake != null;
    }

    /** The intake now, or null while lead transfer is absent. */
    public LeadIntake intake() {
        return intake;
    }

    /** The intake now; 503 {@code lead_transfer_unavailable} while lead transfer is absent. */
    public LeadIntake require() {
        LeadIntake i = intake;
        if (i == null) {
            throw new ApiException(503, "lead_transfer_unavailable", "线索处置模块未安装或未运行，问题和线索已保存为待移交，模块运行后将自动移交",
                    "The lead-transfer module is not running; problems and leads are kept pending and handed over when it runs");
        }
        return i;
    }

    /** Runs {@code listener} whenever lead transfer appears, and at once if it runs already. */
    public void onAvailable(Runnable listener) {
        listeners.add(listener);
        if (available()) {
            listener.run();
        }
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
