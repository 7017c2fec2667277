package org.xuncha.platform.security.internal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuncha.platform.security.internal.account.AccountFixture.CITY;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.platform.internal.spreadsheet.FastexcelSpreadsheets;

/** The accounts list as exported: the page's columns under Chinese headers, its keyword, its permission, audited. */
class UsersExportTest {

    @TempDir
    Path dir;

    private AccountFixture f;
    private final FastexcelSpreadsheets spreadsheets = new FastexcelSpreadsheets();

    @BeforeEach
    void open() {
        f = new AccountFixture(dir);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void theAccountsAsThePageListsThem() throws Exception {
        long id = ((UserView) f.users.create(f.sysadmin(), new UserDraft("office.city", "办公室", CITY, null, null)).get("user")).id();
        f.roles.setRoles(f.secadmin(), id, Set.of(Roles.OFFICE_STAFF));
        UsersExport export = new UsersExport(f.base.store, f.users, f.references, spreadsheets);

        List<List<String>> rows = spreadsheets.readFirstSheet(new ByteArrayInputStream(export.export(f.sysadmin(), "office", null)));
        int header = rows.indexOf(UsersExport.HEADER);
        assertThat(header).as("the Chinese header row").isNotNegative();
        assertThat(rows.subList(header + 1, rows.size())).as("the page's keyword").hasSize(1);
        List<String> row = rows.get(header + 1);
        assertThat(row.subList(0, 6)).containsExactly("office.city", "办公室", "聊城市",
                Roles.BUILT_IN.stream().filter(r -> r.id().equals(Roles.OFFICE_STAFF)).findFirst().orElseThrow().nameZh(), "待发放密码", "未启用");
        assertThat(f.base.audited()).last().asString().contains("EXPORT").contains("导出账号清单 1 个");

        List<List<String>> all = spreadsheets.readFirstSheet(new ByteArrayInputStream(export.export(f.sysadmin(), null, null)));
        assertThat(all.size() - all.indexOf(UsersExport.HEADER) - 1).as("every account, over all pages").isEqualTo(f.users.users(f.sysadmin(), null,
                org.xuncha.platform.api.rest.PageRequest.first(100)).total());
        assertThatThrownBy(() -> export.export(f.caller("office.city"), null, null)).as("the list's read permission")
                .isInstanceOf(ApiException.class);
    }
}
