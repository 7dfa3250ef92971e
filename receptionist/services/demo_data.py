"""The raw material of the demo data: staff, names, companies, phones and proportions."""

from __future__ import annotations

from ..domain.enums import Category, Purpose, Role, SiteKind

DAYS = 180
SITE_NAME = "星辰汽车展厅 Star Motors"  # given to a site not set up yet
SITE_KIND = SiteKind.SHOWROOM
# (name, department, role); departments are bilingual because sites are.
STAFF = (
    ("王晓丽", "前台 Reception", Role.RECEPTIONIST),
    ("Emily Zhang", "前台 Reception", Role.RECEPTIONIST),
    ("李明", "销售部 Sales", Role.HOST),
    ("张伟", "销售部 Sales", Role.HOST),
    ("David Miller", "销售部 Sales", Role.HOST),
    ("陈静", "售后部 Service", Role.HOST),
    ("刘洋", "售后部 Service", Role.HOST),
    ("Sarah Johnson", "售后部 Service", Role.HOST),
    ("赵敏", "客户关系部 Relations", Role.HOST),
    ("孙浩", "客户关系部 Relations", Role.MANAGER),
    ("Michael Brown", "客户关系部 Relations", Role.HOST),
)
DEPARTMENT_FOR = {
    Purpose.SALES: "销售部 Sales",
    Purpose.AFTER_SALES: "售后部 Service",
    Purpose.COMPLAINT: "客户关系部 Relations",
    Purpose.RELATIONSHIP: "客户关系部 Relations",
}

# Most common surnames first (weighted by rank), then compound surnames.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋"
    "蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段"
    "雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "慕容", "司徒", "皇甫")
