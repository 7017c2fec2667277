package org.xuncha.platform.security.internal.web;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.CallerResolver;
import org.xuncha.platform.security.internal.crypto.KeyRotation;

@Service
@Command(scope = "xuncha", name = "key-rotate", description = "轮换字段加密密钥 / Rotate the SM4 field-encryption key; old records stay readable")
public class KeyRotateCommand implements Action {

    @Reference
    KeyRotation rotation;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        Caller caller = callers.console();
        String id = rotation.rotate(caller);
        System.out.println("新的当前密钥 / new current key: " + id + "  (" + rotation.keyDirectory() + ")");
        return null;
    }
}
