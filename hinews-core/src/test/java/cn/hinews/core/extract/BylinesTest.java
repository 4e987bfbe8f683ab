package cn.hinews.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {
  @Test
  void reportersInParenthesesNeedNoCommonSurname() {
    assertThat(Bylines.authors("据新华社拉萨电（记者 格桑边觉）记者近日从西藏自治区农业农村厅了解到")).containsExactly("格桑边觉");
  }

  @Test
  void aLabelWithAColonTakesForumAndPenNames() {
    assertThat(Bylines.authors("主题： 你知道导游为什么 作者： 芊草凡凡   时间： 2005-08-22 19:13:18"))
        .containsExactly("芊草凡凡");
    assertThat(Bylines.authors("楼层： 第 1 楼 时间：2005-08-28 20:56:20 作者： 放飞&心情 振威将军(从一品)"))
        .containsExactly("放飞&心情");
    assertThat(Bylines.authors("融会贯通。 文：眉间尺 ---- 我的博客")).containsExactly("眉间尺");
  }

  @Test
  void aLabelWithoutAColonStillNeedsAName() {
    assertThat(Bylines.authors("记者了解到，该项目已经完工。")).isEmpty();
    assertThat(Bylines.authors("作者单位：北京大学社会学系")).isEmpty();
    assertThat(Bylines.authors("原文：请见附件 全文：略")).isEmpty();
  }

  @Test
  void theIssuingOfficeOfAGovernmentDocument() {
    assertThat(Bylines.authors("分 类： 通告 发文机关： 吉林省人民政府 成文日期： 2022年01月27日"))
        .containsExactly("吉林省人民政府");
  }

  @Test
  void writersOfAReportAndAnEnglishNameInBrackets() {
    assertThat(Bylines.authors("请成为孩子们的清道夫。 执笔人：闵乐夫 赵兰波 刘韬 编辑： 吕峥"))
        .containsExactly("闵乐夫", "赵兰波", "刘韬");
    assertThat(Bylines.authors("给计算机系学生的建议 作者： 周思博 (Joel Spolsky) 译： Chen Bin 2005年1月2日"))
        .containsExactly("周思博 (Joel Spolsky)");
  }

  @Test
  void postersOfBlogsAndForums() {
    assertThat(Bylines.authors("陈天华《警世钟》 ggjjzhzz 发表于 2005-9-15 11:46:00 陈天华"))
        .containsExactly("ggjjzhzz");
    assertThat(Bylines.authors("明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓 ← 返回"))
        .containsExactly("duscha");
  }

  @Test
  void theBracketedReporterMustFollowTheTime() {
    assertThat(Bylines.bracketed("BUSINESS.SOHU.COM 2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]"))
        .containsExactly("黄宇");
    assertThat(Bylines.bracketed("版主：[申请版主] 《清洁》")).isEmpty();
    assertThat(Bylines.bracketed("【我来说两句】【打印】 【关闭】")).isEmpty();
  }

  @Test
  void namesStandingUnderTheHeadline() {
    assertThat(Bylines.underHeadline(" 胡平 ——对文化革命的政治心理学分析 文化革命就是一场比赛革命的革命。", "比赛革命的革命"))
        .containsExactly("胡平");
    assertThat(Bylines.underHeadline(" 2003-5-29 09:07 高山流水 再就业问题 再就业问题 赵延东、风笑天 　　近年来，", "再就业问题"))
        .containsExactly("赵延东", "风笑天");
    assertThat(Bylines.underHeadline(" 近年来，下岗职工 越来越多", "再就业问题")).isEmpty();
    assertThat(Bylines.underHeadline(" 胡平", "比赛革命的革命")).isEmpty();
  }

  @Test
  void aColumnistNamedBeforeTheTitleAndAgainUnderTheHeadline() {
    assertThat(Bylines.nameBeforeTitle("茉莉：我是怎样卷入八九民运的", " 我是怎样卷入八九民运的 茉莉 【看中国报道】一九八九年"))
        .containsExactly("茉莉");
    assertThat(Bylines.nameBeforeTitle("钟南山：疫情防控不能松懈", " 疫情防控不能松懈 2022-01-02 来源：新华网")).isEmpty();
  }

  @Test
  void aBlogsOwnerBeforeTheirProfileLink() {
    assertThat(Bylines.profileOwner("最新日志 太小心 [作者简介] (个人情况保密) [太小心]个人类别 [太小心]存档目录"))
        .containsExactly("太小心");
    assertThat(Bylines.profileOwner("查看 [作者简介] 查看 [文章]")).isEmpty();
  }

  @Test
  void anAuthorFromASinglePageAppsState() {
    assertThat(
            MetaReader.embeddedAuthors(
                org.jsoup.Jsoup.parse(
                    "<script>window.__INITIAL_STATE__={\"readInfo\":{\"author\":{\"mid\":651,"
                        + "\"name\":\"魑皇\",\"face\":\"x\"}}}</script>")))
        .containsExactly("魑皇");
  }

  @Test
  void reviewedEdges() {
    // a token of separators only under the headline, places and bodies, a place word in （记者…）
    assertThat(Bylines.underHeadline(" 、 更多 内容", "标题")).isEmpty();
    assertThat(Bylines.underHeadline(" 国务院 2024-01-02 发布", "标题")).isEmpty();
    assertThat(Bylines.authors("（记者 格桑边觉 拉萨报道）记者近日了解到")).containsExactly("格桑边觉");
    // a phrase before 发表于 without a post's time, an agency in brackets after a name
    assertThat(Bylines.authors(" 该研究发表于2021年的《柳叶刀》上")).isEmpty();
    assertThat(Bylines.authors("作者：张三 (AP) 2024年")).containsExactly("张三");
    // a name the page shows once or twice is no blog owner
    assertThat(Bylines.profileOwner("x 查看 作者简介 查看")).isEmpty();
  }
}
