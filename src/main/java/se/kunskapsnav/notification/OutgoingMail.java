package se.kunskapsnav.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of the mail outbox: written with the change that caused it, sent after commit. */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "attachment_name", length = 100)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private String attachmentType;

    @Column(name = "attachment")
    private byte[] attachment;

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
        if (mail.attachment() != null) {
            this.attachmentName = mail.attachment().fileName();
            this.attachmentType = mail.attachment().contentType();
            this.attachment = mail.attachment().content();
        }
        this.createdAt = createdAt;
    }

    MailMessage toMessage() {
        return new MailMessage(recipient, subject, body, attachment == null ? null
                : new MailMessage.MailAttachment(attachmentName, attachmentType, attachment));
    }

    Long getId() {
        return id;
    }

    int getAttempts() {
        return attempts;
    }
}
