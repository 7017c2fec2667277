package org.xuncha.leadtransfer.internal.problem;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.LeadTransferPermissions;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.leadtransfer.internal.Texts;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/**
 * The problem taxonomy (问题类别): two levels at most (e.g. 纪律建设 › 违反廉洁纪律), shipped with a
 * default from the practice of inspection work and maintained by the office. Categories are never
 * deleted, only deactivated, so that problems and statistics keep their names.
 */
@Component(service = Taxonomy.class)
public class Taxonomy {

    /** The longest code (its column). */
    public static final int CODE_MAX = 40;
    static final int NAME_MAX = 100;
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0," + (CODE_MAX - 1) + "}");

    /** A category as listed. */
    public record Category(String code, String nameZh, String nameEn, String parentCode, int sortOrder, boolean active) {
    }

    /** A category as the office edits it; the code is in the path. */
    public record CategoryInput(String nameZh, String nameEn, String parentCode, Integer sortOrder, Boolean active) {
    }

    /** A category saved, and whether it was new. */
    public record Saved(Category category, boolean created) {
    }

    private final ModuleStore store;

    @Activate
    public Taxonomy(@Reference Store store) {
        this.store = store.db();
    }

    /** The taxonomy is vocabulary, not business content: every signed-in caller may read it. */
    public List<Category> list(Caller caller) {
        caller.require(Caller.AUTHENTICATED);
        return List.copyOf(all().values());
    }

    /** Every category by code, in display order; for labels. */
    public Map<String, Category> all() {
        return store.read(Taxonomy::load);
    }

    public Saved save(Caller caller, String code, CategoryInput input) {
        caller.require(LeadTransferPermissions.TAXONOMY_WRITE);
        return store.write(em -> {
            Map<String, Category> existing = load(em);
            validate(existing, code, input);
            CategoryEntity e = em.find(CategoryEntity.class, code);
            boolean created = e == null;
            if (created) {
                e = new CategoryEntity();
                e.code = code;
                em.persist(e);
            }
            e.nameZh = input.nameZh().trim();
            e.nameEn = Texts.blank(input.nameEn());
            e.parentCode = Texts.blank(input.parentCode());
            e.sortOrder = input.sortOrder() == null ? (created ? 500 : e.sortOrder) : input.sortOrder();
            e.active = input.active() == null || input.active();
            store.audit(em, caller, created ? AuditAction.CREATE : AuditAction.UPDATE, "category", code,
                    (created ? "新增问题类别 " : "修改问题类别 ") + code);
            return new Saved(e.toValue(), created);
        });
    }

    /**
     * Checks an edit against the taxonomy as it stands: the code's form, the names, and that the
     * parent exists, is not the category itself and is top-level, and that a category with children
     * does not become a child itself (two levels at most).
     */
    public static void validate(Map<String, Category> existing, String code, CategoryInput in) {
        String parent = Texts.blank(in.parentCode());
        boolean hasChildren = existing.values().stream().anyMatch(c -> code.equals(c.parentCode()));
        Category parentCategory = parent == null ? null : existing.get(parent);
        new Checks()
                .pattern("code", code, CODE, "类别代码", "code")
                .required("nameZh", in.nameZh(), "类别名称", "name").maxLength("nameZh", in.nameZh(), NAME_MAX, "类别名称", "name")
                .maxLength("nameEn", in.nameEn(), NAME_MAX, "英文名称", "English name")
                .maxLength("parentCode", in.parentCode(), CODE_MAX, "上级类别", "parent category")
                .range("sortOrder", in.sortOrder(), 0, 100_000, "排序", "sort order")
                .check(parent != null && parent.equals(code), "parentCode", "invalid", "上级类别不能是自身", "a category cannot be its own parent")
                .check(parent != null && !parent.equals(code) && parentCategory == null, "parentCode", "not_found",
                        "上级类别不存在：" + parent, "parent category not found: " + parent)
                .check(parentCategory != null && parentCategory.parentCode() != null, "parentCode", "invalid",
                        "问题类别最多两级，上级类别必须是一级类别", "the taxonomy has two levels: the parent must be a top-level category")
                .check(parent != null && !parent.equals(code) && hasChildren, "parentCode", "invalid",
                        "该类别有下级类别，不能再设上级", "this category has sub-categories and cannot get a parent")
                .throwIfInvalid();
    }

    /** A category problems and leads may be filed under now: it and its parent are active. */
    public static boolean usable(Map<String, Category> existing, String code) {
        Category c = existing.get(code);
        if (c == null || !c.active()) {
            return false;
        }
        Category parent = c.parentCode() == null ? null : existing.get(c.parentCode());
        return parent == null || parent.active();
    }

    /** 400 on {@code field} unless the category is usable; null passes (classified later). */
    public void requireUsable(EntityManager em, String field, String code) {
        if (code != null && !usable(load(em), code)) {
            throw ApiException.validation(List.of(new FieldError(field, "invalid", "问题类别无效或已停用：" + code,
                    "unknown or inactive category: " + code)));
        }
    }

    private static Map<String, Category> load(EntityManager em) {
        Map<String, Category> map = new LinkedHashMap<>();
        em.createQuery("select c from CategoryEntity c", CategoryEntity.class).getResultList().stream()
                .map(CategoryEntity::toValue)
                .sorted(Comparator.comparingInt(Category::sortOrder).thenComparing(Category::code))
                .forEach(c -> map.put(c.code(), c));
        return map;
    }
}
