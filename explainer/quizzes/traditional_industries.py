"""Self-check questions for lesson 2: traditional industries can show new quality productive forces."""

QUESTIONS = [
    {
        "prompt": "Traditional industry is 80% of value added and its TFP grows 1% a year; the "
                  "emerging 20% grows 5% a year. How much does each add to aggregate TFP growth?",
        "options": [
            "Traditional 0.8 points, emerging 1.0 point: about the same",
            "Traditional 1 point, emerging 5 points: emerging matters five times more",
            "Traditional 0.2 points, emerging 4.0 points",
            "Nothing can be said without knowing the number of firms",
        ],
        "answer": 0,
        "explanation": "Hulten's theorem weights each sector's productivity growth by its size: "
                       "0.8 × 1% = 0.8 and 0.2 × 5% = 1.0 points, 1.8% in all. A small gain on a "
                       "large base counts as much as a large gain on a small sector.",
    },
    {
        "prompt": "Why can the Domar weights of all sectors add up to more than 1?",
        "options": [
            "Because of measurement error in GDP",
            "Because sales include intermediate inputs sold to other sectors, so a gain in a "
            "supplier also cheapens what its customers make",
            "Because emerging industries grow faster than GDP",
            "They cannot: weights always sum to exactly 1",
        ],
        "answer": 1,
        "explanation": "A Domar weight is a sector's sales over GDP. Sales count goods that other "
                       "sectors use as inputs, so a productivity gain in steel or chemicals also "
                       "lowers costs downstream. Without intermediate inputs the weights would be "
                       "value-added shares that sum to 1.",
    },
    {
        "prompt": "Output grows 5% a year, capital 7%, labour 0.5%, and capital's share is 0.5. "
                  "What is TFP growth (the Solow residual)?",
        "options": ["5%", "2.75%", "1.25%", "-2%"],
        "answer": 2,
        "explanation": "g_A = 5 − 0.5 × 7 − 0.5 × 0.5 = 1.25% a year. Most of the growth here comes "
                       "from more capital; a 'significant increase in TFP' means a larger residual.",
    },
    {
        "prompt": "With a learning rate of 18%, what happens to battery cost when cumulative "
                  "output grows from 1 to 8 units?",
        "options": [
            "It falls 18%",
            "It falls 54% (3 × 18%)",
            "It falls to 0.82³ ≈ 55% of its start, a fall of about 45%",
            "It does not change until output doubles again",
        ],
        "answer": 2,
        "explanation": "Going from 1 to 8 is three doublings. Each multiplies cost by 0.82, so cost "
                       "ends at 0.82 × 0.82 × 0.82 ≈ 0.55 of where it started.",
    },
    {
        "prompt": "In the lesson's battery data, 2018 is 174 USD/kWh: the value transcribed from "
                  "BNEF's 2018 series (BNEF's own 2018 headline was 176). 2019 is BNEF's 2019 "
                  "headline, 156 USD/kWh. Why should the two not simply be joined into one series?",
        "options": [
            "They come from different surveys, each stated in its own year's real dollars, and "
            "each survey revises the past",
            "2019 prices are for cells, not packs",
            "The 2019 survey only covers China",
            "There is no reason: they can be joined",
        ],
        "answer": 0,
        "explanation": "Each BloombergNEF survey restates the whole history in a new dollar base "
                       "and with revised data; the 2010 price appears as 1,160, about 1,100, 1,191 "
                       "and 1,436 USD/kWh in different surveys. Even one year differs between "
                       "sources: the transcribed 2018 value is 174, BNEF's 2018 headline 176.",
    },
    {
        "prompt": "The interview says traditional industries are 80% of the value added of "
                  "large-scale industrial enterprises. What does the MIIT 2023 guiding opinion say?",
        "options": [
            "Exactly the same",
            "Close to 80% of manufacturing value added, counting petrochemicals, steel, "
            "non-ferrous metals, building materials, machinery, autos, light industry and textiles",
            "80% of GDP",
            "80% of employment",
        ],
        "answer": 1,
        "explanation": "工信部联规〔2023〕258号 says traditional manufacturing is close to 80% of all "
                       "manufacturing value added; the Minister of Industry and Information "
                       "Technology said in 2023 that traditional industries are more than 80% of "
                       "manufacturing. Neither uses the interview's wording. Industry is wider than "
                       "manufacturing (it adds mining and utilities), and 'large-scale' enterprises "
                       "are only those above a revenue threshold, so the numbers measure different "
                       "things.",
    },
    {
        "prompt": "With supply chains, the Domar weights are 1.43 for traditional industry and 0.36 "
                  "for the emerging sector (value-added shares 0.786 and 0.214). Traditional "
                  "gross-output TFP growth (output per unit of all inputs, materials included) falls "
                  "by 1 point. By how much must emerging gross-output TFP growth rise to keep "
                  "aggregate TFP growth unchanged?",
        "options": [
            "1.43 points: the traditional Domar weight",
            "About 7 points: 1.43 / 0.2",
            "4.0 points: the ratio of the Domar weights, 1.43 / 0.36",
            "3.67 points: the ratio of the value-added shares, whichever way TFP is measured",
        ],
        "answer": 2,
        "explanation": "Domar weights go with gross-output TFP: aggregate TFP growth is "
                       "λ_T g_T + λ_E g_E, so a 1-point fall in g_T is made up by a rise of "
                       "λ_T / λ_E = 1.43 / 0.357 = 4.0 points in g_E. The ratio of value-added "
                       "shares, 0.786 / 0.214 = 3.67, is the answer in value-added TFP, whose points "
                       "are larger: 1 gross-output point is 1 / 0.55 = 1.82 value-added points in "
                       "the base and 1 / 0.6 = 1.67 in the emerging sector, and 1.82 × 3.67 = 6.67 = "
                       "4.0 × 1.67. The two answers agree once the units match.",
    },
    {
        "prompt": "China's share of world shipbuilding rose from about a quarter to over half. What "
                  "does that share show by itself?",
        "options": [
            "That Chinese shipyards became the most productive in the world",
            "That the industry grew; not whether through higher productivity or through subsidies",
            "Nothing at all: market shares carry no information",
            "That subsidies were the only cause",
        ],
        "answer": 1,
        "explanation": "A share rises when costs fall and when governments pay part of them. "
                       "Kalouptsidi (2018) estimates that subsidies cut Chinese yards' costs by "
                       "13–20% in 2006–2012; Barwick, Kalouptsidi & Zahur (2025) find the policy "
                       "bought market share together with fragmentation, idle capacity and low "
                       "returns, entry subsidies being the most wasteful: lesson 1's excess entry.",
    },
]
