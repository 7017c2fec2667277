package org.xuncha.platform.security.internal.audit;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.security.CallerResolver;

@Service
@Command(scope = "xuncha", name = "audit-verify", description = "核验审计链 / Verify the audit chain and name the first altered, removed or inserted record")
public class AuditVerifyCommand implements Action {

    @Reference
    AuditTrailImpl audit;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        AuditVerifier.Report r = audit.verify(callers.console());
        System.out.println(r.message());
        System.out.println(r.messageEn());
        if (!r.intact()) {
            System.out.println("FIRST BAD RECORD: " + r.firstBadSeq() + " (" + r.problem() + ")");
        }
        return null;
    }
}
