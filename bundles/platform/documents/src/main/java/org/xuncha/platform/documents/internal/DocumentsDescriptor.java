package org.xuncha.platform.documents.internal;

import java.util.List;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.xuncha.platform.api.AbstractModuleDescriptor;
import org.xuncha.platform.api.ModuleDescriptor;
import org.xuncha.platform.api.ModuleLevel;
import org.xuncha.platform.api.PermissionDefinition;
import org.xuncha.platform.api.security.Roles;

/** The document centre's permission. Each kind of document also needs its own module's read permission. */
@Component(service = ModuleDescriptor.class)
public class DocumentsDescriptor extends AbstractModuleDescriptor {

    public static final String ID = "documents";
    public static final String GENERATE = "documents.generate";
    public static final String TEMPLATES_MANAGE = "documents.templates.manage";
    public static final String ISSUE = "documents.issue";
    public static final String NUMBERING_MANAGE = "documents.numbering.manage";

    @Activate
    public DocumentsDescriptor(BundleContext context) {
        super(context, ID, "公文生成", "Documents", ModuleLevel.BOTH);
    }

    @Override
    public List<PermissionDefinition> permissions() {
        // business roles only: the three administrators handle no business content (三员分立)
        return List.of(new PermissionDefinition(GENERATE, "生成和下载公文", "Generate and download documents",
                Set.of(Roles.OFFICE_LEADER, Roles.OFFICE_STAFF, Roles.GROUP_LEADER, Roles.GROUP_DEPUTY, Roles.GROUP_LIAISON,
                        Roles.GROUP_MEMBER, Roles.COMMITTEE_LEADER)),
                new PermissionDefinition(TEMPLATES_MANAGE, "上传本单位公文模板", "Upload the office's document template",
                        Set.of(Roles.OFFICE_LEADER, Roles.OFFICE_STAFF)),
                // issuing (印发) gives a document its 文号 and keeps it: the office's act, not a group's
                new PermissionDefinition(ISSUE, "印发公文（编文号）和查看发文登记", "Issue documents (with a number) and read the register",
                        Set.of(Roles.OFFICE_LEADER, Roles.OFFICE_STAFF)),
                new PermissionDefinition(NUMBERING_MANAGE, "设置本单位文号格式", "Set the office's document number patterns",
                        Set.of(Roles.OFFICE_LEADER)));
    }
}
