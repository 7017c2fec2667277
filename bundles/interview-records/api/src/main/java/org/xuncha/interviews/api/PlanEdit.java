package org.xuncha.interviews.api;

/** A change to a plan's header; round, group and unit never change. */
public record PlanEdit(String title, String note, Long version) {
}
