package cn.hinews.core.text;

/**
 * Whether a string of Han characters can be a person's name: it starts with a common surname
 * (single or compound). Keeps verbs and nouns that follow 记者 or 作者 (了解, 采访, 单位) out of the author
 * list, and words the segmenter mistakes for names out of an article's people.
 */
public final class ChineseNames {
  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
          + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
          + "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
          + "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚"
          + "娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池"
          + "查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴"
          + "盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况"
          + "那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
          + "侠阳郗蹇晋佴汝聂鄂郦";
  private static final String[] COMPOUND = {
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "澹台",
    "百里", "呼延"
  };

  private ChineseNames() {}

  /** Two to four characters beginning with a common single or compound surname. */
  public static boolean plausibleHanName(String name) {
    if (name.length() < 2 || name.length() > 4) {
      return false;
    }
    for (String c : COMPOUND) {
      if (name.startsWith(c)) {
        return name.length() >= 3;
      }
    }
    return SURNAMES.indexOf(name.charAt(0)) >= 0;
  }
}
