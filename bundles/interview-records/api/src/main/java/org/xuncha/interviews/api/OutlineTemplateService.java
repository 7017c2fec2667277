package org.xuncha.interviews.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.security.Caller;

/**
 * The outline library (谈话提纲模板): the built-in templates shipped with the module and the office's
 * own. Not scoped: every holder of {@link InterviewRecordsPermissions#TEMPLATE_READ} sees all of them.
 */
@ProviderType
public interface OutlineTemplateService {

    /** The library, built-in templates first. */
    List<OutlineTemplate> templates(Caller caller);

    OutlineTemplate template(Caller caller, long id);

    OutlineTemplate createTemplate(Caller caller, TemplateDraft draft);

    /** @throws org.xuncha.platform.api.rest.ApiException 409 for a built-in template */
    OutlineTemplate updateTemplate(Caller caller, long id, TemplateDraft draft);
}
