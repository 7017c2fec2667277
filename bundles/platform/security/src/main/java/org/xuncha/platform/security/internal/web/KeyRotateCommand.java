package org.xuncha.platform.security.internal.web;

import java.security.AccessController;

import javax.security.auth.Subject;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.CallerResolver;
import org.xuncha.platform.security.internal.SecurityDescriptor;
import org.xuncha.platform.security.internal.SecuritySetup;

@Service
@Command(scope = "xuncha", name = "key-rotate", description = "轮换字段加密密钥 / Rotate the SM4 field-encryption key; old records stay readable")
public class KeyRotateCommand implements Action {

    @Reference
    SecuritySetup setup;

    @Reference
    AuditTrail audit;

    @Reference
    CallerResolver callers;

    @Override
    @SuppressWarnings("removal")
    public Object execute() {
        Caller caller = callers.fromSubject(Subject.getSubject(AccessController.getContext())).require(SecurityDescriptor.KEYS_MANAGE);
        String id = setup.fieldKeys().rotate();
        audit.record(caller, AuditEntry.of(AuditAction.SECURITY, SecuritySetup.MODULE, "key", id, "轮换字段加密密钥，新密钥 " + id));
        System.out.println("新的当前密钥 / new current key: " + id + "  (" + setup.keys().path() + ")");
        return null;
    }
}
