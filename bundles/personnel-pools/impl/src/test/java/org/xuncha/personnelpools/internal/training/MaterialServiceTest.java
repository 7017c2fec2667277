package org.xuncha.personnelpools.internal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.refusal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.personnelpools.api.PoolEntry;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.Training;
import org.xuncha.personnelpools.api.TrainingKind;
import org.xuncha.personnelpools.internal.TestModule;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.security.Caller;

class MaterialServiceTest {

    static final LocalDate DAY = LocalDate.of(2025, 2, 20);
    final TestModule m = new TestModule();
    final Unit office = m.reference.addUnit("371500-001", "聊城市委巡察办", TestModule.CITY, null, null, null);
    final Person teacher = m.reference.addPerson("师资甲", office.id(), "干部");
    final Caller staff = TestModule.cityStaff();
    final Training training;

    MaterialServiceTest() {
        m.db.testClock().setToday(DAY);
        PoolEntry e = m.pools.apply(staff, new PoolEntry.Draft(teacher.id(), PoolKind.TRAINER, null, null, null, "推荐"));
        m.pools.decide(TestModule.cityLeader(), e.id(), new PoolEntry.Decision(true, null));
        training = m.trainings.create(staff, new Training.Draft(TrainingKind.WEEKLY_LECTURE, "每周大讲堂：审计方法", null, teacher.id(),
                DAY.plusDays(3), 2, "市委党校", TestModule.CITY, List.of()));
    }

    @AfterEach
    void close() {
        m.close();
    }

    static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMaterialIsStoredListedAndDownloadedUnderItsChineseNameWithTheTypeOfItsExtension() {
        MaterialService.Material added = m.materials.add(staff, training.id(), " 审计方法讲义.PDF ", body("%PDF-1.7"));
        assertThat(added.filename()).isEqualTo("审计方法讲义.PDF");
        assertThat(added.by()).isEqualTo("city-staff");
        assertThat(m.materials.list(TestModule.cityLeader(), training.id())).extracting(MaterialService.Material::filename)
                .containsExactly("审计方法讲义.PDF");
        MaterialService.Download d = m.materials.download(staff, training.id(), added.id());
        assertThat(d.mediaType()).isEqualTo("application/pdf");
        assertThat(new String(d.content(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.7");
        assertThat(m.attachments.get(added.id()).orElseThrow().ownerId()).isEqualTo(String.valueOf(training.id()));
    }

    @Test
    void aFileOfATypeNotTakenOrWithAPathOrEmptyIsRefusedNamingTheFieldAndNothingIsStored() {
        assertThat(fieldCodes(() -> m.materials.add(staff, training.id(), "setup.exe", body("MZ")))).containsExactly("filename:type_not_allowed");
        assertThat(fieldCodes(() -> m.materials.add(staff, training.id(), "../讲义.pdf", body("x")))).containsExactly("filename:invalid");
        assertThat(fieldCodes(() -> m.materials.add(staff, training.id(), null, body("x")))).containsExactly("filename:required");
        assertThat(fieldCodes(() -> m.materials.add(staff, training.id(), "空文件.docx", body("")))).containsExactly("file:required");
        assertThat(refusal(() -> m.materials.add(staff, training.id(), "讲义.pdf", new ByteArrayInputStream(new byte[MaterialService.MAX_SIZE + 1])))
                .status()).isEqualTo(413);
        assertThat(m.materials.list(staff, training.id())).isEmpty();
    }

    @Test
    void aMaterialIsWithdrawnBeforeTheTrainingsDayNotFromItOn() {
        MaterialService.Material a = m.materials.add(staff, training.id(), "讲义一.pptx", body("a"));
        MaterialService.Material b = m.materials.add(staff, training.id(), "讲义二.docx", body("b"));
        m.materials.delete(staff, training.id(), a.id());
        assertThat(m.materials.list(staff, training.id())).extracting(MaterialService.Material::id).containsExactly(b.id());

        m.db.testClock().setToday(DAY.plusDays(3));
        assertThat(refusal(() -> m.materials.delete(staff, training.id(), b.id())).code()).isEqualTo("training_held");
        assertThat(m.materials.list(staff, training.id())).hasSize(1);
    }

    @Test
    void aCountyOfficeNeitherSeesNorChangesTheCitysMaterialsAndAnotherTrainingsIdIsNotFound() {
        MaterialService.Material a = m.materials.add(staff, training.id(), "讲义.pdf", body("a"));
        Caller county = TestModule.countyLeader();
        assertThat(refusal(() -> m.materials.list(county, training.id())).status()).isEqualTo(403);
        assertThat(refusal(() -> m.materials.download(county, training.id(), a.id())).status()).isEqualTo(403);
        assertThat(refusal(() -> m.materials.add(county, training.id(), "x.pdf", body("x"))).status()).isEqualTo(403);
        assertThat(refusal(() -> m.materials.delete(county, training.id(), a.id())).status()).isEqualTo(403);
        Training other = m.trainings.create(staff, new Training.Draft(TrainingKind.CADRE_FORUM, "干部论坛", null, teacher.id(),
                DAY.plusDays(5), 2, null, TestModule.CITY, List.of()));
        assertThat(refusal(() -> m.materials.download(staff, other.id(), a.id())).status()).isEqualTo(404);
        assertThat(refusal(() -> m.materials.delete(staff, other.id(), a.id())).status()).isEqualTo(404);
        assertThat(m.materials.list(staff, training.id())).hasSize(1);
    }
}
