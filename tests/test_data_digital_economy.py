"""Lesson 3 datasets: values pinned to their sources, vintages kept apart, derivations checked."""

import re

import pytest

from explainer import data


@pytest.fixture(scope="module")
def shares():
    return data.load("china_gdp_sector_shares")


@pytest.fixture(scope="module")
def digital():
    return data.load("china_digital_economy")


@pytest.mark.parametrize("year, expected", [(1952, (50.5, 20.8, 28.7)), (2018, (7.2, 40.7, 52.2)),
                                            (2020, (7.7, 37.8, 54.5)), (2023, (7.1, 38.3, 54.6)),
                                            (1978, (28.2, 47.9, 23.9))])
def test_sector_shares_match_nbs_releases(shares, year, expected):
    row = shares[shares["year"] == year].set_index("sector")["share_pct"]
    assert tuple(row[s] for s in ("primary", "secondary", "tertiary")) == expected


def test_each_year_has_one_vintage_and_complete_years_sum_to_100(shares):
    assert not shares.duplicated(["year", "sector"]).any()
    assert (shares.groupby("year")["vintage"].nunique() == 1).all()
    assert set(shares["vintage"]) == {"release_2019", "yearbook_2010", "communique_2020",
                                      "communique_2023"}
    complete = shares.groupby("year")["share_pct"].agg(["count", "sum"])
    complete = complete[complete["count"] == 3]
    assert ((complete["sum"] - 100).abs() <= 0.2).all()


def test_yearbook_shares_are_derived_from_the_levels_they_cite(shares):
    rows = shares[shares["vintage"] == "yearbook_2010"]
    assert len(rows) == 18
    for _, row in rows.iterrows():
        part, total = map(float, re.search(r"([\d.]+) of ([\d.]+) x 100 million", row["source"]).groups())
        assert row["share_pct"] == pytest.approx(100 * part / total, abs=0.05)
        assert "superseded" in row["status"]


def test_tertiary_first_exceeds_secondary_in_2012_data(shares):
    assert shares[(shares["year"] == 2012) & (shares["sector"] == "tertiary")]["share_pct"].item() == 45.5


def test_digital_economy_values(digital):
    broad = digital[digital["measure"] == "caict_broad"].set_index("year")
    assert broad.loc[2023, "size_trillion_yuan"] == 53.9 and broad.loc[2023, "share_of_gdp_pct"] == 42.8
    assert broad.loc[2021, "size_trillion_yuan"] == 45.5 and broad.loc[2021, "share_of_gdp_pct"] == 39.8
    assert 2018 not in broad.index  # left out: could not be re-checked
    assert broad["share_of_gdp_pct"].is_monotonic_increasing
    core = digital[digital["measure"] == "nbs_core_industries"]
    assert core["year"].item() == 2023 and core["share_of_gdp_pct"].item() == 9.9


def test_data_production():
    row = data.load("china_data_production").iloc[0]
    assert (row["year"], row["data_produced_zb"], row["growth_pct"]) == (2022, 8.1, 22.7)


def test_tfp_estimates_pinned_to_their_studies():
    tfp = data.load("china_tfp_estimates").set_index("study")
    assert tfp.loc["Cao, Ho, Jorgenson, Ren, Sun & Yue (2009)", "tfp_growth_pct"] == 2.5
    assert tfp.loc["Wu (2016)", "tfp_growth_pct"] == 0.8
    assert tfp.loc["Wu (2016)", "period"] == "1980-2012"
    assert "negative" in tfp.loc["Wu (2014), The Conference Board", "finding"]
    # Rows without a checked number say what was checked instead, and every row has a status.
    for _, row in tfp.iterrows():
        assert row["status"] and row["url"].startswith("http")
        if row["tfp_growth_pct"] != row["tfp_growth_pct"]:  # NaN: no number retrieved
            assert "not retrieved" in row["status"]
    assert "9298" in tfp.loc["Brandt, Litwack, Mileva, Wang, Zhang & Zhao (2020)", "source"]


@pytest.mark.parametrize("name", ["china_gdp_sector_shares", "china_digital_economy",
                                  "china_data_production", "china_tfp_estimates"])
def test_provenance_states_vintage_or_measure(name):
    record = data.provenance(name)
    assert record["retrieved"] == "2026-11-26"
    assert record["status"] and record["units"]
    if name == "china_gdp_sector_shares":
        assert "vintage" in record["description"].lower()
    if name == "china_digital_economy":
        assert "industrial digitalisation" in record["description"]
    if name == "china_tfp_estimates":
        assert "not comparable" in record["description"]
