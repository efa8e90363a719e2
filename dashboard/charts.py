"""Small bar charts drawn on the server as SVG geometry, for the home pages.

Pure Python, no ORM. Every bar carries its label and its value as text, so a chart reads without
colour; the template adds a text summary for screen readers. No inline styles (the CSP forbids
them): the template uses SVG presentation attributes and classes from app.css.
"""

from dataclasses import dataclass

LABEL_WIDTH = 170
BAR_AREA = 260
VALUE_GAP = 6
ROW_HEIGHT = 24
BAR_HEIGHT = 16


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    y: int
    width: int

    @property
    def text_y(self) -> int:
        return self.y + BAR_HEIGHT - 3

    @property
    def value_x(self) -> int:
        return LABEL_WIDTH + self.width + VALUE_GAP


@dataclass(frozen=True)
class BarChart:
    title: str
    unit: str
    bars: list[Bar]

    label_width: int = LABEL_WIDTH
    bar_height: int = BAR_HEIGHT

    @property
    def width(self) -> int:
        return LABEL_WIDTH + BAR_AREA + 60

    @property
    def height(self) -> int:
        return max(len(self.bars), 1) * ROW_HEIGHT + 4

    @property
    def summary(self) -> str:
        """The whole chart as one sentence, for assistive technology."""
        if not self.bars:
            return f"{self.title}: none."
        parts = "; ".join(f"{bar.label}: {bar.value} {self.unit}" for bar in self.bars)
        return f"{self.title}. {parts}."


def bar_chart(title: str, items: list[tuple[str, int]], *, unit: str = "") -> BarChart:
    """Horizontal bars, one per (label, value), scaled to the largest value."""
    largest = max((value for _, value in items), default=0)
    bars = []
    for index, (label, value) in enumerate(items):
        width = round(BAR_AREA * value / largest) if largest else 0
        if value and width < 2:
            width = 2  # a non-zero value always shows a bar
        bars.append(Bar(label=label, value=value, y=index * ROW_HEIGHT + 2, width=width))
    return BarChart(title=title, unit=unit, bars=bars)
