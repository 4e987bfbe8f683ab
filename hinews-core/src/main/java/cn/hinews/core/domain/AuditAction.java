package cn.hinews.core.domain;

/** What somebody did, as the audit log records it (its Chinese label for the log's page). */
public enum AuditAction {
  LOGIN("登录"),
  LOGIN_FAILED("登录失败"),
  LOCKED("锁定"),
  DRAFT_NEW("新建草稿"),
  DRAFT_SCHEDULE("修改期号时段"),
  DRAFT_DELETE("删除草稿"),
  ARTICLE_ADD("手工添加文章"),
  AUTO_DRAFT("自动草稿"),
  ITEM_ADD("加入条目"),
  ITEM_EDIT("编辑条目"),
  ITEM_MOVE("调整顺序"),
  ITEM_REMOVE("移除条目"),
  PUBLISH("发布"),
  CORRECT("更正"),
  IMPORT("导入往期简报"),
  REJECT("标记不相关"),
  REJECT_UNDONE("撤销不相关"),
  SOURCE_SAVE("保存信源"),
  SOURCE_ENABLE("启用信源"),
  SOURCE_DISABLE("停用信源"),
  SOURCE_TEST("测试信源"),
  USER_ADD("添加用户"),
  USER_PASSWORD("设置密码"),
  PASSWORD_CHANGE("修改本人密码"),
  USER_UNLOCK("解锁用户"),
  USER_ROLE("修改角色"),
  USER_ENABLE("启用用户"),
  USER_DISABLE("停用用户"),
  ALERT_RULE_ADD("添加预警规则"),
  ALERT_RULE_EDIT("修改预警规则"),
  ALERT_RULE_REMOVE("删除预警规则"),
  ALERT_ACK("确认预警"),
  ALERT_MUTE("屏蔽预警"),
  ISSUE_SEND("发送简报"),
  DELIVERY_RESEND("重新发送"),
  SUBSCRIBER_ADD("添加订阅"),
  SUBSCRIBER_REMOVE("删除订阅");

  private final String label;

  AuditAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
