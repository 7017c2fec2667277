package org.xuncha.platform.api;

/** Which offices install a module: a county office, the city office, or both. */
public enum ModuleLevel {
    COUNTY, CITY, BOTH
}
