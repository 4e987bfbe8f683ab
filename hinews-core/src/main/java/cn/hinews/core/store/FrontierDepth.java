package cn.hinews.core.store;

/**
 * The crawl's frontier at one moment.
 *
 * @param due URLs due now that no worker holds
 * @param leased URLs a worker holds now
 * @param failed URLs whose last fetch failed (tried again later)
 * @param gone URLs given up
 * @param total every URL known
 */
public record FrontierDepth(long due, long leased, long failed, long gone, long total) {}
