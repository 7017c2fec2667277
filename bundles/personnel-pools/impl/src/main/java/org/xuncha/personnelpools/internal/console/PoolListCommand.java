package org.xuncha.personnelpools.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.personnelpools.api.EntryStatus;
import org.xuncha.personnelpools.api.PoolEntry;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.PoolService;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.CallerResolver;

/** {@code xuncha:personnel-pools-list [POOL]}: the people in a pool (or all pools), as the console user sees them. */
@Service
@Command(scope = "xuncha", name = "personnel-pools-list", description = "列出人才库在库人员 / List the people in a pool")
public class PoolListCommand implements Action {

    @Argument(index = 0, name = "pool", description = "LEADER, DEPUTY, LIAISON, MEMBER, NONRESIDENT_DEPUTY or TRAINER; all when omitted")
    String pool;

    @Reference
    PoolService pools;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        PoolKind kind = pool == null ? null : PoolKind.valueOf(pool.trim().toUpperCase(java.util.Locale.ROOT));
        var page = pools.entries(callers.console(), new PoolEntry.Query(kind, EntryStatus.ACTIVE, null, null),
                PageRequest.of(1, PageRequest.MAX_SIZE, "pool", PoolService.SORTABLE, "pool"));
        for (PoolEntry e : page.items()) {
            System.out.println(e.id() + "\t" + e.pool().nameZh() + "\t" + e.personName() + "\t" + (e.rank() == null ? "" : e.rank()) + "\t"
                    + String.join("、", e.specialties()));
        }
        System.out.println("total: " + page.total());
        return null;
    }
}
