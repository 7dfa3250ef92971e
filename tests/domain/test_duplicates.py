"""The duplicate rules (``domain.duplicates``), pure."""

from __future__ import annotations

from receptionist.domain.duplicates import (
    Pairs,
    Reason,
    fold,
    phones_similar,
    similar_phone_pairs,
    sound,
)


def test_fold_ignores_case_width_and_spaces():
    assert fold("ＡＢＣ Ltd") == fold("abc ltd") == fold(" A B C  LTD ")
    assert fold("ABC Ltd") != fold("ABD Ltd")
    assert fold("张 伟") == fold("张伟") != fold("章伟")
    assert fold("ｚｈａｎｇ 伟") == fold("Zhang伟")  # full width beside Chinese


def test_names_that_read_the_same():
    assert sound("张伟") == sound("章伟") == sound("Zhang Wei") == "zhangwei"
    assert sound("张伟") != sound("张玮明")


def test_similar_phones():
    assert phones_similar("13812345678", "13987655678")  # same last four
    assert phones_similar("13812345678", "13812345679")  # one digit apart
    assert phones_similar("13812345678", "13817345678")
    assert not phones_similar("13812345678", "13812345678")  # the same: another rule
    assert not phones_similar("13812345678", "13812345690")  # two digits apart
    assert not phones_similar("13812345678", "1381234567")  # lengths differ, last four too


def test_similar_phone_pairs_need_both_the_sound_and_the_phone():
    people = [
        (1, "张伟", "13812345678"),
        (2, "章伟", "13812345679"),  # reads the same, one digit apart
        (3, "张伟", "15900005678"),  # same name, same last four as 1
        (4, "李娜", "13812345670"),  # one digit from 1, another name
        (5, "Zhang Wei", "18600001111"),  # reads the same, phone unlike
    ]
    found = {tuple(sorted(p)) for p in similar_phone_pairs(people)}
    assert found == {(1, 2), (1, 3)}


def test_pairs_collect_reasons_and_order_them():
    pairs = Pairs()
    pairs.add_group([3, 1, 2], Reason.SAME_PHONE)
    pairs.add(2, 1, Reason.SAME_NAME_COMPANY)
    pairs.add(4, 4, Reason.SAME_PHONE)  # never a pair with itself
    ordered = pairs.ordered()
    assert ordered[0] == (1, 2, (Reason.SAME_NAME_COMPANY, Reason.SAME_PHONE))
    assert [(a, b) for a, b, _r in ordered] == [(1, 2), (1, 3), (2, 3)]
