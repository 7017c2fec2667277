package org.xuncha.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Demo mode, PID {@code org.xuncha.demo}. Off by default: a production installation never loads demo data by accident. */
@ObjectClassDefinition(name = "xuncha demo data", description = "演示数据 / demo data set and synthetic data generator")
public @interface DemoConfig {

    @AttributeDefinition(description = "Load the demo data set into an empty database (once per part, as the modules appear) "
            + "and allow xuncha:demo-generate. The distribution sets it from the environment variable XUNCHA_DEMO.")
    boolean enabled() default false;
}
