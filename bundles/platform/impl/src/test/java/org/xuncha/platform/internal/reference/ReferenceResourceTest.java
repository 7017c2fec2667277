package org.xuncha.platform.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuncha.platform.internal.reference.ReferenceFixture.CITY;
import static org.xuncha.testkit.TestCallers.context;

import java.io.ByteArrayInputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.reference.Division;
import org.xuncha.platform.api.reference.DivisionLevel;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.spreadsheet.ImportJobService;

/** The REST face of reference data: creations answer 201, templates download under their Chinese names, absent is absent. */
class ReferenceResourceTest {

    private final ReferenceFixture f = new ReferenceFixture().withDivisions();
    /** The imports' own single thread, so the test knows when the job before has ended. */
    private final ExecutorService importThread = Executors.newSingleThreadExecutor();
    private final ImportJobs jobs = new ImportJobs(importThread);
    private final ReferenceResource resource = new ReferenceResource(f.facade, jobs, f.spreadsheets, f.divisions);
    private final SecurityContext office = context(ReferenceFixture.city());

    @AfterEach
    void close() throws Exception {
        jobs.deactivate();
        f.close();
    }

    @Test
    void creationsAnswer201WithTheRecord() {
        Response created = resource.createUnit(office, ReferenceFixture.draft("R-1", CITY, null));
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(((Unit) created.getEntity()).code()).isEqualTo("R-1");
        Response person = resource.createPerson(office, new org.xuncha.platform.api.reference.Person(null, "张三",
                ((Unit) created.getEntity()).id(), null, null, null, null, true, null));
        assertThat(person.getStatus()).isEqualTo(201);
    }

    @Test
    void templatesDownloadUnderTheirChineseNames() {
        Response units = resource.unitTemplate();
        String disposition = units.getHeaderString("Content-Disposition");
        assertThat(disposition).contains("filename=\"______.xlsx\"")
                .contains("filename*=UTF-8''%E5%8D%95%E4%BD%8D%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx");   // 单位导入模板.xlsx
        assertThat(units.getMediaType().toString()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat((byte[]) units.getEntity()).startsWith('P', 'K');
        assertThat(resource.personTemplate().getHeaderString("Content-Disposition"))
                .contains("filename*=UTF-8''%E5%B9%B2%E9%83%A8%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.xlsx");   // 干部导入模板.xlsx
    }

    @Test
    void absentFiltersFilterNothingAndAnEmptyBodyIsABadRequest() {
        resource.createUnit(office, ReferenceFixture.draft("R-2", CITY, null));
        assertThat(resource.units(office, null, null, null, null, null, null, null, null, null, null).total()).isEqualTo(1);
        assertThat(resource.units(office, null, null, null, null, null, null, true, 1, 5, "-name").items()).hasSize(1);
        javax.ws.rs.core.UriInfo at = at("http://x/api/platform/reference/divisions/371503");
        assertThatThrownBy(() -> resource.saveDivision(office, at, "371503", null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("empty_body"));
        Response created = resource.saveDivision(office, at, "371503", new Division("ignored", "茌平区", null, DivisionLevel.COUNTY, CITY));
        assertThat(((Division) created.getEntity()).code()).as("the path names the division").isEqualTo("371503");
        assertThat(created.getStatus()).as("new").isEqualTo(201);
        assertThat(created.getLocation()).hasToString("http://x/api/platform/reference/divisions/371503");
        Response changed = resource.saveDivision(office, at, "371503", new Division(null, "茌平区", "Chiping", DivisionLevel.COUNTY, CITY));
        assertThat(changed.getStatus()).as("changed").isEqualTo(200);
        assertThat(changed.getLocation()).isNull();
        assertThat(resource.division(office, "371503").nameZh()).isEqualTo("茌平区");
        assertThatThrownBy(() -> resource.division(office, "379999"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void anUploadIsStartedAsAJobAnd202() throws Exception {
        Response accepted = resource.importUnits(office, new ByteArrayInputStream(f.unitImport.template()));
        assertThat(accepted.getStatus()).isEqualTo(202);
        ImportJobService.Status started = (ImportJobService.Status) accepted.getEntity();
        assertThat(started.total()).isEqualTo(1);
        importThread.submit(() -> { }).get(60, TimeUnit.SECONDS);   // queued behind the job on its one thread: the job has ended
        ImportJobService.Status status = resource.importStatus(office, started.id());
        assertThat(status.done()).isTrue();
        assertThat(((org.xuncha.platform.api.reference.ImportReport) status.report()).created()).isEqualTo(1);
        assertThatThrownBy(() -> resource.importStatus(context(ReferenceFixture.county()), started.id()))
                .as("a job is its starter's").isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> resource.importUnits(office, new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("empty_body"));
    }

    /** The request address a resource method is told; only the absolute path is asked for. */
    private static javax.ws.rs.core.UriInfo at(String address) {
        return (javax.ws.rs.core.UriInfo) java.lang.reflect.Proxy.newProxyInstance(ReferenceResourceTest.class.getClassLoader(),
                new Class<?>[] {javax.ws.rs.core.UriInfo.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getAbsolutePath")) {
                        return java.net.URI.create(address);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
