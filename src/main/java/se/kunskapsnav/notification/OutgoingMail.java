package se.kunskapsnav.notification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of the mail outbox: written with the change that caused it, sent after commit. Either the mail itself or
 * the {@link MailEvent} that calls for it, written when sent.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", length = 300)
    private String subject;

    @Column(name = "body")
    private String body;

    @Column(name = "event_kind", length = 60)
    private String eventKind;

    @Column(name = "event_subject")
    private Long eventSubject;

    @Column(name = "event_detail", length = 200)
    private String eventDetail;

    @ElementCollection
    @CollectionTable(name = "mail_outbox_attachment", joinColumns = @JoinColumn(name = "mail_id"))
    @OrderColumn(name = "position")
    private List<StoredAttachment> attachments = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "claimed_by", length = 36)
    private String claimedBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    protected OutgoingMail() {
    }

    OutgoingMail(MailMessage mail, Instant createdAt) {
        this.recipient = mail.to();
        this.subject = mail.subject();
        this.body = mail.body();
        mail.attachments().forEach(file -> attachments.add(new StoredAttachment(file)));
        this.createdAt = createdAt;
    }

    /** The mail as stored, or the event to write it from. */
    MailOutbox.Pending toPending() {
        return eventKind != null
                ? new MailOutbox.Pending(null, new MailEvent(recipient, eventKind, eventSubject, eventDetail))
                : new MailOutbox.Pending(new MailMessage(recipient, subject, body,
                        attachments.stream().map(StoredAttachment::toAttachment).toList()), null);
    }

    Long getId() {
        return id;
    }

    int getAttempts() {
        return attempts;
    }

    /** A file of the mail, in the order it is sent. */
    @Embeddable
    public static class StoredAttachment {

        @Column(name = "file_name", nullable = false, length = 100)
        private String fileName;

        @Column(name = "content_type", nullable = false, length = 100)
        private String contentType;

        @Column(name = "content", nullable = false)
        private byte[] content;

        protected StoredAttachment() {
        }

        StoredAttachment(MailMessage.MailAttachment file) {
            this.fileName = file.fileName();
            this.contentType = file.contentType();
            this.content = file.content();
        }

        MailMessage.MailAttachment toAttachment() {
            return new MailMessage.MailAttachment(fileName, contentType, content);
        }
    }
}
