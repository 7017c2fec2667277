package org.xuncha.interviews.internal.template;

import java.util.List;
import java.util.Set;

import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.Topic;

/**
 * The outline templates shipped with the module (seeded once, by code). Every template for people
 * who work with the unit's leadership carries the mandatory topic.
 */
final class DefaultTemplates {

    /** A shipped template. */
    record Shipped(String code, String name, String description, Set<IntervieweeCategory> categories, List<Topic> topics) {
    }

    static final Topic PARTY_LEADERSHIP = new Topic("party-leadership", "贯彻落实党的路线方针政策和党中央、上级党委决策部署情况",
            "重点了解落实“国之大者”和本地区中心工作的举措与成效");
    static final Topic STRICT_GOVERNANCE = new Topic("strict-governance", "落实全面从严治党主体责任和监督责任情况",
            "第一责任人职责、“一岗双责”、廉政风险防控、违反中央八项规定精神问题");
    static final Topic ORGANISATION = new Topic("organisation", "领导班子建设、干部队伍建设和基层党组织建设情况",
            "民主集中制执行、“三重一大”决策、选人用人、基层党组织作用发挥");
    static final Topic RECTIFICATION = new Topic("rectification", "巡视巡察、审计等监督发现问题整改情况", null);
    static final Topic WORK_STYLE = new Topic("work-style", "单位作风建设情况", "形式主义、官僚主义，群众身边的不正之风和腐败问题");
    static final Topic OTHER = new Topic("other-issues", "需要向巡察组反映的其他问题和意见建议", null);

    static Topic mandatory(String guidance) {
        return new Topic(Topic.MANDATORY, Topic.MANDATORY_TITLE, guidance);
    }

    static final List<Shipped> ALL = List.of(
            new Shipped("top-leader", "一把手谈话提纲", "与被巡察单位党组织主要负责人的个别谈话",
                    Set.of(IntervieweeCategory.TOP_LEADER),
                    List.of(PARTY_LEADERSHIP, STRICT_GOVERNANCE,
                            mandatory("本人履行第一责任人职责、廉洁自律和八小时以外情况；对班子成员工作和生活情况的了解和评价"),
                            ORGANISATION, RECTIFICATION, OTHER)),
            new Shipped("leading-group", "领导班子成员谈话提纲", "与被巡察单位领导班子其他成员的个别谈话",
                    Set.of(IntervieweeCategory.LEADING_GROUP),
                    List.of(PARTY_LEADERSHIP,
                            new Topic("one-post-two-duties", "落实“一岗双责”和分管领域工作情况", null),
                            mandatory("对一把手和班子其他成员工作作风、廉洁自律、生活情况的了解和评价；本人相关情况"),
                            ORGANISATION, OTHER)),
            new Shipped("staff", "中层干部和一般干部职工谈话提纲", "与中层干部、一般干部职工的个别谈话",
                    Set.of(IntervieweeCategory.MIDDLE_MANAGER, IntervieweeCategory.STAFF),
                    List.of(mandatory("对单位一把手和班子成员工作和生活情况的了解，有无需要反映的问题"),
                            WORK_STYLE, new Topic("selection", "选人用人和干部队伍建设情况", null), OTHER)),
            new Shipped("retired", "离退休干部谈话提纲", "与离退休干部的个别谈话",
                    Set.of(IntervieweeCategory.RETIRED),
                    List.of(mandatory("对现任一把手和班子成员的了解和评价"),
                            new Topic("development", "对单位发展和领导班子建设的意见建议", null), OTHER)),
            new Shipped("served", "服务对象谈话提纲", "与被巡察单位服务对象、群众的谈话",
                    Set.of(IntervieweeCategory.SERVED),
                    List.of(new Topic("service", "办事过程中遇到的困难和问题", "办事效率、服务态度、政策落实"),
                            new Topic("integrity", "工作人员吃拿卡要、作风不实等情况", null), OTHER)));

    private DefaultTemplates() {
    }
}
