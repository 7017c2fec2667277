package org.xuncha.platform.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.refusal;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.documents.DocumentService;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.testkit.InMemoryAttachments;
import org.xuncha.testkit.TestCallers;

/** Office templates: a broken upload stores nothing, versions are kept, each office sees only its own. */
class OfficeTemplatesTest {

    final DocumentService documents = DocumentServiceImpl.standalone();
    final OfficeTemplates templates = new OfficeTemplates(new InMemoryAttachments(), documents);
    final Caller city = TestCallers.city("office-staff", DocumentsDescriptor.GENERATE, DocumentsDescriptor.TEMPLATES_MANAGE);
    final Caller county = TestCallers.county("office-staff", DocumentsDescriptor.GENERATE, DocumentsDescriptor.TEMPLATES_MANAGE);

    @Test
    void uploadsAreCheckedVersionedAndTheNewestIsUsed() {
        assertThat(templates.current(city).version()).isZero();
        assertThat(refusal(() -> templates.upload(city, "坏.docx", new ByteArrayInputStream("不是文档".getBytes()))).code())
                .isEqualTo("bad_template");
        assertThat(templates.versions(city)).isEmpty();

        byte[] template = documents.defaultTemplate();
        OfficeTemplates.Version v1 = templates.upload(city, "模板.docx", new ByteArrayInputStream(template));
        OfficeTemplates.Version v2 = templates.upload(city, "模板二.docx", new ByteArrayInputStream(template));
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(templates.versions(city)).extracting(OfficeTemplates.Version::filename).containsExactly("模板二.docx", "模板.docx");
        assertThat(templates.current(city).version()).isEqualTo(2);
        assertThat(templates.content(city, v1.id())).isEqualTo(template);

        assertThat(templates.versions(county)).isEmpty();
        assertThat(templates.current(county).version()).isZero();
        assertThat(refusal(() -> templates.content(county, v1.id())).code()).isEqualTo("out_of_scope");
    }
}
