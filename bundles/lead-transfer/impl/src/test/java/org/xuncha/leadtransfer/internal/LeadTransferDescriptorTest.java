package org.xuncha.leadtransfer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.xuncha.leadtransfer.api.LeadTransferPermissions;
import org.xuncha.platform.api.PermissionDefinition;

/** What the role editor shows of the module's permissions. */
class LeadTransferDescriptorTest {

    @Test
    void theExportPermissionNamesEveryListItGuardsNotJustTheLedger() {
        PermissionDefinition export = new LeadTransferDescriptor(context(), null, null).permissions().stream()
                .filter(p -> p.id().equals(LeadTransferPermissions.LEAD_EXPORT)).findFirst().orElseThrow();
        // the ledger (LeadResource), 问题底稿 (ProblemResource), 巡纪审联动 (JointOperationResource), 会商研判 (ConsultationResource)
        assertThat(export.nameZh()).contains("线索移交台账", "问题底稿", "巡纪审联动", "会商研判");
        assertThat(export.nameEn()).contains("lead ledger", "problems", "joint operations", "consultations");
    }

    /** A bundle context that only knows its bundle's version, which is all a descriptor asks of it. */
    private static BundleContext context() {
        Bundle bundle = (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (p, m, args) -> m.getName().equals("getVersion") ? new Version(1, 0, 0) : null);
        return (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(), new Class<?>[] {BundleContext.class},
                (p, m, args) -> m.getName().equals("getBundle") ? bundle : null);
    }
}
