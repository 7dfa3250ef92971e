"""The printed dashboard report's words in English and Simplified Chinese (printing is not
Qt: a dictionary per language, as ``labels.py``), and how it writes periods and buckets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from .labels import language

RATINGS = ("overall", "attitude", "professionalism", "speed", "environment")
STEPS = {1: "s1", 2: "s2", 3: "s3", 4: "s4", 5: "s5"}

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Dashboard",
        "period_line": "Period: {period}",
        "filters_line": "Filters: {filters}",
        "no_filters": "none (all visits)",
        "f_purpose": "Purpose",
        "f_category": "Category",
        "f_tier": "Tier",
        "f_host": "Host",
        "f_department": "Department",
        "f_station": "Station",
        "page": "Page {n} of {total}",
        "visits": "Visits",
        "visits_line": "Visits: {n}. Same period last year: {last}. Change: {change}.",
        "by_purpose": "Visits by purpose, with last year",
        "by_category": "Visits by category",
        "last_year_all": "Last year (all)",
        "no_visits": "No visits in this period",
        "satisfaction": "Satisfaction",
        "satisfaction_line": "Feedback: {n}. Overall: {overall} / 5. Recommend: {recommend} / 10. "
        "Recommend score (NPS): {nps} ({promoters} promoters, {passives} passives, "
        "{detractors} detractors).",
        "no_feedback": "No feedback in this period",
        "averages": "Average ratings (1–5)",
        "average": "Average",
        "nps_split": "Promoters, passives, detractors",
        "promoters": "Promoters (9–10)",
        "passives": "Passives (7–8)",
        "detractors": "Detractors (0–6)",
        "answers": "Answers",
        "overall_trend": "Overall rating, trend",
        "nps_trend": "Recommend score (NPS), trend",
        "r_overall": "Overall",
        "r_attitude": "Attitude",
        "r_professionalism": "Professionalism",
        "r_speed": "Speed",
        "r_environment": "Environment",
        "lowest": "Lowest-rated hosts and purposes (at least {n} feedback each), with their "
        "latest comments:",
        "host": "Host",
        "purpose": "Purpose",
        "feedback": "Feedback",
        "comments": "Latest comments",
        "none_enough": "None with enough feedback in this period",
        "complaints": "Complaints",
        "complaints_line": "Opened: {opened}. Closed: {closed}. Overdue now: {overdue}. Closed "
        "with a confirmed resolution: {share}. Call-backs: {calls} ({resolved} said resolved).",
        "opened": "Opened",
        "closed": "Closed",
        "overdue": "Overdue now",
        "step_times": "Mean time per step (hours)",
        "mean_hours": "Mean hours",
        "no_complaints": "No complaints in this period",
        "no_steps": "No step done in this period",
        "s1": "1 Listen",
        "s2": "2 Empathise",
        "s3": "3 Propose",
        "s4": "4 Carry out",
        "s5": "5 Call back",
        "tiers": "Value tiers",
        "no_tiers": "No tiers have been computed yet.",
        "tiers_only": "Tiers of {period}; no earlier period to compare with.",
        "tiers_line": "Tiers of {period}, movements since {previous}.",
        "distribution": "Customers per tier",
        "moves": "Movements between the last two periods",
        "no_previous": "No earlier period to compare with",
        "customers": "Customers",
        "m_up": "Moved up",
        "m_down": "Moved down",
        "m_same": "Stayed",
        "m_new": "New",
        "m_dropped": "Dropped out",
        "from": "From",
        "to": "To",
        "no_tier": "No tier",
        "follow_ups": "Follow-ups",
        "follow_ups_line": "Done in the period: {done}. Overdue now: {overdue}.",
        "per_staff": "Follow-ups per staff member: done and overdue",
        "done": "Done in the period",
        "unassigned": "Unassigned",
        "no_follow_ups": "No follow-ups in this period",
        "conversion": "Conversion",
        "conversion_line": "Of {prospects} prospects whose first visit is in the period, "
        "{bought} bought within {days} days ({rate}).",
        "by_day": "by day",
        "by_week": "by week",
    },
    "zh_CN": {
        "title": "经营看板",
        "period_line": "统计期间：{period}",
        "filters_line": "筛选条件：{filters}",
        "no_filters": "无（全部接待）",
        "f_purpose": "来访事由",
        "f_category": "客户分类",
        "f_tier": "客户等级",
        "f_host": "接待人",
        "f_department": "部门",
        "f_station": "前台/自助机",
        "page": "第 {n} 页，共 {total} 页",
        "visits": "接待量",
        "visits_line": "接待 {n} 次；去年同期 {last} 次；变化 {change}。",
        "by_purpose": "按来访事由的接待量（含去年同期）",
        "by_category": "按客户分类的接待量",
        "last_year_all": "去年同期（合计）",
        "no_visits": "本期间没有接待记录",
        "satisfaction": "满意度",
        "satisfaction_line": "反馈 {n} 份；总体满意度 {overall} / 5；推荐意愿 {recommend} / 10；"
        "净推荐值（NPS）{nps}（推荐者 {promoters}，中立者 {passives}，贬损者 {detractors}）。",
        "no_feedback": "本期间没有反馈",
        "averages": "各项平均评分（1–5）",
        "average": "平均分",
        "nps_split": "推荐者、中立者、贬损者",
        "promoters": "推荐者（9–10）",
        "passives": "中立者（7–8）",
        "detractors": "贬损者（0–6）",
        "answers": "份数",
        "overall_trend": "总体满意度趋势",
        "nps_trend": "净推荐值（NPS）趋势",
        "r_overall": "总体满意度",
        "r_attitude": "服务态度",
        "r_professionalism": "专业程度",
        "r_speed": "办理速度",
        "r_environment": "环境",
        "lowest": "评分最低的接待人和来访事由（每项至少 {n} 份反馈）及最近的意见：",
        "host": "接待人",
        "purpose": "来访事由",
        "feedback": "反馈份数",
        "comments": "最近的意见",
        "none_enough": "本期间没有反馈足够的对象",
        "complaints": "投诉",
        "complaints_line": "新增 {opened} 件；结案 {closed} 件；目前超期 {overdue} 件；"
        "确认解决后结案的比例 {share}；回访 {calls} 次（其中 {resolved} 次客户表示已解决）。",
        "opened": "新增",
        "closed": "结案",
        "overdue": "目前超期",
        "step_times": "各步骤平均用时（小时）",
        "mean_hours": "平均小时数",
        "no_complaints": "本期间没有投诉",
        "no_steps": "本期间没有完成的步骤",
        "s1": "1 倾听",
        "s2": "2 共情确认",
        "s3": "3 提出方案",
        "s4": "4 落实方案",
        "s5": "5 回访确认",
        "tiers": "客户价值等级",
        "no_tiers": "尚未计算过客户等级。",
        "tiers_only": "{period} 的等级；没有更早的期间可比较。",
        "tiers_line": "{period} 的等级，与 {previous} 相比的变动。",
        "distribution": "各等级客户数",
        "moves": "最近两个期间之间的等级变动",
        "no_previous": "没有更早的期间可比较",
        "customers": "客户数",
        "m_up": "升级",
        "m_down": "降级",
        "m_same": "不变",
        "m_new": "新进入",
        "m_dropped": "退出",
        "from": "原等级",
        "to": "新等级",
        "no_tier": "无等级",
        "follow_ups": "跟进任务",
        "follow_ups_line": "本期间完成 {done} 项；目前超期 {overdue} 项。",
        "per_staff": "每位员工的跟进任务：已完成与超期",
        "done": "本期间完成",
        "unassigned": "未分配",
        "no_follow_ups": "本期间没有跟进任务",
        "conversion": "转化",
        "conversion_line": "首次来访在本期间的 {prospects} 位潜在客户中，{bought} 位在 {days} 天内"
        "购买（{rate}）。",
        "by_day": "按日",
        "by_week": "按周",
    },
}

_NAMES: dict[str, dict[str, dict[str, str]]] = {
    "en": {
        "purpose": {
            "sales": "Sales",
            "after_sales": "After-sales",
            "complaint": "Complaint",
            "relationship": "Relationship care",
        },
        "category": {
            "prospect": "Prospect",
            "existing": "Existing",
            "vip": "VIP",
            "problem": "Problem",
        },
        "tier": {"platinum": "Platinum", "gold": "Gold", "iron": "Iron", "lead": "Lead"},
    },
    "zh_CN": {
        "purpose": {
            "sales": "销售接待",
            "after_sales": "售后接待",
            "complaint": "投诉接待",
            "relationship": "关系维护接待",
        },
        "category": {
            "prospect": "潜在客户",
            "existing": "现有客户",
            "vip": "VIP客户",
            "problem": "问题客户",
        },
        "tier": {"platinum": "白金客户", "gold": "黄金客户", "iron": "铁客户", "lead": "铅客户"},
    },
}


def catalogue(lang: str) -> tuple[Callable[[str], str], Callable[[str, Any], str]]:
    """``t(key)``: a text; ``names(kind, code)``: a purpose / category / tier code's name
    (any other value, e.g. a host's name, as it is)."""
    lang = language(lang)
    texts, names = _TEXTS[lang], _NAMES[lang]

    def name(kind: str, value: Any) -> str:
        return names.get(kind, {}).get(value, str(value))

    return texts.__getitem__, name


def period_text(lang: str, period: dict[str, Any], long: bool = False) -> str:
    """ "2026-03-01 – 2026-03-31" (long: with "by day" / "by week")."""
    text = f"{period['start']} – {period['end']}"
    if long:
        t, _names = catalogue(lang)
        text += f" ({t('by_day') if period['bucket'] == 'day' else t('by_week')})"
    return text


def bucket(value: str, board: dict[str, Any]) -> str:
    """A bucket's first day: month-day within one year, else the whole date."""
    day = date.fromisoformat(value)
    start, end = board["period"]["start"], board["period"]["end"]
    return f"{day.month:02d}-{day.day:02d}" if start[:4] == end[:4] else day.isoformat()


def percent(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.0f} %"


def tier_or_none(
    names: Callable[[str, Any], str], tier: str | None, t: Callable[[str], str]
) -> str:
    return names("tier", tier) if tier else t("no_tier")
