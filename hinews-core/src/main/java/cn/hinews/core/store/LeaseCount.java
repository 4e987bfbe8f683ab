package cn.hinews.core.store;

/** How many rows of a queue one worker holds. */
public record LeaseCount(String worker, long rows) {}
