package org.xuncha.leadtransfer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;

/** What a refused call answered. */
public final class Refusals {

    private Refusals() {
    }

    public static ApiException refusal(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    /** The fields a 400 names. */
    public static List<String> fields(Runnable call) {
        ApiException e = refusal(call);
        assertThat(e.status()).as(e.messageEn()).isEqualTo(400);
        return e.fields().stream().map(FieldError::field).toList();
    }
}
