package cn.csp.portal.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The words generated rows are made of: cities, company names, people, streets. Fixed lists, so the
 * seed only decides which words are picked, never what the words are.
 *
 * <p>Company names combine a brand (trade name) with an industry and a legal form. There are 250
 * Chinese and 100 English brands, so at scale 1.0 a brand (e.g. {@code 华启} or {@code northwind})
 * matches a few hundred of the large partner's 100,000 customers: the search term the customer list
 * benchmark uses.
 */
final class Vocabulary {

  private Vocabulary() {}

  /** A city with what an address and a phone number there need. */
  record City(
      String name,
      String english,
      String province,
      String postalPrefix,
      String areaCode,
      String code,
      List<String> districts) {}

  /** A word with its pinyin (lower case, no tones), for e-mail addresses and domains. */
  record Word(String hanzi, String pinyin) {}

  /** An industry as it appears in a Chinese and an English company name, and a domain tag. */
  record Industry(String chinese, String english, String tag) {}

  static final List<City> CITIES =
      List.of(
          city("北京", "Beijing", "北京", "100", "010", "bj", "朝阳区", "海淀区", "东城区", "丰台区"),
          city("上海", "Shanghai", "上海", "200", "021", "sh", "浦东新区", "徐汇区", "静安区", "长宁区"),
          city("广州", "Guangzhou", "广东省", "510", "020", "gz", "天河区", "越秀区", "海珠区"),
          city("深圳", "Shenzhen", "广东省", "518", "0755", "sz", "南山区", "福田区", "宝安区", "龙岗区"),
          city("杭州", "Hangzhou", "浙江省", "310", "0571", "hz", "西湖区", "滨江区", "余杭区"),
          city("南京", "Nanjing", "江苏省", "210", "025", "nj", "鼓楼区", "玄武区", "建邺区"),
          city("苏州", "Suzhou", "江苏省", "215", "0512", "su", "工业园区", "姑苏区", "吴中区"),
          city("成都", "Chengdu", "四川省", "610", "028", "cd", "高新区", "武侯区", "锦江区"),
          city("重庆", "Chongqing", "重庆", "400", "023", "cq", "渝北区", "江北区", "渝中区"),
          city("武汉", "Wuhan", "湖北省", "430", "027", "wh", "洪山区", "江汉区", "武昌区"),
          city("西安", "Xi'an", "陕西省", "710", "029", "xa", "雁塔区", "碑林区", "未央区"),
          city("天津", "Tianjin", "天津", "300", "022", "tj", "和平区", "河西区", "滨海新区"),
          city("青岛", "Qingdao", "山东省", "266", "0532", "qd", "市南区", "崂山区", "黄岛区"),
          city("济南", "Jinan", "山东省", "250", "0531", "jn", "历下区", "槐荫区", "高新区"),
          city("厦门", "Xiamen", "福建省", "361", "0592", "xm", "思明区", "湖里区", "集美区"),
          city("福州", "Fuzhou", "福建省", "350", "0591", "fz", "鼓楼区", "台江区", "仓山区"),
          city("长沙", "Changsha", "湖南省", "410", "0731", "cs", "岳麓区", "芙蓉区", "天心区"),
          city("郑州", "Zhengzhou", "河南省", "450", "0371", "zz", "金水区", "中原区", "郑东新区"),
          city("合肥", "Hefei", "安徽省", "230", "0551", "hf", "蜀山区", "包河区", "庐阳区"),
          city("宁波", "Ningbo", "浙江省", "315", "0574", "nb", "鄞州区", "海曙区", "江北区"),
          city("大连", "Dalian", "辽宁省", "116", "0411", "dl", "中山区", "沙河口区", "甘井子区"),
          city("沈阳", "Shenyang", "辽宁省", "110", "024", "sy", "和平区", "沈河区", "浑南区"),
          city("昆明", "Kunming", "云南省", "650", "0871", "km", "五华区", "盘龙区", "官渡区"),
          city("无锡", "Wuxi", "江苏省", "214", "0510", "wx", "梁溪区", "滨湖区", "新吴区"),
          city("东莞", "Dongguan", "广东省", "523", "0769", "dg", "南城街道", "东城街道", "松山湖"),
          city("佛山", "Foshan", "广东省", "528", "0757", "fs", "禅城区", "南海区", "顺德区"),
          city("哈尔滨", "Harbin", "黑龙江省", "150", "0451", "hrb", "南岗区", "道里区", "香坊区"),
          city("长春", "Changchun", "吉林省", "130", "0431", "cc", "朝阳区", "南关区", "绿园区"),
          city("南昌", "Nanchang", "江西省", "330", "0791", "nc", "东湖区", "西湖区", "红谷滩区"),
          city("贵阳", "Guiyang", "贵州省", "550", "0851", "gy", "观山湖区", "云岩区", "南明区"));

