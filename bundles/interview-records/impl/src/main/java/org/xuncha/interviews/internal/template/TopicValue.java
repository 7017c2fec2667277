package org.xuncha.interviews.internal.template;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.xuncha.interviews.api.Topic;

/** A topic as stored with a template or a planned interview. */
@Embeddable
public class TopicValue {

    @Column(name = "code", nullable = false, length = 50)
    String code;

    @Column(name = "title", nullable = false, length = 500)
    String title;

    @Column(name = "guidance", length = 2000)
    String guidance;

    protected TopicValue() {
    }

    public TopicValue(Topic t) {
        this.code = t.code();
        this.title = t.title();
        this.guidance = t.guidance();
    }

    public Topic toValue() {
        return new Topic(code, title, guidance);
    }
}
