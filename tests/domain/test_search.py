"""Index terms of a customer and the plan for what was typed (domain.search)."""

from __future__ import annotations

import pytest

from receptionist.domain.search import (
    CJK_GRAM,
    WORD_PREFIX,
    QueryKind,
    SearchPlan,
    haystack,
    matches,
    name_terms,
    normalise,
    pinyin_syllables,
    plan_query,
    text_terms,
)

# --- terms -------------------------------------------------------------------------------


def test_two_character_chinese_name_terms():
    terms = name_terms("张三")
    assert {"张", "三", "张三"} <= terms
    assert {"zs", "zh", "zha", "zhang", "zhangs", "zhangsan"} <= terms
    assert "z" not in terms  # one letter is a Latin prefix, not pinyin


def test_four_character_name_gets_grams_up_to_three_and_pinyin():
    terms = name_terms("欧阳娜娜")
    cjk = {t for t in terms if not t.isascii()}
    assert cjk == {"欧", "阳", "娜", "欧阳", "阳娜", "娜娜", "欧阳娜", "阳娜娜"}
    assert all(len(t) <= CJK_GRAM for t in cjk)
    assert {"oy", "oyn", "oynn", "ouyang", "ouyangnana"} <= terms


def test_three_character_name_has_six_grams():
    cjk = {t for t in name_terms("李小龙") if not t.isascii()}
    assert cjk == {"李", "小", "龙", "李小", "小龙", "李小龙"}
    assert {"lxl", "lixiaolong"} <= name_terms("李小龙")


def test_latin_name_gets_prefixes_of_every_word_folded():
    terms = name_terms("John SMITH")
    assert {"j", "jo", "joh", "john", "s", "sm", "smi", "smit", "smith"} == terms


def test_long_latin_word_is_cut_at_word_prefix():
    terms = text_terms("Schwarzenegger")
    assert max(len(t) for t in terms) == WORD_PREFIX
    assert "schwarzenegg" in terms


def test_full_width_and_accented_input():
    assert name_terms("Ｊｏｈｎ") == name_terms("john")
    assert "zoë" in text_terms("Zoë")
    assert normalise(" ＺＳ ") == "zs"


def test_punctuation_inside_a_word_is_dropped():
    assert "obrien" in text_terms("O'Brien")


def test_mixed_name_gets_both_kinds_of_terms():
    terms = name_terms("David 王")
    assert {"d", "david", "王", "wang"} <= terms


def test_company_terms():
    terms = text_terms("华为技术有限公司")
    assert {"华为", "技术", "有限", "公司", "技术有"} <= terms
    assert "华为技术" not in terms  # longer parts are checked on the candidates
    assert {"acme", "trad", "trading"} <= text_terms("Acme Trading Ltd.")
    assert text_terms("") == set()


def test_pinyin_syllables_ignore_other_characters():
    assert pinyin_syllables("张三") == ["zhang", "san"]
    assert pinyin_syllables("John") == []
    assert pinyin_syllables("David 王") == ["wang"]


def test_haystack_holds_name_company_and_pinyin():
    hay = haystack("张三", "Acme")
    for part in ("张三", "acme", "zhangsan", "zs"):
        assert part in hay


# --- plan_query --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["V-1122-0042", "v11220042", "V 1122 0042", "v-1122-0042", "Ｖ－１１２２－００４２"]
)
def test_visit_code_query(typed):
    assert plan_query(typed) == SearchPlan(QueryKind.VISIT_CODE, code="V-1122-0042")


def test_code_without_v_is_a_phone_query_that_also_carries_the_code():
    plan = plan_query("1122-0042")
    assert plan.kind is QueryKind.PHONE
    assert plan.digits == "11220042"
    assert plan.code == "V-1122-0042"


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("13800138000", "13800138000"),
        ("138 0013 8000", "13800138000"),
        ("138-0013", "1380013"),
        ("+86 138 0013", "1380013"),
        ("+8613800138000", "13800138000"),
        ("010-6234", "0106234"),
        ("+1 202 555", "1202555"),
        ("１３８００", "13800"),
        ("(010) 6234", "0106234"),
    ],
)
def test_phone_query(typed, digits):
    plan = plan_query(typed)
    assert plan.kind is QueryKind.PHONE
    assert plan.digits == digits
    assert plan.code == ""