  static final List<String> STREETS =
      List.of(
          "建国路", "中山路", "人民路", "解放路", "长安街", "南京路", "科技园路", "世纪大道", "学院路", "滨江大道", "创业路", "软件园路",
          "高新大道", "光华路", "金融街", "湖滨路", "东风路", "新华路", "和平路", "延安路", "复兴路", "文化路", "青年路", "工业大道",
          "天府大道", "望京街", "中关村大街", "深南大道", "珠江路", "淮海路");

  static final List<String> BUILDINGS =
      List.of(
          "A 座", "B 座", "C 座", "1 号楼", "2 号楼", "3 号楼", "科技大厦", "国际中心", "创新大厦", "金融中心", "商务中心",
          "产业园");

  static final List<Word> SURNAMES =
      words(
          "王 wang", "李 li", "张 zhang", "刘 liu", "陈 chen", "杨 yang", "黄 huang", "赵 zhao", "吴 wu",
          "周 zhou", "徐 xu", "孙 sun", "马 ma", "朱 zhu", "胡 hu", "郭 guo", "何 he", "林 lin", "高 gao",
          "罗 luo", "郑 zheng", "梁 liang", "谢 xie", "宋 song", "唐 tang", "许 xu", "韩 han", "冯 feng",
          "邓 deng", "曹 cao", "彭 peng", "曾 zeng", "肖 xiao", "田 tian", "董 dong", "袁 yuan", "潘 pan",
          "于 yu", "蒋 jiang", "蔡 cai", "余 yu", "杜 du", "叶 ye", "程 cheng", "苏 su", "魏 wei", "吕 lv",
          "丁 ding", "任 ren", "沈 shen");

  static final List<Word> GIVEN_NAMES =
      words(
          "伟 wei",
          "芳 fang",
          "娜 na",
          "敏 min",
          "静 jing",
          "丽 li",
          "强 qiang",
          "磊 lei",
          "军 jun",
          "洋 yang",
          "勇 yong",
          "艳 yan",
          "杰 jie",
          "娟 juan",
          "涛 tao",
          "明 ming",
          "超 chao",
          "秀英 xiuying",
          "霞 xia",
          "平 ping",
          "刚 gang",
          "桂英 guiying",
          "建华 jianhua",
          "晓东 xiaodong",
          "海燕 haiyan",
          "志强 zhiqiang",
          "雪 xue",
          "婷 ting",
          "浩 hao",
          "宇 yu",
          "鑫 xin",
          "鹏 peng",
          "欣怡 xinyi",
          "子涵 zihan",
          "梓萱 zixuan",
          "一诺 yinuo",
          "俊杰 junjie",
          "文博 wenbo",
          "晨 chen",
          "佳琪 jiaqi",
          "思远 siyuan",
          "天宇 tianyu",
          "嘉怡 jiayi",
          "雨桐 yutong",
          "宏伟 hongwei",
          "丹 dan",
          "波 bo",
          "辉 hui",
          "玲 ling",
          "琳 lin");

  static final List<String> ENGLISH_FIRST_NAMES =
      List.of(
          "Alex", "Maria", "David", "Emma", "James", "Olivia", "Michael", "Sophia", "Daniel",
          "Chloe", "Kevin", "Grace", "Jason", "Lily", "Eric", "Amy", "Ryan", "Helen", "Peter",
          "Linda", "Tony", "Cindy", "Frank", "Vivian", "Leo", "Iris", "Sam", "Joyce", "Jack",
          "Wendy");

