package cn.hinews.core.store;

/**
 * A queued article leased to one worker.
 *
 * @param articleId the article
 * @param revision the revision that was current when it was queued (or queued again)
 * @param reason why it waits
 * @param attempts how many times it was leased, this lease included
 */
public record QueueClaim(long articleId, int revision, QueueReason reason, int attempts) {}
