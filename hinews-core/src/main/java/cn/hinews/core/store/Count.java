package cn.hinews.core.store;

/** A key and how many stored rows carry it. */
public record Count(String key, int count) {}