  static final List<String> ENGLISH_LAST_NAMES =
      List.of(
          "Chen", "Wang", "Zhang", "Liu", "Li", "Smith", "Brown", "Taylor", "Wilson", "Lee", "Wong",
          "Ng", "Tan", "Lim", "Martin", "Garcia", "Miller", "Davis", "Clark", "Walker", "Young",
          "King", "Scott", "Green", "Baker");

  /** Characters of Chinese trade names, with their pinyin; brands pair one of each list. */
  private static final List<Word> BRAND_FIRST =
      words(
          "华 hua",
          "云 yun",
          "海 hai",
          "博 bo",
          "瑞 rui",
          "盛 sheng",
          "恒 heng",
          "鑫 xin",
          "中 zhong",
          "天 tian",
          "金 jin",
          "新 xin",
          "宏 hong",
          "泰 tai",
          "嘉 jia",
          "汇 hui",
          "联 lian",
          "创 chuang",
          "智 zhi",
          "达 da",
          "信 xin",
          "远 yuan",
          "科 ke",
          "明 ming",
          "正 zheng",
          "东 dong",
          "安 an",
          "和 he",
          "景 jing",
          "德 de",
          "光 guang",
          "宇 yu",
          "星 xing",
          "晨 chen",
          "蓝 lan",
          "凯 kai",
          "腾 teng",
          "锦 jin",
          "卓 zhuo",
          "亿 yi",
          "万 wan",
          "立 li",
          "长 chang",
          "永 yong",
          "富 fu",
          "顺 shun",
          "佳 jia",
          "美 mei",
          "清 qing",
          "同 tong");

  private static final List<Word> BRAND_SECOND =
      words(
          "启 qi", "纳 na", "丰 feng", "通 tong", "成 cheng", "隆 long", "源 yuan", "辉 hui", "邦 bang",
          "峰 feng", "驰 chi", "拓 tuo", "维 wei", "翔 xiang", "润 run", "康 kang", "鼎 ding", "晟 sheng",
          "航 hang", "谷 gu", "森 sen", "铭 ming", "诚 cheng", "诺 nuo", "川 chuan");

  /** 250 Chinese trade names: a fixed selection of pairs, not the seed's choice. */
  static final List<Word> CHINESE_BRANDS = chineseBrands();

  /** 100 English trade names of the kind Microsoft's samples use. */
  static final List<String> ENGLISH_BRANDS =
      List.of(
          "Northwind",
          "Fabrikam",
          "Contoso",
          "Tailspin",
          "Litware",
          "Adventure",
          "Coho",
          "Lucerne",
          "Wingtip",
          "Proseware",
          "Alpine",
          "Woodgrove",
          "Trey",
          "Blue Yonder",
          "Humongous",
          "Margie",
          "Consolidated",
          "Wide World",
          "Graphic Design",
          "Southridge",
          "Datum",
          "Relecloud",
          "Munson",
          "Lamna",
          "Fourth Coffee",
          "Adatum",
          "Bellows",
          "Best For You",
          "City Power",
          "Coho Vineyard",
          "Fincher",
          "First Up",
          "Liberty",
          "Nod",
          "Phone Company",
          "School of Fine",
          "VanArsdel",
          "Wholesale",
          "Woodgrove Bank",
          "Zava",
          "Cronus",
          "Tasmanian",
          "Ascend",
          "Bluewater",
          "Brightstone",
          "Cedarline",
          "Clearpath",
          "Crescent",
          "Crystal Bay",
          "Deepwell",
          "Eastgate",
          "Emerald",
          "Evergreen",
          "Fairway",
          "Falcon",
          "Firefly",
          "Goldleaf",
          "Granite",
          "Harbor",
          "Highland",
          "Horizon",
          "Ironwood",
          "Jade River",
          "Keystone",
          "Lakeside",
          "Lighthouse",
          "Maple",
          "Meridian",
          "Moonstone",
          "Mountain View",
          "Nexus",
          "Northstar",
          "Oakridge",
          "Orchid",
          "Pacific Rim",
          "Peak",
          "Pinnacle",
          "Polaris",
          "Redwood",
          "Riverbend",
          "Sapphire",
          "Seaview",
          "Silverline",
          "Skyline",
          "Starlight",
          "Stonebridge",
          "Summit",
          "Sunrise",
          "Terra",
          "Tidewater",
          "Trident",
          "Twin Peaks",
          "Unity",
          "Vantage",
          "Vertex",
          "Westwind",
          "Whitestone",
          "Willow",
          "Yellow River",
          "Zenith");

