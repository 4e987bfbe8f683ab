package cn.hinews.core.domain;

/** An article with its database id. */
public record StoredArticle(long id, Article article) {}
