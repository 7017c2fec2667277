package org.xuncha.platform.api.reference;

/**
 * A Party organisation or unit that can be inspected (被巡察单位), classified the three ways targets
 * are chosen: by field (按领域), by sector (分板块) and by system (巡系统).
 *
 * @param id           database id; null when creating
 * @param code         the office's own unique code for the unit
 * @param name         full name, e.g. 聊城市教育和体育局党组
 * @param divisionCode the division whose committee inspects it
 * @param parentId     the unit above it (e.g. the bureau over a school), may be null
 * @param field        领域, e.g. 党政机关, 国有企业, 事业单位, 乡镇（街道）, 村（社区）
 * @param sector       板块, e.g. 经济发展, 社会民生, 政法, 农业农村
 * @param system       系统, e.g. 教育系统, 卫生健康系统; null if the unit belongs to none
 * @param active       false once the unit is merged or dissolved; it stays for history
 * @param version      optimistic-lock version; send back what you read when updating
 * @param notInspectionTarget true for a unit the committee does not inspect (不列为巡察对象), such as the
 *                     inspection office itself or the discipline commission: it stays in the reference
 *                     data but counts in no coverage. Always given when read; when written, null (absent
 *                     in JSON) means false for a new unit and unchanged for an existing one, so clients
 *                     that never heard of it neither fail nor undo it.
 */
public record Unit(Long id, String code, String name, String divisionCode, Long parentId, String field,
                   String sector, String system, boolean active, Long version, Boolean notInspectionTarget) {

    /** The constructor from before {@code notInspectionTarget} (API 1.0): the attribute left unsaid. */
    public Unit(Long id, String code, String name, String divisionCode, Long parentId, String field,
                String sector, String system, boolean active, Long version) {
        this(id, code, name, divisionCode, parentId, field, sector, system, active, version, null);
    }

    /** Whether the unit counts in coverage (unsaid counts as a target). */
    public boolean inspectionTarget() {
        return !Boolean.TRUE.equals(notInspectionTarget);
    }
}