  static final List<Industry> INDUSTRIES =
      List.of(
          new Industry("科技", "Technology", "tech"),
          new Industry("信息技术", "Information Technology", "it"),
          new Industry("网络科技", "Network Technology", "net"),
          new Industry("软件", "Software", "soft"),
          new Industry("贸易", "Trading", "trade"),
          new Industry("电子", "Electronics", "elec"),
          new Industry("医药", "Pharmaceuticals", "med"),
          new Industry("物流", "Logistics", "log"),
          new Industry("咨询", "Consulting", "consult"),
          new Industry("文化传媒", "Media", "media"),
          new Industry("建筑工程", "Engineering", "eng"),
          new Industry("食品", "Foods", "food"),
          new Industry("教育科技", "Education", "edu"),
          new Industry("金融服务", "Financial Services", "fin"),
          new Industry("制造", "Manufacturing", "mfg"),
          new Industry("环保科技", "Environmental Technology", "eco"),
          new Industry("汽车零部件", "Auto Parts", "auto"),
          new Industry("实业", "Industries", "ind"),
          new Industry("餐饮管理", "Catering", "dining"),
          new Industry("广告", "Advertising", "ads"));

  static final List<String> CHINESE_FORMS =
      List.of("有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司", "有限责任公司");

  static final List<String> ENGLISH_FORMS =
      List.of("Co., Ltd.", "Co., Ltd.", "Ltd.", "Limited", "Group Co., Ltd.", "Inc.");

  /** Nicknames partners give subscriptions, by department or site. */
  static final List<String> NICKNAMES =
      List.of(
          "总部",
          "销售部",
          "研发中心",
          "财务部",
          "市场部",
          "人力资源部",
          "华东分公司",
          "华南分公司",
          "北京办公室",
          "上海办公室",
          "客服中心",
          "生产部",
          "Head office",
          "Sales team",
          "R&D",
          "Finance",
          "Shenzhen office",
          "Project team",
          "Branch office",
          "IT department");

  static City pickCity(SplittableRandom rng) {
    // the big cities are more likely
    int size = CITIES.size();
    int index = rng.nextInt(100) < 45 ? rng.nextInt(6) : rng.nextInt(size);
    return CITIES.get(index);
  }

  static <T> T pick(SplittableRandom rng, List<T> values) {
    return values.get(rng.nextInt(values.size()));
  }

  private static City city(
      String name,
      String english,
      String province,
      String postalPrefix,
      String areaCode,
      String code,
      String... districts) {
    return new City(name, english, province, postalPrefix, areaCode, code, List.of(districts));
  }

  private static List<Word> words(String... pairs) {
    List<Word> words = new ArrayList<>();
    for (String pair : pairs) {
      String[] parts = pair.split(" ");
      words.add(new Word(parts[0], parts[1]));
    }
    return List.copyOf(words);
  }

  private static List<Word> chineseBrands() {
    List<Word> brands = new ArrayList<>();
    // a fixed walk over the pairs: every first character, five second characters each
    for (int i = 0; i < BRAND_FIRST.size(); i++) {
      for (int j = 0; j < 5; j++) {
        Word first = BRAND_FIRST.get(i);
        Word second = BRAND_SECOND.get((i * 7 + j * 5) % BRAND_SECOND.size());
        brands.add(new Word(first.hanzi() + second.hanzi(), first.pinyin() + second.pinyin()));
      }
    }
    return List.copyOf(brands);
  }
}
