from dashboard.charts import BAR_AREA, bar_chart


def test_bars_scale_to_the_largest_value_and_keep_small_values_visible():
    chart = bar_chart("Flags", [("names", 40), ("tone", 20), ("links", 0), ("rare", 1)])
    widths = {bar.label: bar.width for bar in chart.bars}
    assert widths == {"names": BAR_AREA, "tone": BAR_AREA // 2, "links": 0, "rare": 6}
    tiny = bar_chart("Flags", [("big", 1000), ("tiny", 1)]).bars[1]
    assert tiny.width == 2


def test_bars_are_stacked_one_row_each():
    chart = bar_chart("Flags", [("a", 1), ("b", 2)])
    assert [bar.y for bar in chart.bars] == [2, 26]
    assert chart.height == 2 * 24 + 4


def test_summary_reads_every_value_as_text():
    chart = bar_chart("Drafts by state", [("Posted", 3), ("Draft", 1)], unit="drafts")
    assert chart.summary == "Drafts by state. Posted: 3 drafts; Draft: 1 drafts."


def test_an_empty_chart_says_so():
    chart = bar_chart("Flags", [])
    assert chart.bars == [] and chart.summary == "Flags: none."
