"""What a document is: title, issuing agency, region and level, year covered, kind.

Rules live in ``lexicons/doc_types.json`` (title and body cues per kind).

>>> from govreport_nlp.textmap import NormalizedText
>>> nt = NormalizedText.unchanged("平潭综合实验区\\n2015年度政府信息公开工作年度报告\\n我区编制了本报告。")
>>> info = identify(nt, 0, len(nt))
>>> info["title"], info["agency"], info["year"], info["doc_type"], info["level"]
('平潭综合实验区2015年度政府信息公开工作年度报告', '平潭综合实验区', 2015, 'annual_report', '县(区)')
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from .lexicons import load_json
from .models import Source
from .normalise import clean_title, detect_script
from .textmap import NormalizedText

__all__ = ["find_title", "find_year", "identify"]

_PIAN_PREFIX = re.compile(
    r"^[-•*·]?\s*(?:第[一二三四五六七八九十百零〇两\d]+篇[：:\s]*|(?:标题|题目|文件标题|名\s*称|文件名称)\s*[：:|｜]\s*)")
_TITLE_TAIL = re.compile(
    r"(\[[^\]]*\]|【[^】]*】|\.(?:docx?|pdf|txt)|[（(]?[\d一二三四五六七八九十]+篇[)）]?|[\s|｜]+)$", re.I)
_TITLE_END = re.compile(r"(报告|总结|年报|方案|制度|办法|规定|细则|要点|计划|意见|思路|通知|函|决定|公告)$")
# 发布时间：… page-header fields (also as "- 索引号：…" list lines), never part of a title
_FIELD_LINE = re.compile(r"^[-•*·]?\s*[\u4e00-\u9fff]{2,6}[：:]")
_HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+[章条])"
)
_YEAR = r"((?:19|20)\d\d)\s*年"
_TITLE_YEAR = re.compile(_YEAR)
_STRONG_YEAR = re.compile(_YEAR + r"\s*(度|以来|[，,]|全年|共|我|1月1日)")
_ANY_YEAR = re.compile(r"(?<![〔\[(（\d])" + _YEAR + r"(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
_PERIOD_END = re.compile(r"(?:截至|截止|至)\s*" + _YEAR + r"\s*12\s*月\s*31\s*日")
_PLAN_YEAR = re.compile(_YEAR + r"[^\n]{0,40}?(打算|准备|计划|思路)")
_TARGET_YEAR = re.compile(r"(?:到|力争到?|至迟到?)\s*" + _YEAR + r"(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
_DATED_YEAR = re.compile(_YEAR + r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_PLACEHOLDER = re.compile(r"(?:20|19)[xX×Ｘ]{2}\s*年|[xX×Ｘ]{2,4}\s*年")
_REGION = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:综合实验区|自治州|自治县|新区|省|市|县|区|镇|乡|街道))")
_AGENCY = re.compile(
    r"([\u4e00-\u9fffxX]{0,12}?(?:住房和城乡建设局|住建局|人民政府|管委会|委员会|办公室|局|厅|委|中心|综合实验区))"
)
_SELF = {"局": "局", "县": "县", "区": "区", "市": "市", "镇": "镇", "乡": "乡", "委": "委", "办": "办"}
_LEVELS = (("街道", "乡镇(街道)"), ("镇", "乡镇(街道)"), ("乡", "乡镇(街道)"), ("综合实验区", "县(区)"),
           ("县", "县(区)"), ("区", "县(区)"), ("市", "市"), ("州", "市"), ("省", "省"))


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    data = load_json("doc_types.json")
    return {
        "title": [(kind, re.compile(rx)) for kind, rx in data["title_rules"]],
        "body": {kind: [(re.compile(rx, re.M), w) for rx, w in cues]
                 for kind, cues in data["body_rules"].items()},
        "min": data["body_min_score"],
        "chrome": re.compile(data["title_chrome"]),
        "agency_patterns": [re.compile(rx) for rx in data["agency_sentence_patterns"]],
        "agency_suffix": re.compile(data["agency_suffixes"]),
        "office_tail": re.compile(data["agency_office_tail"]),
        "noise": re.compile("^(?:" + "|".join(map(re.escape, data["agency_noise_prefixes"])) + ")+"),
    }


def find_title(text: str, start: int, end: int) -> str | None:
    """The title block at the top of a document, joined (None when the text opens with prose).

    >>> find_title("第一篇:住建局工作总结[大全]\\n住房和城乡建设局工作总结\\n正文很长。", 0, 30)
    '住房和城乡建设局工作总结'
    """
    raws = [r.strip() for r in text[start:end].split("\n")[:14] if r.strip()]
    chrome = _rules()["chrome"]
    crumb = max((i for i, r in enumerate(raws[:10]) if len(r) <= _CRUMB_MAX and _BREADCRUMB.search(r)), default=-1)
    raws = raws[crumb + 1:]  # site name and menus above the breadcrumb (当前位置：首页 > …) are furniture
    while raws and chrome.match(raws[0]):  # page furniture above the title (字号, 分享, 索引号 …)
        raws = raws[1:]
    raws = raws[:6]
    labelled = next((r for r in raws if _LABELLED_TITLE.match(r)), None)
    if labelled is not None and _TITLE_END.search(_clean_line(labelled)):
        return _dedupe(clean_title(_clean_line(labelled)))
    if len(raws) > 1 and _PIAN_PREFIX.match(raws[0]) and _TITLE_END.search(_clean_line(raws[1])):
        raws = raws[1:]
    parts: list[str] = []
    for raw in raws:
        line = _clean_line(raw)
        if not parts and _FIELD_LINE.match(line) and not _TITLE_END.search(line):
            continue  # 索引号：… 发布时间：… above the title
        if "。" in line or len(line) > 60 or _HEADING_START.match(line) or "\t" in line or not line \
                or (parts and _FIELD_LINE.match(line)):
            break
        parts.append(line)
        if _TITLE_END.search(line):
            return _dedupe(clean_title("".join(parts)))
    return _named_title(text[start:min(end, start + 600)])


_BREADCRUMB = re.compile(
    r"(?:当前位置|您的位置|您当前所在位置|当前页面|所在位置|位置)\s*[:：]|[^>＞»]{1,20}\s*[>＞»]\s*[^>＞»]{1,20}\s*[>＞»]")
_CRUMB_MAX = 100  # a breadcrumb is a short line; a whole page run into one line is not
# the title named in page furniture: 《X.docx》由会员分享 (document-sharing sites), or the document a notice
# issues: 《X》已经…同意，现印发给你们 / 关于印发X的通知
_NAMED_TITLE = (
    re.compile(r"《(?P<t>[^》\n]{4,60}?)(?:\.(?:docx?|pdf|txt|wps))?》(?:由会员分享|[^《》。\n]{0,30}现(?:予)?印发给你们)"),
)


def _named_title(head: str) -> str | None:
    """A title the opening names without setting it on a line of its own.

    >>> _named_title("《镇政务公开实施方案(五篇).docx》由会员分享，可在线阅读")
    '镇政务公开实施方案'
    >>> _named_title("各单位：\\n《2023年某市政务公开工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。")
    '2023年某市政务公开工作要点'
    """
    for rx in _NAMED_TITLE:
        m = rx.search(head)
        if m:
            return _dedupe(clean_title(_clean_line(m.group("t")))) or None
    return None


_LABELLED_TITLE = re.compile(r"^(?:标题|题目|文件标题|名\s*称|文件名称)\s*[：:|｜]")
_TITLE_HEAD = re.compile(r"^(?:\[[^\]]{1,30}\]|【[^】]{1,30}】)")


def _clean_line(raw: str) -> str:
    return _TITLE_HEAD.sub("", _TITLE_TAIL.sub("", _PIAN_PREFIX.sub("", raw))).strip(" _")


def _dedupe(title: str) -> str:
    half = len(title) // 2
    return title[:half] if len(title) % 2 == 0 and title[:half] == title[half:] else title


def doc_type(title: str | None, body: str) -> str:
    """Kind of document from its title, else from cues in its text.

    >>> doc_type("住建局政务公开制度", ""), doc_type(None, "现将工作总结如下：")
    ('regulation', 'work_summary')
    """
    rules = _rules()
    if title:
        for kind, rx in rules["title"]:
            if rx.search(title):
                return str(kind)
    scores: Counter[str] = Counter()
    for kind, cues in rules["body"].items():
        for rx, w in cues:
            scores[kind] += w * min(len(rx.findall(body)), 3)
    if scores and max(scores.values()) >= rules["min"]:
        return str(scores.most_common(1)[0][0])
    return "other"


def find_year(title: str | None, body: str, kind: str) -> tuple[int | None, bool]:
    """Year covered and whether a placeholder year (20xx) was seen.

    >>> find_year(None, "2019年，我局……2019年度共计公开信息353项。", "work_summary")
    (2019, False)
    >>> find_year(None, "20xx年，在市政务公开办的指导下", "work_summary")
    (None, True)
    >>> find_year(None, "截止2023年12月31日我局通过官方网站发布信息34条", "annual_report")
    (2023, False)
    >>> find_year(None, "2020年6月2日印发。到2023年，基本建成标准体系。2020年年底前完成。", "plan")
    (2020, False)
    """
    if title and (m := _TITLE_YEAR.search(title)):
        return int(m.group(1)), False
    if kind == "regulation":
        return None, False
    votes: Counter[int] = Counter()
    for m in _STRONG_YEAR.finditer(body):
        votes[int(m.group(1))] += 3
    for m in _PERIOD_END.finditer(body):  # 截止2023年12月31日: the period the figures cover
        votes[int(m.group(1))] += 3
    for m in _ANY_YEAR.finditer(body):
        votes[int(m.group(1))] += 1
    if kind == "plan":  # a plan covers the year it is issued, not its targets (到2023年，基本建成…)
        for m in _TARGET_YEAR.finditer(body):
            votes[int(m.group(1))] -= 3
        for m in _DATED_YEAR.finditer(body[:1500]):
            votes[int(m.group(1))] += 1
    else:
        for m in _PLAN_YEAR.finditer(body):
            votes[int(m.group(1))] -= 2
            votes[int(m.group(1)) - 1] += 2
    placeholder = bool(_PLACEHOLDER.search(body[:3000]))
    best = [y for y, v in votes.most_common() if v > 0]
    if not best:
        return None, placeholder
    if placeholder and votes[best[0]] < 3:
        return None, True
    return best[0], False


def find_agency(title: str | None, body: str) -> str | None:
    """The issuing body: the name in the title, made more precise from the text.

    >>> find_agency(None, "按照要求，我局……《华宁县住房和城乡建设局关于调整的通知》……华宁县住建局根据")
    '华宁县住房和城乡建设局'
    >>> find_agency("住建局2021年政务公开工作总结", "到目前为止，x县住建局承担的重点建设项目")
    'x县住建局'
    >>> find_agency("关于2014年政府信息公开工作要点落实情况的函", "我区认真落实。平潭综合实验区管委会办公室")
    '平潭综合实验区'
    """
    head = None
    if title and not title.startswith("关于"):  # 关于…的函/通知: the issuer is not in the title
        bare = re.sub(r"^\s*(?:19|20)\d\d\s*年度?", "", title)
        m = re.match(r"^(.*?)(?:\d{4}\s*年|关于|政府信息公开|政务公开|信息公开|党务公开|政务督查|$)", bare)
        head = m.group(1).strip(" _") if m and m.group(1) else None
        if head and _GENERIC_HEAD.fullmatch(head):  # 乡镇政务公开工作总结: a kind of body, not its name
            head = None
        if head and head.endswith("人民"):  # 嵊州市人民政府信息公开工作年报
            head += "政府"
    if head:
        return head if _REGION_HEAD.match(head) else _with_region(head, body)
    stated = _stated_agency(body)
    if stated:
        return stated
    names = Counter(n for m in _AGENCY.finditer(body) if len(n := _denoise(m.group(1).lstrip("年度"))) >= 3)
    if "我局" in body:
        bureaus = [(c, n) for n, c in names.items()  # 市县区局: a list of levels, not a name
                   if n.endswith("局") and _REGION.match(n) and not _LEVELS_ONLY.fullmatch(n)]
        return max(bureaus)[1] if bureaus else None
    for self_ref in ("县", "区", "市", "镇"):
        if f"我{self_ref}" in body:
            regions = Counter(m.group(1) for m in re.finditer(f"([\u4e00-\u9fff]{{2}}{self_ref})(?!委)", body)
                              if not m.group(1).startswith(("市", "县", "区"))
                              and not any(c in m.group(1) for c in "全本各我该由年在"))
            if regions and len(name := _denoise(_full_name(regions.most_common(1)[0][0], body))) >= 3:
                return name
    return None


def _denoise(name: str) -> str:
    """``name`` without the clause openers a left-extended match picked up (目前榆盘镇 → 榆盘镇).

    >>> _denoise("目前榆盘镇"), _denoise("围绕县"), _denoise("平潭综合实验区")
    ('榆盘镇', '县', '平潭综合实验区')
    """
    return str(_rules()["noise"].sub("", name))


def _stated_agency(body: str) -> str | None:
    """The body named in the opening sentence (现公布X2023年政府信息公开工作年度报告 / 由X编制).

    >>> _stated_agency("根据《条例》规定，现公布广州市人民政府办公厅2023年政府信息公开工作年度报告。")
    '广州市人民政府办公厅'
    >>> _stated_agency("本报告是根据要求，由两城镇人民政府党政办公室编制。")
    '两城镇人民政府'
    """
    rules = _rules()
    head = body[:800]
    for rx in rules["agency_patterns"]:
        for m in rx.finditer(head):
            name = re.sub(r"^(?:本年度|本|我|各|全)", "", m.group("a"))
            if m.group(0).startswith("由"):  # 由X人民政府办公室编制: the report is the government's
                name = rules["office_tail"].sub("", name)
            if len(name) >= 3 and rules["agency_suffix"].search(name) and not name.startswith(("市", "县", "区")):
                return str(name)
    return None


def _full_name(name: str, body: str) -> str:
    """The longest frequent form of a region name in the text (实验区 → 平潭综合实验区).

    >>> _full_name("实验区", "我区……平潭综合实验区管委会……平潭综合实验区的实验区")
    '平潭综合实验区'
    """
    forms: Counter[str] = Counter()
    for m in re.finditer(re.escape(name), body):
        k = m.start()
        while k > 0 and m.start() - k < 6 and "\u4e00" <= body[k - 1] <= "\u9fff" and body[k - 1] not in _STOP_LEFT:
            k -= 1
        if k < m.start():
            forms[body[k:m.end()]] += 1
    best = [f for f, n in forms.items() if n >= 2] or list(forms)
    return max(best, key=lambda f: (len(f), f)) if best else name


_GENERIC_HEAD = re.compile(
    r"(?:(?:乡镇|镇|乡|县|区|市|街道|部门|单位|机关|局)(?:人民政府|政府|部门|单位|机关|直)?[及和、与]?)+")
_LEVELS_ONLY = re.compile(r"[省市县区乡镇州级各]+局")
_STOP_LEFT = set("全本我各该在对于的和与及了是为将把从向经由年度")


_REGION_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:综合实验区|省|市|县|区|镇|乡|街道)")
_BOUNDARY = set("，。、；：《“（(,.;: \n由在对和与将按据了是为")


def _with_region(head: str, body: str) -> str:
    """``head`` with the region the text puts before it (住建局 → x县住建局), if any."""
    found: Counter[str] = Counter()
    for m in re.finditer(re.escape(head), body):
        before = body[max(0, m.start() - 6):m.start()]
        for k in range(len(before) - 1, -1, -1):
            prefix = before[k:]
            at_boundary = k == 0 or before[k - 1] in _BOUNDARY
            if at_boundary and re.fullmatch(r"[\u4e00-\u9fffxX]{1,5}(?:县|区|市|镇|乡)", prefix):
                found[prefix + head] += 1
                break
    return found.most_common(1)[0][0] if found else head


_DEPARTMENT = re.compile(r"住房|人民政府|政府|管委会|委员会|办公室|局|委|厅|中心|[xX]")


def region_level(agency: str | None, title: str | None) -> tuple[str | None, str | None]:
    """Region name and administrative level from the agency (or title).

    >>> region_level("淮安市洪泽区人民政府", None), region_level("华宁县住房和城乡建设局", None)
    (('淮安市洪泽区', '县(区)'), ('华宁县', '县(区)'))
    """
    for source in (agency, title):
        if not source:
            continue
        core = _DEPARTMENT.split(source, maxsplit=1)[0]
        m = re.match(r"^(.*(?:综合实验区|自治州|自治县|街道|省|市|县|区|旗|镇|乡))", core)
        if m and len(m.group(1)) >= 2:
            region = m.group(1)
            for suffix, level in _LEVELS:
                if region.endswith(suffix):
                    return region, level
    return None, None


def identify(nt: NormalizedText, nstart: int, nend: int, *, source: Source | None = None) -> dict[str, Any]:
    """title, agency, region, level, year, doc_type, script and flags of one document."""
    text = nt.text
    title = find_title(text, nstart, nend)
    if title is None and source is not None and source.meta.get("title") and (nstart, nend) == (0, len(text)):
        title = str(source.meta["title"]).strip() or None
    body = text[nstart:nend]
    kind = doc_type(title, body)
    year, placeholder = find_year(title, body, kind)
    agency = find_agency(title, body)
    region, level = region_level(agency, title)
    s, e = nt.original_span(nstart, nend)
    flags = ("year_placeholder",) if placeholder and year is None else ()
    return {"title": title, "agency": agency, "region": region, "level": level, "year": year,
            "doc_type": kind, "script": detect_script(nt.original[s:e]), "flags": flags}
