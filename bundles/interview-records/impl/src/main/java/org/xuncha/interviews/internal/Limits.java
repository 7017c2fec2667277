package org.xuncha.interviews.internal;

/**
 * The longest text each input field may carry, so that whatever passes validation fits its column
 * in {@code db/interview-records/changelog.xml} (checked by {@code LimitsTest}). A plain column's
 * limit is its length; an encrypted column ({@code *_enc}) holds the ciphertext, so the limit on the
 * plain text is what still fits once encrypted ({@link #sealedLength}). Text kept in CLOB columns is
 * held to {@link #TEXT}, a bound for a day's talk rather than a column's.
 */
public final class Limits {

    /** xc_ivr_plan.title, xc_ivr_template.name. */
    public static final int TITLE = 200;
    /** xc_ivr_plan.note. */
    public static final int PLAN_NOTE = 2000;
    /** xc_ivr_template.description. */
    public static final int DESCRIPTION = 1000;
    /** Topic code: xc_ivr_*_topic.code, xc_ivr_record_section.topic_code. */
    public static final int CODE = 50;
    /** Topic title: xc_ivr_*_topic.title, xc_ivr_record_section.topic_title. */
    public static final int TOPIC_TITLE = 500;
    /** xc_ivr_*_topic.guidance. */
    public static final int GUIDANCE = 2000;
    /** Names of people, encrypted: name_enc, reporter_name_enc, person_name_enc (VARCHAR(1000)). */
    public static final int NAME = 100;
    /** Posts: xc_ivr_planned.post, xc_ivr_record.post (plain), xc_ivr_handover.person_post_enc. */
    public static final int POST = 200;
    /** xc_ivr_handover.person_rank_enc. */
    public static final int RANK = 50;
    /** Where an interview takes place: xc_ivr_planned.place, xc_ivr_record.place. */
    public static final int PLACE = 200;
    /** xc_ivr_letter.reporter_contact_enc. */
    public static final int CONTACT = 200;
    /** Why the interviewee declined to sign: xc_ivr_record.interviewee_note_enc (VARCHAR(4000), encrypted). */
    public static final int INTERVIEWEE_NOTE = 900;
    /** Lead-transfer category code: xc_ivr_handover.category. */
    public static final int CATEGORY = 50;
    /** Why a signed record is corrected (CLOB, encrypted). */
    public static final int REASON = 2000;
    /** What was said, a letter's content, a handling note, a problem's description (CLOB, encrypted). */
    public static final int TEXT = 50_000;

    /** Topics of one outline, sections or leader notes of one record, interviews of one new plan. */
    public static final int ITEMS = 100;
    /** Interviewers of one interview. */
    public static final int INTERVIEWERS = 20;
    /** Years an interview, a plan or a letter may carry: anything outside is a typing error (and some databases refuse it). */
    public static final int FIRST_YEAR = 1949;
    public static final int LAST_YEAR = 2199;

    private Limits() {
    }

    /**
     * The longest ciphertext the platform's {@code FieldCipher} makes of a text of {@code chars}
     * UTF-16 characters: a prefix naming the key ({@code sm4b:<key id>:} for a value bound to its place,
     * key ids like {@code q4m7x2a-k12}; {@code sm4gcm:k1:} before) of at most 18 characters, and the
     * Base64 of a 12-byte IV, the UTF-8 text (at most 3 bytes a character) and a 16-byte tag.
     */
    public static int sealedLength(int chars) {
        int bytes = 12 + 3 * chars + 16;
        return FRAMING + 4 * ((bytes + 2) / 3);
    }

    /** The longest key-naming prefix: {@code "sm4gcm:" + 10 + ":"}, which also holds {@code "sm4b:" + 12 + ":"}. */
    private static final int FRAMING = 18;
}
