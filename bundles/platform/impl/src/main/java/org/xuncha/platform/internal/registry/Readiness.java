package org.xuncha.platform.internal.registry;

import java.util.ArrayList;
import java.util.List;

import org.xuncha.platform.api.rest.ErrorBody;
import org.xuncha.platform.internal.rest.ModuleApplications;

/**
 * When {@code /api/health} may say UP: Karaf has booted, the platform's own REST application is served
 * whole (every resource its bundles declare is in it and none is waiting to join it, so no rebuild is due
 * that would answer 503 meanwhile), the security spine's resources (sign-in, sessions, administration,
 * audit) are part of it, and the database answers. Until then health answers 503 and names what it is
 * waiting for, so that a load balancer or a start script sends nobody in before a sign-in can work.
 *
 * @param status     UP; STARTING while booting or while the platform's API is not whole; DEGRADED when only
 *                   the database is missing
 * @param waitingFor what is not ready yet, each with a code and a zh + en message; empty when UP
 */
public record Readiness(String status, List<ErrorBody> waitingFor) {

    /** The bundle of the security spine, whose resources the platform's application must serve. */
    static final String SECURITY_BUNDLE = "org.xuncha.platform.security";

    static Readiness of(boolean booted, ModuleApplications.Serving platform, boolean databaseUp) {
        List<ErrorBody> waiting = new ArrayList<>();
        if (!booted) {
            waiting.add(new ErrorBody("booting", "平台正在启动", "The platform is still booting", null));
        }
        if (!platform.complete()) {
            String without = platform.missing().isEmpty() ? "" : "：" + String.join(", ", platform.missing());
            waiting.add(new ErrorBody("platform_api", "平台接口尚未完整提供" + without,
                    "The platform's REST application is not served whole yet" + (without.isEmpty() ? "" : " (without " + String.join(", ", platform.missing()) + ")"), null));
        }
        if (!platform.bundles().contains(SECURITY_BUNDLE)) {
            waiting.add(new ErrorBody("security", "安全服务（登录、会话）尚未就绪", "The security spine (sign-in, sessions) is not served yet", null));
        }
        boolean starting = !waiting.isEmpty();
        if (!databaseUp) {
            waiting.add(new ErrorBody("database", "数据库无法连接", "The database does not answer", null));
        }
        String status = starting ? "STARTING" : waiting.isEmpty() ? "UP" : "DEGRADED";
        return new Readiness(status, List.copyOf(waiting));
    }

    /** What health answers while the platform's application is not in service at all (it cannot answer itself then). */
    public static Readiness unserved() {
        return of(true, ModuleApplications.Serving.NONE, true);
    }

    public boolean up() {
        return "UP".equals(status);
    }
}
