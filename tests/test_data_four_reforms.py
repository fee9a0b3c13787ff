"""Datasets of lesson 4, pinned to the values of the releases they record."""

import pytest

from explainer import data


def test_afre_shares_match_pboc_releases():
    t = data.load("afre_financing_mix").set_index(["date", "component"])
    assert t.loc[("2020-12-31", "total AFRE stock"), "amount_trn_yuan"] == pytest.approx(284.83)
    assert t.loc[("2020-12-31", "RMB loans"), "share_pct"] == pytest.approx(60.2)
    assert t.loc[("2020-12-31", "domestic equity of non-financial firms"), "share_pct"] == 2.9
    assert t.loc[("2025-03-31", "total AFRE stock"), "amount_trn_yuan"] == pytest.approx(422.96)
    assert t.loc[("2025-03-31", "RMB loans"), "share_pct"] == pytest.approx(62.0)
    assert t.loc[("2025-03-31", "government bonds"), "amount_trn_yuan"] == pytest.approx(84.96)
    # shares are consistent with amounts / total to the published rounding
    for date in ("2020-12-31", "2025-03-31"):
        total = t.loc[(date, "total AFRE stock"), "amount_trn_yuan"]
        rows = t.loc[date].drop(index="total AFRE stock")
        assert ((100 * rows["amount_trn_yuan"] / total - rows["share_pct"]).abs() < 0.06).all()


def test_revenue_share_rules():
    t = data.load("st_revenue_share_policies")
    assert sorted(t["share_pct"]) == [25, 50, 50, 70]
    assert t.loc[t["share_pct"] == 25, "status"].str.contains("derived").all()
    # the national floors are 50% (the 2015 law and the 2016 State Council rule); 70% is a
    # university's rule, not a national one
    national = t[t["rule"].str.startswith(("National law", "State Council rule"))]
    assert sorted(national["year"]) == [2015, 2016, 2016]
    assert national["share_pct"].max() == 50
    assert t.loc[t["share_pct"] == 70, "rule"].str.contains("university rule").all()


def test_rd_expenditure_matches_communiques():
    t = data.load("rd_expenditure_china").set_index("year")
    assert t.loc[2023, "rd_expenditure_bn_yuan"] == pytest.approx(3335.71)
    assert t.loc[2023, "rd_intensity_pct_gdp"] == pytest.approx(2.65)
    # the 2023 communique reports growth of 8.4% on 2022
    growth = t.loc[2023, "rd_expenditure_bn_yuan"] / t.loc[2022, "rd_expenditure_bn_yuan"] - 1
    assert growth == pytest.approx(0.084, abs=0.001)
