package cn.hinews.core.domain;

/** An issue is a draft until it is published; a published issue never changes. */
public enum IssueStatus {
  DRAFT,
  PUBLISHED
}
