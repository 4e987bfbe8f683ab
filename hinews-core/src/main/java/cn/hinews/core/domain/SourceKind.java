package cn.hinews.core.domain;

/** Whether a source is a media outlet or a government website. */
public enum SourceKind {
  MEDIA,
  GOVERNMENT
}
