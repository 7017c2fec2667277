package org.xuncha.platform.security.internal.crypto;

import java.util.List;

import org.xuncha.platform.api.StartRefusal;

/**
 * Why the keys could not be opened, in Chinese and English, with the key ids concerned. The
 * security bundle does not start while it stands; {@code /api/health} and karaf.log say why.
 */
public final class KeyCustodyException extends IllegalStateException implements StartRefusal {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String messageZh;
    private final String messageEn;
    private final List<String> keyIds;

    public KeyCustodyException(String code, String messageZh, String messageEn, List<String> keyIds) {
        super(messageZh + " / " + messageEn);
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
        this.keyIds = List.copyOf(keyIds);
    }

    public KeyCustodyException(String code, String messageZh, String messageEn) {
        this(code, messageZh, messageEn, List.of());
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageZh() {
        return messageZh;
    }

    @Override
    public String messageEn() {
        return messageEn;
    }

    /** The key ids the refusal names (missing or replaced keys); empty otherwise. */
    public List<String> keyIds() {
        return keyIds;
    }
}
