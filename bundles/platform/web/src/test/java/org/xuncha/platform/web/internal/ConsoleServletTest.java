package org.xuncha.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.web.internal.ConsoleServlet.Answer;

class ConsoleServletTest {

    @Test
    void consoleRoutesGetThePage() {
        assertThat(ConsoleServlet.answer("/")).isEqualTo(Answer.PAGE);
        assertThat(ConsoleServlet.answer("")).isEqualTo(Answer.PAGE);
        assertThat(ConsoleServlet.answer("/login")).isEqualTo(Answer.PAGE);
        assertThat(ConsoleServlet.answer("/reference/units")).isEqualTo(Answer.PAGE);
        assertThat(ConsoleServlet.answer("/example/notes/42")).isEqualTo(Answer.PAGE);
    }

    @Test
    void missingFilesAndOtherAreasAreNotFound() {
        assertThat(ConsoleServlet.answer("/favicon.ico")).isEqualTo(Answer.NOT_FOUND);
        assertThat(ConsoleServlet.answer("/reference/units.xlsx")).isEqualTo(Answer.NOT_FOUND);
        assertThat(ConsoleServlet.answer("/ui/modules/example/index.js")).isEqualTo(Answer.NOT_FOUND);
        assertThat(ConsoleServlet.answer("/ui")).isEqualTo(Answer.NOT_FOUND);
        assertThat(ConsoleServlet.answer("/api/nothing-here")).isEqualTo(Answer.NOT_FOUND);
    }
}