GIVEN_ONE = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚华辉鑫宇浩凯鹏婷颖琳晨阳帆"
GIVEN_TWO = (
    "建国",
    "志强",
    "秀英",
    "桂兰",
    "晓明",
    "海燕",
    "子涵",
    "欣怡",
    "雨轩",
    "浩然",
    "思远",
    "俊杰",
    "佳琪",
    "梓萱",
    "一诺",
    "嘉怡",
    "文博",
    "宇航",
    "明轩",
    "静怡",
    "晓峰",
    "丽华",
    "国强",
    "春梅",
    "玉兰",
    "建华",
    "红霞",
    "志明",
    "晓燕",
    "雪梅",
    "伟东",
    "立新",
    "永强",
    "海涛",
    "婷婷",
    "丹丹",
    "亚楠",
    "佳慧",
    "诗涵",
    "子豪",
    "天佑",
    "若曦",
    "家豪",
    "雅琴",
    "振华",
)
FIRST_NAMES = (
    "James",
    "John",
    "Robert",
    "Michael",
    "David",
    "William",
    "Richard",
    "Joseph",
    "Thomas",
    "Daniel",
    "Emily",
    "Olivia",
    "Emma",
    "Sophia",
    "Ava",
    "Isabella",
    "Mia",
    "Charlotte",
    "Amelia",
    "Grace",
    "Kevin",
    "Jason",
    "Eric",
    "Tony",
    "Linda",
    "Susan",
    "Karen",
    "Nancy",
    "Lisa",
    "Anna",
    "Peter",
    "Laura",
    "Mark",
    "Helen",
)
LAST_NAMES = (
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Taylor",
    "Moore",
    "Martin",
    "Jackson",
    "Lee",
    "Harris",
    "Clark",
    "Lewis",
    "Walker",
    "Young",
    "Wang",
    "Chen",
    "Zhang",
    "Liu",
    "Wong",
    "Chan",
    "Nguyen",
    "Kim",
    "Müller",
    "García",
    "O'Brien",
)
CITIES = (
    "北京",
    "上海",
    "深圳",
    "广州",
    "杭州",
    "成都",
    "南京",
    "武汉",
    "苏州",
    "天津",
    "西安",
    "重庆",
)
BRANDS = (
    "星辰",
    "华信",
    "腾跃",
    "恒通",
    "远航",
    "金桥",
    "蓝海",
    "瑞丰",
    "鼎盛",
    "宏图",
    "博远",
    "新源",
    "嘉禾",
    "启明",
    "天成",
    "永泰",
    "汇智",
    "云帆",
)
TRADES = (
    "科技",
    "贸易",
    "电子",
    "实业",
    "网络",
    "物流",
    "建设",
    "医疗器械",
    "文化传媒",
    "餐饮管理",
    "软件",
    "新能源",
)
EN_BRANDS = (
    "Acme",
    "Northwind",
    "Bluewater",
    "Silverline",
    "Pacific",
    "Greenfield",
    "Summit",
    "Brightstar",
    "Oakridge",
    "Redwood",
    "Evergreen",
    "Horizon",
)
EN_TRADES = (
    "Trading",
    "Logistics",
    "Consulting",
    "Software",
    "Imports",
    "Foods",
    "Engineering",
    "Media",
    "Capital",
    "Medical",
)
EN_SUFFIXES = ("Ltd.", "Co.", "Inc.", "GmbH", "LLC", "Pte. Ltd.")
INTERNAL_UNITS = ("集团总部", "华东分公司", "华南分公司", "Group IT", "Head Office Finance")
MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "180",
    "181",
    "182",
    "183",
    "184",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "193",
    "195",
    "198",
    "199",
)
LANDLINES = (("010", "5678"), ("021", "56"), ("0755", "28"))  # area code, first digits
NOTES = (
    "带样品",
    "需要开发票",
    "Brought the signed contract",
    "Asked for a quote",
    "预约了下午的产品演示",
    "Parking voucher given",
    "维修单已登记",
    "Needs an interpreter",
)
CATEGORY_WEIGHTS = {
    Category.PROSPECT: 45,
    Category.EXISTING: 40,
    Category.VIP: 8,
    Category.PROBLEM: 7,
}
VISIT_WEIGHT = {
    Category.PROSPECT: 1.0,
    Category.EXISTING: 2.5,
    Category.VIP: 4.0,
    Category.PROBLEM: 3.0,
}
PURPOSE_WEIGHTS = {
    Category.PROSPECT: {
        Purpose.SALES: 75,
        Purpose.RELATIONSHIP: 15,
        Purpose.AFTER_SALES: 5,
        Purpose.COMPLAINT: 5,
    },
    Category.EXISTING: {
        Purpose.AFTER_SALES: 40,
        Purpose.SALES: 25,
        Purpose.RELATIONSHIP: 25,
        Purpose.COMPLAINT: 10,
    },
    Category.VIP: {
        Purpose.RELATIONSHIP: 40,
        Purpose.SALES: 30,
        Purpose.AFTER_SALES: 25,
        Purpose.COMPLAINT: 5,
    },
    Category.PROBLEM: {
        Purpose.COMPLAINT: 60,
        Purpose.AFTER_SALES: 30,
        Purpose.SALES: 5,
        Purpose.RELATIONSHIP: 5,
    },
}
REASONS = {
    Category.VIP: ("长期合作伙伴，年采购额超过百万", "Long partnership; top purchases this year"),
    Category.PROBLEM: ("投诉售后响应慢，尚未解决", "Open complaint about a late delivery"),
}
HOURS = (9, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 16, 17)

# Issue 12: what the archive knows about demo customers.
PREFERENCE_TAGS = (
    "绿茶",
    "不要冰水",
    "需要停车位",
    "怕吵，安排安静的洽谈室",
    "不走楼梯",
    "green tea",
    "coffee, black",
    "no stairs",
    "prefers morning appointments",
    "speaks Cantonese",
)
PREFERENCES = (
    "喜欢在二楼靠窗的洽谈室，茶水用龙井。",
    "Likes a short demo, then the numbers; no small talk.",
    "带孩子来时需要儿童座椅。",
    "Prefers e-mail to phone calls.",
)
SOURCES = ("车展", "朋友介绍", "官网预约", "Walk-in", "Referral", "Trade fair")
# Purchases: how many a customer of each category makes over the two demo years, and a
# typical amount in yuan (a car, a service, accessories): few customers buy most.
PURCHASES_PER_YEAR = {
    Category.PROSPECT: (0, 0),
    Category.EXISTING: (1, 4),
    Category.VIP: (3, 8),
    Category.PROBLEM: (1, 3),
}
PURCHASE_AMOUNTS = ((168_000, 3), (26_800, 10), (3_280, 30), (860, 40))  # (yuan, weight)
PURCHASE_NOTES = ("新车", "保养套餐", "Accessories", "Extended warranty", "")
