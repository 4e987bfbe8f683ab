/**
 * Articles an editor adds by hand, found where hinews does not watch (a WeChat account, 百家号, a site
 * not in the registry): by URL, fetched live through the crawler's guards and extracted, or pasted
 * when the page cannot be fetched. Entry point: {@link cn.hinews.core.manual.ManualArticles}.
 */
package cn.hinews.core.manual;
