package cn.hinews.core.alert;

import cn.hinews.core.alert.channel.Channels;
import cn.hinews.core.alert.channel.DeliveryException;
import cn.hinews.core.alert.channel.Outgoing;
import cn.hinews.core.bulletin.BulletinEntry;
import cn.hinews.core.bulletin.BulletinRenderer;
import cn.hinews.core.bulletin.BulletinService;
import cn.hinews.core.bulletin.BulletinView;
import cn.hinews.core.bulletin.HouseStyle;
import cn.hinews.core.bulletin.Renderers;
import cn.hinews.core.domain.AuditAction;
import cn.hinews.core.domain.AuditEntry;
import cn.hinews.core.domain.Issue;
import cn.hinews.core.domain.IssueStatus;
import cn.hinews.core.store.Delivery;
import cn.hinews.core.store.DeliveryRepository;
import cn.hinews.core.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A published issue to its series' subscribers: one e-mail each, the lead and the catalogue in the
 * message, the Word and PDF files attached; queued in the outbox (so each recipient's delivery is
 * logged and retried like an alert's) and sent by the alert service's thread.
 */
public final class IssueMail {
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final Store store;
  private final BulletinService bulletins;
  private final Renderers renderers;
  private final Clock clock;
  private final String link;

  /** Mails with the files attached. */
  public IssueMail(Store store, BulletinService bulletins, Renderers renderers, Clock clock) {
    this(store, bulletins, renderers, clock, "");
  }

  /**
   * Mails with links under {@code link} (the installation's address as readers reach it) instead of
   * the files, when it is not empty ({@code mail.issue-link}).
   */
  public IssueMail(
      Store store, BulletinService bulletins, Renderers renderers, Clock clock, String link) {
    this.store = store;
    this.bulletins = bulletins;
    this.renderers = renderers;
    this.clock = clock;
    this.link = link;
  }

  /** A series' subscribers, by address. */
  public List<DeliveryRepository.Subscriber> subscribers(String seriesId) {
    return store.read(s -> s.deliveries().subscribers(seriesId));
  }

  /** Adds (or regroups) a subscriber of a series, audited. */
  public void subscribe(String seriesId, String email, String group, String actor) {
    if (!email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new IllegalArgumentException("不是有效的邮箱地址：" + email);
    }
    store.inTransaction(
        s -> {
          s.deliveries()
              .subscribe(new DeliveryRepository.Subscriber(seriesId, email.strip(), group.strip()));
          s.users()
              .audit(
                  AuditEntry.of(
                      clock.instant(), actor, AuditAction.SUBSCRIBER_ADD, seriesId, email.strip()));
          return null;
        });
  }

  /** Removes a subscriber, audited; false when there was none. */
  public boolean unsubscribe(String seriesId, String email, String actor) {
    return store.inTransaction(
        s -> {
          boolean removed = s.deliveries().unsubscribe(seriesId, email.strip());
          if (removed) {
            s.users()
                .audit(
                    AuditEntry.of(
                        clock.instant(), actor, AuditAction.SUBSCRIBER_REMOVE, seriesId, email));
          }
          return removed;
        });
  }

  /** Queues the published issue to every subscriber of its series; how many were queued. */
  public int send(Issue issue, String actor) {
    if (issue.status() != IssueStatus.PUBLISHED || issue.id().isEmpty()) {
      throw new IllegalArgumentException(
          "issue " + issue.seriesId() + " " + issue.number() + " is not published");
    }
    long id = issue.id().get();
    return store.inTransaction(
        s -> {
          List<DeliveryRepository.Subscriber> readers =
              s.deliveries().subscribers(issue.seriesId());
          for (DeliveryRepository.Subscriber r : readers) {
            s.deliveries()
                .queue(
                    new Delivery(
                        0,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(id),
                        Channels.EMAIL,
                        r.email(),
                        "",
                        Delivery.Status.PENDING,
                        0,
                        clock.instant(),
                        "",
                        clock.instant(),
                        Optional.empty()));
          }
          if (readers.isEmpty()) {
            return 0;
          }
          s.users()
              .audit(
                  AuditEntry.of(
                      clock.instant(),
                      actor,
                      AuditAction.ISSUE_SEND,
                      issue.seriesId() + " " + issue.number(),
                      readers.size() + " recipients"));
          return readers.size();
        });
  }

  /** The message of a stored issue: lead and catalogue as text, Word and PDF attached. */
  Outgoing message(long issueId) throws DeliveryException {
    Issue issue =
        store
            .read(s -> s.issues().findById(issueId))
            .orElseThrow(() -> new DeliveryException("issue " + issueId + " is gone"));
    BulletinView view =
        bulletins
            .viewPublished(issue.seriesId(), issue.number())
            .orElseThrow(() -> new DeliveryException("issue " + issueId + " has no view"));
    String title = view.series().title() + " " + HouseStyle.numberLine(issue.number());
    StringBuilder text = new StringBuilder();
    text.append(title).append("\n\n").append(HouseStyle.LEAD_LABEL);
    text.append(HouseStyle.lead(view.series(), issue.period(), view.entries().size()));
    text.append("\n\n").append(HouseStyle.CATALOGUE_HEADING).append("\n");
    int n = 1;
    for (BulletinEntry e : view.entries()) {
      text.append(n++)
          .append(". ")
          .append(e.title())
          .append(HouseStyle.catalogueOutlet(e.outlet()))
          .append("\n");
    }
    String base = view.series().id() + "-" + issue.number();
    List<Outgoing.Attachment> files = new ArrayList<>();
    if (!link.isEmpty()) {
      String page = link + "/issues/" + view.series().id() + "/" + issue.number();
      text.append("\n全文：")
          .append(page)
          .append("\nWord：")
          .append(page)
          .append(".docx\nPDF：")
          .append(page)
          .append(".pdf\n");
      return new Outgoing(title, text.toString(), text.toString(), Optional.empty(), files);
    }
    text.append("\n全文见附件（Word 与 PDF）。\n");
    files.add(new Outgoing.Attachment(base + ".docx", DOCX, render("docx", view)));
    files.add(new Outgoing.Attachment(base + ".pdf", "application/pdf", render("pdf", view)));
    return new Outgoing(title, text.toString(), text.toString(), Optional.empty(), files);
  }

  private byte[] render(String format, BulletinView view) throws DeliveryException {
    BulletinRenderer r =
        renderers
            .forFormat(format)
            .orElseThrow(() -> new DeliveryException("no renderer for " + format));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      r.render(view, out);
    } catch (IOException e) {
      throw new DeliveryException(
          "cannot render the issue as " + format + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
