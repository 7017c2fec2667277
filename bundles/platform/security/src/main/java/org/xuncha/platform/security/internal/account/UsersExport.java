package org.xuncha.platform.security.internal.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.platform.security.internal.Store;

/**
 * The accounts list (账号管理) as a spreadsheet: read through {@link UserService#users} as the page reads it
 * (its permission and keyword), the page's columns under Chinese headers, audited. No secret leaves here: the
 * view holds none.
 */
@Component(service = UsersExport.class)
public class UsersExport {

    static final List<String> HEADER = List.of("用户名", "姓名", "所属区划", "角色", "账号状态", "动态口令", "最近登录");

    private final ModuleStore db;
    private final UserService users;
    private final AccountReferences references;
    private final SpreadsheetService spreadsheets;

    @Activate
    public UsersExport(@Reference Store store, @Reference UserService users, @Reference AccountReferences references,
                       @Reference SpreadsheetService spreadsheets) {
        this.db = store.db();
        this.users = users;
        this.references = references;
        this.spreadsheets = spreadsheets;
    }

    /** Every account the page lists for this keyword ({@code text}), in its order ({@code sort}, by user name unless given). */
    public byte[] export(Caller caller, String text, String sort) {
        List<UserView> all = Page.all(sort, UserService.SORT.keySet(), "username", r -> users.users(caller, text, r));
        Map<String, String> roleNames = Roles.BUILT_IN.stream().collect(Collectors.toMap(Roles.RoleDefinition::id, Roles.RoleDefinition::nameZh));
        List<List<Object>> rows = new ArrayList<>();
        for (UserView u : all) {
            rows.add(Arrays.asList(u.username(), u.displayName(), references.divisionName(u.divisionCode()),
                    u.roles().stream().sorted().map(r -> roleNames.getOrDefault(r, r)).collect(Collectors.joining("、")), state(u),
                    u.totpEnabled() ? "已启用" : "未启用", u.lastLoginAt()));
        }
        byte[] xlsx = spreadsheets.write(List.of(new SpreadsheetService.Sheet("账号", "账号清单（" + db.today() + "）", HEADER, rows)));
        db.audit(caller, AuditAction.EXPORT, "user", null, "导出账号清单 " + rows.size() + " 个");
        return xlsx;
    }

    /** The page's 账号状态, in its order of precedence. */
    static String state(UserView u) {
        return u.locked() ? "已锁定" : !u.enabled() ? "已停用" : u.credentialsPending() ? "待发放密码" : u.mustChangePassword() ? "待改密" : "正常";
    }
}
