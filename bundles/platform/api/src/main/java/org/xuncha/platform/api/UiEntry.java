package org.xuncha.platform.api;

/**
 * A page a module adds to the web console.
 *
 * @param id         unique within the module
 * @param titleZh    menu title
 * @param titleEn    English menu title
 * @param route      the console route, e.g. {@code /rounds}
 * @param script     URL of the ES module that registers the page, served by the module's bundle,
 *                   e.g. {@code /ui/modules/round-planning/index.js}
 * @param permission the permission a user needs to see the entry
 * @param order      position in the menu, smaller first
 * @param icon       Element Plus icon name, may be null
 */
public record UiEntry(String id, String titleZh, String titleEn, String route, String script,
                      String permission, int order, String icon) {
}
