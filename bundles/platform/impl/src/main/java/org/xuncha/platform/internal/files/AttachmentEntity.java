package org.xuncha.platform.internal.files;

import java.time.LocalDateTime;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.platform.api.files.Attachment;

@Entity
@Table(name = "xc_attachment")
public class AttachmentEntity {

    @Id
    @SequenceGenerator(name = "xc_attachment_seq", sequenceName = "xc_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_attachment_seq")
    Long id;

    @Column(name = "module_id", nullable = false, length = 50)
    String module;

    @Column(name = "owner_type", nullable = false, length = 50)
    String ownerType;

    @Column(name = "owner_id", nullable = false, length = 100)
    String ownerId;

    @Column(name = "filename", nullable = false, length = 200)
    String filename;

    @Column(name = "content_type", nullable = false, length = 100)
    String contentType;

    @Column(name = "size_bytes", nullable = false)
    long size;

    @Column(name = "sm3", nullable = false, length = 64)
    String sm3;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    String createdBy;

    /** SM4-GCM ciphertext of the content. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    byte[] content;

    Attachment toValue() {
        return new Attachment(id, module, ownerType, ownerId, filename, contentType, size, sm3, createdAt, createdBy);
    }
}
