package org.xuncha.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;

/** What a refused call answered. */
public final class Refusals {

    private Refusals() {
    }

    /** The refusal the call threw; fails the test if it went through. */
    public static ApiException refusal(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    /** The status of the refusal. */
    public static int status(Runnable call) {
        return refusal(call).status();
    }

    /** The fields a 400 names; fails the test for any other refusal. */
    public static List<String> fields(Runnable call) {
        ApiException e = refusal(call);
        assertThat(e.status()).as(e.messageEn()).isEqualTo(400);
        return e.fields().stream().map(FieldError::field).toList();
    }

    /** The codes of the fields a 400 names, as {@code field:code}. */
    public static List<String> fieldCodes(Runnable call) {
        ApiException e = refusal(call);
        assertThat(e.status()).as(e.messageEn()).isEqualTo(400);
        return e.fields().stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    /** The codes of the fields a 403 {@code out_of_scope} names, as {@code field:code}; fails the test for any other refusal. */
    public static List<String> scopeFieldCodes(Runnable call) {
        ApiException e = refusal(call);
        assertThat(e.status()).as(e.messageEn()).isEqualTo(403);
        assertThat(e.code()).isEqualTo("out_of_scope");
        return e.fields().stream().map(f -> f.field() + ":" + f.code()).toList();
    }
}
