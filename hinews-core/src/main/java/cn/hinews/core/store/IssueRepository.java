package cn.hinews.core.store;

import cn.hinews.core.domain.Issue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Issues with their items; a published issue is never updated. */
public interface IssueRepository {
  /** The latest revision of an issue. */
  Optional<Issue> find(String seriesId, int number);

  Optional<Issue> findById(long id);

  /** The latest published revision of an issue (a correction being drafted is not it). */
  Optional<Issue> findPublished(String seriesId, int number);

  /**
   * Holds a draft for the rest of the transaction (edits and publication of one draft take turns);
   * false when the issue is no longer a draft.
   */
  boolean lockDraft(long issueId);

  /** The content hash stored with one revision (published: of its Markdown rendering). */
  Optional<String> contentHash(long issueId);

  /** The content hash and origin stored with the latest revision of an issue. */
  Optional<Fingerprint> fingerprint(String seriesId, int number);

  /** Stores a new issue (or a new revision) with its items; returns it with its id. */
  Issue insert(Issue issue, Optional<String> contentHash, String origin);

  /** Replaces the items of a draft. */
  void replaceItems(long issueId, Issue draft);

  /** Publishes a draft: number and content are frozen from now on. */
  void markPublished(long issueId, Instant at, String contentHash);

  /** Deletes a draft (never a published issue). */
  void deleteDraft(long issueId);

  OptionalInt lastNumber(String seriesId);

  /** All issues, newest first; of one series when {@code seriesId} is given. */
  List<IssueSummary> list(Optional<String> seriesId);

  /** The stored hash of an issue's rendering and where it came from. */
  record Fingerprint(Optional<String> contentHash, String origin) {}
}
