package org.xuncha.platform.internal.files;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.persistence.EntityManagerFactory;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.files.AttachmentStore;
import org.xuncha.platform.api.persistence.Transactions;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.FieldCipher;
import org.xuncha.platform.api.security.FieldContext;

/** Attachments in the platform's database, content SM4-encrypted, metadata in clear for listing. */
@Component(service = AttachmentStore.class, immediate = true)
public class AttachmentStoreImpl implements AttachmentStore {

    private static final String MODULE = "platform";
    /** No path separators, no control characters. */
    private static final Pattern FILENAME = Pattern.compile("[^/\\\\\\p{Cntrl}]{1,200}");

    private final EntityManagerFactory emf;
    private final Transactions tx;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    @Activate
    public AttachmentStoreImpl(@Reference(target = "(osgi.unit.name=xuncha.platform)") EntityManagerFactory emf,
                               @Reference Transactions tx, @Reference FieldCipher cipher, @Reference AuditTrail audit,
                               @Reference Clock clock, @Reference org.xuncha.platform.api.reference.ReferenceDataService migrated) {
        // The reference-data service migrates the platform schema (this table included) when it starts.
        this.emf = emf;
        this.tx = tx;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Attachment store(Caller caller, String module, String ownerType, String ownerId, String filename,
                            String contentType, byte[] content) {
        new Checks()
                .required("filename", filename, "文件名", "file name").pattern("filename", filename, FILENAME, "文件名", "file name")
                .check(content == null || content.length == 0, "file", "required", "文件为空", "The file is empty")
                .check(content != null && content.length > MAX_SIZE, "file", "too_large", "文件不能超过20MB", "The file must not exceed 20 MB")
                .throwIfInvalid();
        AttachmentEntity e = new AttachmentEntity();
        e.module = module;
        e.ownerType = ownerType;
        e.ownerId = ownerId;
        e.filename = filename.trim();
        e.contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        e.size = content.length;
        e.sm3 = sm3(content);
        e.createdAt = LocalDateTime.now(clock);
        e.createdBy = caller.username();
        return tx.write(emf, em -> {
            em.persist(e);
            // bound to its row, which persist() has given its id: content copied to another attachment fails to decrypt
            e.content = cipher.encryptBytes(content, place(e.id));
            em.flush();
            audit.record(em, caller, AuditEntry.of(AuditAction.CREATE, MODULE, "attachment", e.id,
                    "附件（" + module + "/" + ownerType + "/" + ownerId + "）"));
            return e.toValue();
        });
    }

    @Override
    public List<Attachment> list(String module, String ownerType, String ownerId) {
        return tx.read(emf, em -> em.createQuery("select a from AttachmentEntity a where a.module = :m and a.ownerType = :t "
                + "and a.ownerId = :o order by a.id", AttachmentEntity.class).setParameter("m", module).setParameter("t", ownerType)
                .setParameter("o", ownerId).getResultList().stream().map(AttachmentEntity::toValue).toList());
    }

    @Override
    public Optional<Attachment> get(long id) {
        return tx.read(emf, em -> Optional.ofNullable(em.find(AttachmentEntity.class, id)).map(AttachmentEntity::toValue));
    }

    @Override
    public byte[] content(Caller caller, long id) {
        byte[] encrypted = tx.read(emf, em -> {
            AttachmentEntity e = em.find(AttachmentEntity.class, id);
            if (e == null) {
                throw ApiException.notFound("附件", "attachment", id);
            }
            return e.content;
        });
        audit.record(caller, AuditEntry.of(AuditAction.READ, MODULE, "attachment", id, "读取附件"));
        return cipher.decryptBytes(encrypted, place(id));
    }

    private static FieldContext place(long id) {
        return FieldContext.of("xc_attachment", "content", id);
    }

    @Override
    public void delete(Caller caller, long id) {
        tx.write(emf, em -> {
            AttachmentEntity e = em.find(AttachmentEntity.class, id);
            if (e == null) {
                throw ApiException.notFound("附件", "attachment", id);
            }
            em.remove(e);
            audit.record(em, caller, AuditEntry.of(AuditAction.DELETE, MODULE, "attachment", id, "删除附件"));
            return null;
        });
    }

    static String sm3(byte[] content) {
        SM3Digest d = new SM3Digest();
        d.update(content, 0, content.length);
        byte[] out = new byte[d.getDigestSize()];
        d.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
