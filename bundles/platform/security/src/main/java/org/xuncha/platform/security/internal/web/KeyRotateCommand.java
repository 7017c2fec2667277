package org.xuncha.platform.security.internal.web;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.CallerResolver;
import org.xuncha.platform.security.internal.audit.SealKeyRotation;
import org.xuncha.platform.security.internal.crypto.KeyRotation;

@Service
@Command(scope = "xuncha", name = "key-rotate", description = "轮换字段加密密钥（--seal：审计封签密钥） / Rotate the SM4 field-encryption key (--seal: the SM2 audit-seal key); old records and seals stay readable")
public class KeyRotateCommand implements Action {

    @Reference
    KeyRotation rotation;

    @Reference
    CallerResolver callers;

    @Reference
    SealKeyRotation seals;

    @Option(name = "--seal", description = "轮换审计封签密钥（SM2） / rotate the SM2 audit-seal key instead")
    boolean seal;

    @Override
    public Object execute() {
        Caller caller = callers.console();
        if (seal) {
            System.out.println("新的审计封签密钥 / new audit-seal key: " + seals.rotate(caller) + "  (" + rotation.keyDirectory() + ")");
            return null;
        }
        String id = rotation.rotate(caller);
        System.out.println("新的当前密钥 / new current key: " + id + "  (" + rotation.keyDirectory() + ")");
        return null;
    }
}
