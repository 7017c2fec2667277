package org.xuncha.leadtransfer.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.fields;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.testkit.TestDatabase;

class TaxonomyTest {

    /** The default taxonomy, as the changelog ships it. */
    private static Map<String, Taxonomy.Category> shipped() throws Exception {
        Map<String, Taxonomy.Category> map = new LinkedHashMap<>();
        try (TestDatabase db = TestDatabase.migrated(Store.CHANGELOG); Connection c = db.connection();
             ResultSet rs = c.createStatement().executeQuery("select code, name_zh, name_en, parent_code, sort_order, active"
                     + " from xc_lt_category order by sort_order")) {
            while (rs.next()) {
                map.put(rs.getString(1), new Taxonomy.Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getBoolean(6)));
            }
        }
        return map;
    }

    @Test
    void theDefaultTaxonomyCoversThePracticeOfInspectionWorkInTwoLevels() throws Exception {
        Map<String, Taxonomy.Category> t = shipped();
        assertThat(t.values()).extracting(Taxonomy.Category::nameZh).anyMatch(n -> n.startsWith("政治建设"))
                .contains("思想建设", "纪律建设", "选人用人", "“三重一大”决策", "意识形态工作责任制", "违反廉洁纪律");
        assertThat(t.values()).allMatch(Taxonomy.Category::active);
        for (Taxonomy.Category c : t.values()) {
            if (c.parentCode() != null) {
                assertThat(t.get(c.parentCode()).parentCode()).as("parent of %s is top-level", c.code()).isNull();
            }
            Taxonomy.validate(t, c.code(), new Taxonomy.CategoryInput(c.nameZh(), c.nameEn(), c.parentCode(), c.sortOrder(), true));
        }
        assertThat(Taxonomy.usable(t, "DISC_INTEGRITY")).isTrue();
    }

    @Test
    void theOfficeMayAddASubCategory() throws Exception {
        Map<String, Taxonomy.Category> t = shipped();
        Taxonomy.validate(t, "CONDUCT_BANQUETS", new Taxonomy.CategoryInput("违规吃喝", "Banquets at public expense", "CONDUCT", 63, true));
    }

    @Test
    void theTaxonomyHasTwoLevelsAtMost() throws Exception {
        Map<String, Taxonomy.Category> t = shipped();
        assertThat(fields(() -> Taxonomy.validate(t, "X", new Taxonomy.CategoryInput("三级", null, "DISC_INTEGRITY", 1, true))))
                .containsExactly("parentCode");
        // a category with children cannot itself become a child
        assertThat(fields(() -> Taxonomy.validate(t, "DISCIPLINE", new Taxonomy.CategoryInput("纪律建设", null, "CONDUCT", 70, true))))
                .containsExactly("parentCode");
        assertThat(fields(() -> Taxonomy.validate(t, "CONDUCT", new Taxonomy.CategoryInput("作风", null, "CONDUCT", 70, true))))
                .containsExactly("parentCode");
        assertThat(fields(() -> Taxonomy.validate(t, "NEW", new Taxonomy.CategoryInput("新", null, "NOPE", 70, true))))
                .containsExactly("parentCode");
    }

    @Test
    void codesAndNamesAreChecked() {
        assertThat(fields(() -> Taxonomy.validate(Map.of(), "bad code", new Taxonomy.CategoryInput(" ", null, null, -1, true))))
                .containsExactlyInAnyOrder("code", "nameZh", "sortOrder");
    }

    @Test
    void aDeactivatedCategoryOrOneUnderADeactivatedParentCannotBeUsed() throws Exception {
        Map<String, Taxonomy.Category> t = new LinkedHashMap<>(shipped());
        Taxonomy.Category discipline = t.get("DISCIPLINE");
        t.put("DISCIPLINE", new Taxonomy.Category("DISCIPLINE", discipline.nameZh(), discipline.nameEn(), null, 70, false));
        assertThat(Taxonomy.usable(t, "DISCIPLINE")).isFalse();
        assertThat(Taxonomy.usable(t, "DISC_WORK")).isFalse();
        assertThat(Taxonomy.usable(t, "CONDUCT_FORMALISM")).isTrue();
        assertThat(Taxonomy.usable(t, "UNKNOWN")).isFalse();
    }
}