@pytest.mark.parametrize("typed", ["8000", " 5678 ", "０１２３"])
def test_last_four_is_a_phone_query_of_four_digits(typed):
    plan = plan_query(typed)
    assert plan.kind is QueryKind.PHONE
    assert len(plan.digits) == 4


@pytest.mark.parametrize(
    ("typed", "term", "rest"),
    [
        ("张", "张", ()),
        ("张三", "张三", ()),
        ("李小龙", "李小龙", ()),
        ("欧阳娜娜", "欧阳娜", ("欧阳娜娜",)),
        ("zs", "zs", ()),
        ("ＺＳ", "zs", ()),
        ("Zhangsan", "zhangsan", ()),
        ("j", "j", ()),
        ("john", "john", ()),
        ("john sm", "john", ("sm",)),
        ("sm john", "john", ("sm",)),
        ("zhang san", "zhang", ("san",)),
        ("张 acme", "acme", ("张",)),
        ("华为 技术", "华为", ("技术",)),
        ("schwarzenegger", "schwarzenegg", ("schwarzenegger",)),
        ("12", "12", ()),
    ],
)
def test_text_query_uses_the_most_selective_term(typed, term, rest):
    plan = plan_query(typed)
    assert plan.kind is QueryKind.TEXT
    assert plan.term == term
    assert plan.rest == rest
    assert plan.exact is (not rest)


@pytest.mark.parametrize("typed", ["", "   ", None, "!!!", "-", "\u3000"])
def test_empty_query(typed):
    assert plan_query(typed).kind is QueryKind.EMPTY


def test_v_alone_or_an_impossible_code_is_text():
    assert plan_query("v").kind is QueryKind.TEXT
    assert plan_query("Victor").term == "victor"
    assert plan_query("V-1340-0001").kind is QueryKind.TEXT


def test_every_text_query_term_is_a_term_of_the_name_it_should_find():
    cases = {
        "张三": ["张", "三", "张三", "zs", "zhang", "zhangsan", "ＺＳ"],
        "欧阳娜娜": ["欧阳", "娜娜", "欧阳娜娜", "oynn", "ouyang"],
        "John Smith": ["j", "jo", "smi", "john sm", "JOHN"],
    }
    for name, queries in cases.items():
        terms = name_terms(name)
        for query in queries:
            plan = plan_query(query)
            assert plan.term in terms, (name, query)
            assert matches(plan, name, ""), (name, query)


# --- matches -----------------------------------------------------------------------------


def test_matches_exact_plan_is_always_true():
    assert matches(plan_query("张三"), "anything", "")


def test_matches_checks_every_remaining_part():
    plan = plan_query("john sm")
    assert matches(plan, "John Smith", "")
    assert not matches(plan, "John Brown", "")
    assert matches(plan, "John Brown", "Smart Ltd")  # the company counts too


def test_matches_long_chinese_name_and_pinyin_parts():
    assert matches(plan_query("欧阳娜娜"), "欧阳娜娜", "")
    assert not matches(plan_query("欧阳娜娜"), "欧阳娜", "")
    assert matches(plan_query("zhang san"), "张三", "")
    assert not matches(plan_query("zhang si"), "张三", "")


def test_matches_company_only_candidate():
    plan = plan_query("华为技术")
    assert plan.term == "华为技"
    assert matches(plan, "", "华为技术有限公司")
    assert not matches(plan, "", "华为技校")


def test_international_form_of_a_mainland_landline_finds_the_stored_trunk_form():
    assert plan_query("+86 10 6234 5678").digits == "01062345678"
    assert plan_query("+86 755 8888").digits == "07558888"
    assert plan_query("+86 138 1234").digits == "1381234"
