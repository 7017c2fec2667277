package org.xuncha.platform.internal.rest;

import java.sql.SQLException;
import java.util.UUID;

import javax.persistence.OptimisticLockException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.ErrorBody;

/**
 * Turns every failure into the one error model. Expected refusals ({@link ApiException}) keep
 * their status; framework errors get the matching 4xx; anything else is a 500 with an incident id
 * to quote to the administrator, and the stack trace goes to the log, never to the client.
 */
@Component(service = ExceptionMapper.class, property = Extensions.KEY + "=" + Extensions.ERRORS)
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    @Override
    public Response toResponse(Throwable error) {
        ApiException api = find(error, ApiException.class);
        if (api != null) {
            return respond(api.status(), api.body());
        }
        if (find(error, OptimisticLockException.class) != null) {
            return respond(409, new ErrorBody("stale", "数据已被他人修改，请刷新后重试",
                    "The record was changed by someone else; reload and try again", null));
        }
        if (uniqueViolation(error)) {
            // A service checks for duplicates before it writes, but two requests at once both pass the
            // check; the database's unique constraint stops the second, which is a conflict, not a fault.
            LOG.debug("Unique constraint refused a write", error);
            return respond(409, new ErrorBody("duplicate", "与已有记录重复，请刷新后检查",
                    "This duplicates an existing record; reload and check", null));
        }
        if (error instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            // CXF reports an unmatched path or method as a plain WebApplicationException: go by status.
            int status = wae.getResponse().getStatus();
            return respond(status, switch (status) {
                case 404 -> new ErrorBody("no_such_endpoint", "请求的地址不存在", "No such endpoint", null);
                case 405 -> new ErrorBody("method_not_allowed", "不支持该请求方法", "Method not allowed", null);
                case 415 -> new ErrorBody("unsupported_media_type", "不支持的请求内容类型，请使用JSON", "Unsupported content type; send JSON", null);
                case 406 -> new ErrorBody("not_acceptable", "无法提供所要求的响应格式", "Cannot produce the requested format", null);
                default -> new ErrorBody("bad_request", "请求无效（" + status + "）", "Invalid request (" + status + ")", null);
            });
        }
        String module = ApiDispatcher.currentModuleWithdrawn();
        if (module != null) {
            // the module began to go away while this request was inside it: its services are stopping
            LOG.debug("Request to module {} failed while the module was being withdrawn", module, error);
            return Response.status(503).header("Retry-After", ApiDispatcher.RETRY_AFTER_SECONDS)
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(ApiDispatcher.unavailableBody(module)).build();
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error, incident {}", incident, error);
        return respond(500, new ErrorBody("internal_error", "服务器内部错误，请联系管理员（事件编号 " + incident + "）",
                "Internal error; tell the administrator (incident " + incident + ")", null));
    }

    private static Response respond(int status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** SQLSTATE 23505, unique violation, in H2 and PostgreSQL alike. */
    private static boolean uniqueViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (SQLException s = t instanceof SQLException sql ? sql : null; s != null; s = s.getNextException()) {
                if ("23505".equals(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
