package org.xuncha.interviews.internal.record;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.Lob;

/** What was said on one topic; the text is ciphertext. */
@Embeddable
public class SectionValue {

    @Column(name = "topic_code", length = 50)
    String topicCode;

    @Column(name = "topic_title", length = 500)
    String topicTitle;

    @Lob
    @Column(name = "text_enc", nullable = false)
    String textEnc;

    protected SectionValue() {
    }

    SectionValue(String topicCode, String topicTitle, String textEnc) {
        this.topicCode = topicCode;
        this.topicTitle = topicTitle;
        this.textEnc = textEnc;
    }
}
