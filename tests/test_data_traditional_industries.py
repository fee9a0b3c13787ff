"""Lesson 2's CAICT industrial-digitalisation figures: each value pinned to the release it quotes."""

import math

import pytest

from explainer import data


@pytest.fixture(scope="module")
def digitalisation():
    return data.load("caict_industrial_digitalisation").set_index("year")


@pytest.mark.parametrize("year, size, share_de, share_gdp, total", [
    (2019, 28.8, None, 29.0, 35.8),
    (2021, 37.18, 81.7, 32.5, 45.5),
    (2022, 41.0, 81.7, None, 50.2),
])
def test_values_match_the_releases(digitalisation, year, size, share_de, share_gdp, total):
    row = digitalisation.loc[year]
    assert row["size_trillion_yuan"] == size and row["digital_economy_trillion_yuan"] == total
    for column, expected in (("share_of_digital_economy_pct", share_de), ("share_of_gdp_pct", share_gdp)):
        assert (math.isnan(row[column]) if expected is None else row[column] == expected), column


def test_only_verified_years_ship_each_with_its_report_and_status(digitalisation):
    assert list(digitalisation.index) == [2019, 2021, 2022]  # 2020: secondary only; 2023: not found
    for year, row in digitalisation.iterrows():
        assert str(year + 1) in row["report"], "each row is the data year of the next year's report"
        assert row["status"] and row["url"].startswith("http")
    # the Chinese figures quoted in the source column are the shipped values
    for year, row in digitalisation.iterrows():
        assert f"{row['size_trillion_yuan']:g}万亿元" in row["source"]


def test_shares_agree_with_the_sizes_they_come_with(digitalisation):
    row = digitalisation.loc[2021]
    assert 100 * row["size_trillion_yuan"] / row["digital_economy_trillion_yuan"] == pytest.approx(81.7, abs=0.1)
    row = digitalisation.loc[2022]
    assert 100 * row["size_trillion_yuan"] / row["digital_economy_trillion_yuan"] == pytest.approx(81.7, abs=0.1)


def test_the_lesson_3_totals_are_the_same_reports(digitalisation):
    broad = data.load("china_digital_economy")
    broad = broad[broad["measure"] == "caict_broad"].set_index("year")
    for year in digitalisation.index:
        assert broad.loc[year, "size_trillion_yuan"] == digitalisation.loc[year, "digital_economy_trillion_yuan"]
