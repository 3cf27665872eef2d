"""The Trends page's own words (the charts' are in ``charts/words.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain.aggregation import Granularity
from wellbeing_desktop.services.trends_data import TrendsRange
from wellbeing_desktop.ui.common import locale_format
from wellbeing_desktop.ui.common.translation import Message, tr, translatable

if TYPE_CHECKING:
    from wellbeing_desktop.domain.models import Language
    from wellbeing_desktop.services.trends_data import TrendsData

RANGE: Message = translatable("trends_view", "Range")
RANGE_WORDS: dict[TrendsRange, Message] = {
    TrendsRange.FOUR_WEEKS: translatable("trends_view", "4 weeks"),
    TrendsRange.QUARTER: translatable("trends_view", "Quarter"),
    TrendsRange.YEAR: translatable("trends_view", "Year"),
    TrendsRange.ALL: translatable("trends_view", "All"),
    TrendsRange.CUSTOM: translatable("trends_view", "Custom"),
}
GRANULARITY: Message = translatable("trends_view", "Show per")
GRANULARITY_WORDS: dict[Granularity, Message] = {
    Granularity.DAY: translatable("trends_view", "Day"),
    Granularity.WEEK: translatable("trends_view", "Week"),
    Granularity.MONTH: translatable("trends_view", "Month"),
}
FROM: Message = translatable("trends_view", "From")
TO: Message = translatable("trends_view", "To")
SHOW_TABLE: Message = translatable("trends_view", "Show as table")
SHOW_TABLE_TIP: Message = translatable(
    "trends_view", "Show the numbers behind each chart as a table"
)
LOADING: Message = translatable("trends_view", "Loading…")
SPAN: Message = translatable("trends_view", "{start} – {end} · {days}")
DAYS: Message = translatable("trends_view", "{n} days logged")
ONE_DAY: Message = translatable("trends_view", "1 day logged")
NO_DAYS: Message = translatable(
    "trends_view",
    "No days logged in this period yet. Choose a longer range, or log a day in Today.",
)
INSIGHTS: Message = translatable("trends_view", "What the numbers show")
CLICK_HINT: Message = translatable(
    "trends_view",
    "Hover over a chart for the exact numbers; click a period to open it in the journal. "
    "By keyboard: Enter on a chart shows its table.",
)


def status_text(data: TrendsData | None, language: Language) -> str:
    """The status line: the dates shown and how many days are logged in them."""
    if data is None:
        return ""
    days = data.days_logged
    if not days:
        return tr(NO_DAYS, language)
    start = data.start or data.request.end
    end = data.request.end
    count = tr(ONE_DAY, language) if days == 1 else tr(DAYS, language).format(n=days)
    return tr(SPAN, language).format(
        start=locale_format.short_date(start, language),
        end=locale_format.short_date(end, language),
        days=count,
    )
