package org.xuncha.platform.security.internal.web;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.security.CallerResolver;
import org.xuncha.platform.security.internal.account.SecondFactorRule;
import org.xuncha.platform.security.internal.account.UserView;

/** The security administrator resets another account's second factor (lost authenticator); ACL: {@code security-*}. */
@Service
@Command(scope = "xuncha", name = "security-second-factor-reset",
        description = "重置账号的动态口令（认证器丢失） / Reset an account's second factor (lost authenticator)")
public class SecondFactorResetCommand implements Action {

    @Reference
    SecondFactorReset resets;

    @Reference
    CallerResolver callers;

    @Argument(index = 0, name = "username", description = "账号 / account", required = true)
    String username;

    @Override
    public Object execute() {
        UserView v = resets.reset(callers.console(), username);
        System.out.println("已重置 " + v.username() + " 的动态口令，其会话已结束；" + (SecondFactorRule.administrator(v)
                ? "下次登录须重新绑定 / second factor reset, sessions ended; it enrols again at its next sign-in"
                : "已停用，可由本人重新启用 / second factor reset and off, sessions ended; its owner may turn it on again"));
        return null;
    }
}
