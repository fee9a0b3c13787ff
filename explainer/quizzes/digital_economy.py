"""Self-check for lesson 3: the digital economy is the main battlefield (数字经济是主战场)."""

QUESTIONS = [
    {
        "prompt": "In the data-sharing model, 100 firms each share all their data and output rises "
                  "with data to the power 0.05. Why does every firm gain about 26%?",
        "options": [
            "Each firm's data is used up when another firm reads it, so firms must buy more data.",
            "Data are nonrival: every firm can use all 100 firms' data at once, and 100^0.05 ≈ 1.26.",
            "Data have increasing returns: doubling a firm's data more than doubles its output.",
            "The government pays a 26% subsidy for sharing.",
        ],
        "answer": 1,
        "explanation": "Nonrival data can be used by many firms at the same time without being used up, "
                       "so sharing multiplies the data each firm uses by N; with diminishing returns "
                       "(η = 0.05) the output gain is N^η − 1 ≈ 26%. Returns to data are not "
                       "increasing here: doubling a firm's data raises its output by only about 3.5%. "
                       "The gain comes from every firm using all firms' data at once.",
    },
    {
        "prompt": "In the three-sector model with σ < 1 (the sectors' goods are complements), "
                  "productivity grows faster in industry than in services. What happens to "
                  "services?",
        "options": [
            "Their relative price falls and their share of nominal GDP falls.",
            "Their relative price rises and their share of nominal GDP rises.",
            "Nothing: the shares are fixed by policy targets.",
            "Their share falls because their real output grows more slowly.",
        ],
        "answer": 1,
        "explanation": "This is Baumol's cost disease (Baumol 1967; Ngai & Pissarides 2007): the "
                       "sector with slow productivity growth becomes relatively more expensive, "
                       "and with σ < 1 demand for it falls by less than its price rises, so its "
                       "share of nominal spending rises. Equivalently, the fastest-growing sector "
                       "loses share. The model has no income effects, so here the shift comes "
                       "from relative prices alone; either way sector shares are an outcome, not "
                       "a target.",
    },
    {
        "prompt": "With Y = A K^α L^(1−α) D^γ, nonrival data give returns to scale of 1 + γ. Why "
                  "can γ not be read off data's share of national income?",
        "options": [
            "Because data are never counted in GDP.",
            "Because γ is always zero.",
            "Because income shares are published only every five years.",
            "Paying every factor its marginal product would cost (1 + γ)·Y, more than output, "
            "so income shares cannot all equal output elasticities.",
        ],
        "answer": 3,
        "explanation": "By Euler's theorem the factors' marginal products times their amounts add "
                       "up to (1 + γ)·Y, so some factor must be paid less than its marginal "
                       "product. In the lesson's benchmark capital and labour are paid theirs "
                       "(shares α and 1 − α) and data nothing. A Solow residual computed with "
                       "those shares then equals TFP growth plus γ·g_D: it credits data's "
                       "contribution to TFP.",
    },
    {
        "prompt": "What does a '321' industrial structure mean?",
        "options": [
            "Agriculture is the largest sector, then industry, then services.",
            "Services are the largest share of GDP, then industry, then agriculture.",
            "The three sectors are in the ratio 3:2:1.",
            "Industry is largest, then services, then agriculture.",
        ],
        "answer": 1,
        "explanation": "The digits name the sectors in order of their share of GDP: tertiary (3) first, "
                       "then secondary (2), then primary (1). In NBS's revised series China has been "
                       "'321' since services overtook industry in 2012 (45.5% of GDP); when NBS first "
                       "reported the crossing, in the 2013 statistical communiqué, it dated it to 2013 "
                       "(46.1% against 43.9%). '231' describes the earlier order.",
    },
    {
        "prompt": "The interview calls for moving from 'follow-style' to 'leading-style' innovation. "
                  "In the distance-to-frontier model, what happens if the switch from imitation to "
                  "innovation is delayed until the economy is at 95% of the frontier, while imitation "
                  "alone stalls at 92.6%?",
        "options": [
            "The economy reaches the frontier a little later.",
            "Nothing changes: both strategies end at the frontier.",
            "The switch never comes and the economy stays at 92.6% of the frontier.",
            "The economy overtakes the frontier.",
        ],
        "answer": 2,
        "explanation": "Imitation alone converges to a_ss(1) = 0.926, below the 0.95 trigger, so the "
                       "economy is trapped. Switching at the growth-maximising point a* = 0.882 takes it "
                       "to the frontier.",
    },
    {
        "prompt": "A lab has 10^23 FLOPs of compute but only 316 billion training tokens, and, as in "
                  "Hoffmann et al. (2022), each token can be used once. What is the best it can do "
                  "according to their scaling law?",
        "options": [
            "Train a smaller model on fewer tokens to save compute.",
            "Use all the tokens and put the rest of the compute into a bigger model; the loss is "
            "higher than with enough data.",
            "Nothing: loss depends only on compute.",
            "Nothing would change if it could repeat the tokens: a token seen a tenth time is worth "
            "as much as a new one.",
        ],
        "answer": 1,
        "explanation": "With data capped and each token used once, extra compute can only go into "
                       "parameters, whose returns diminish; the loss flattens above E + B/D^β. Data "
                       "are a binding factor, which is why the interview ties big models to big data "
                       "and a working data market. Repetition softens the cap: Muennighoff et al. "
                       "(2023) find up to about 4 epochs of repeated data nearly as good as new "
                       "data, but the value of further repeats decays, so a token seen a tenth time "
                       "is worth much less than a new one.",
    },
    {
        "prompt": "CAICT puts China's digital economy at 42.8% of GDP in 2023, while NBS counts the "
                  "core digital industries at 9.9%. Why are both numbers published?",
        "options": [
            "One of them is a typing error.",
            "CAICT also counts an estimate of the digital part of all other industries "
            "('industrial digitalisation'); NBS counts only the core digital industries.",
            "CAICT measures in US dollars and NBS in yuan.",
            "NBS measures 2013, CAICT measures 2023.",
        ],
        "answer": 1,
        "explanation": "About four fifths of CAICT's figure is 'industrial digitalisation', a modelled "
                       "estimate of output gains from digital technology in traditional industries. "
                       "It is not a sector that can be added to the three-sector shares.",
    },
    {
        "prompt": "The interview treats a significant rise in total factor productivity (TFP) as "
                  "a sign of new quality productive forces. What do published estimates say "
                  "about China's TFP growth since the late 2000s?",
        "options": [
            "It slowed: one estimate finds it turned negative in 2007–2012, and a World Bank "
            "paper (Brandt et al. 2020) finds a marked decline in recent years.",
            "It has accelerated steadily since 2008.",
            "It cannot be estimated for China at all.",
            "It rose in step with the digital economy's share of GDP, which CAICT puts at 32.9% "
            "in 2017 and 42.8% in 2023.",
        ],
        "answer": 0,
        "explanation": "Estimates differ with method and data (0.8 points a year on average over "
                       "1980–2012 in one study, 2.5 over 1982–2000 in another), but they agree "
                       "that TFP growth slowed after the late 2000s. Two caveats: measured TFP "
                       "can lag a general-purpose technology for years while firms invest in "
                       "intangibles (David 1990; Brynjolfsson, Rock & Syverson 2021), and the "
                       "residual depends on what is counted as an input. The size of the digital "
                       "economy is not its productivity: a sector can grow as a share of GDP while "
                       "aggregate TFP growth slows.",
    },
    {
        "prompt": "Two firms share an industry's capital and labour. A wedge lets the more productive "
                  "firm keep only half of its revenue, so it ends up with a third of the inputs "
                  "instead of four fifths. Data then remove the wedge. What happens to aggregate TFP "
                  "with the same total capital and labour?",
        "options": [
            "Nothing: TFP can only rise if some firm's own productivity rises.",
            "It rises, from about 84% to 100% of its efficient level, because inputs move to where "
            "their marginal revenue products are higher.",
            "It falls, because the less productive firm loses inputs.",
            "It rises only if the economy's total capital and labour rise too.",
        ],
        "answer": 1,
        "explanation": "In the misallocation model (after Hsieh & Klenow 2009) aggregate TFP is "
                       "highest when marginal revenue products are equal across firms. The wedge "
                       "keeps them apart; removing it moves inputs to the productive firm and raises "
                       "output from the same inputs, although neither firm's technology changes. "
                       "This is the sense in which data could 'improve the efficiency of factor "
                       "allocation'.",
    },
    {
        "prompt": "By Acemoglu's (2025) version of Hulten's theorem, AI raises aggregate TFP by the "
                  "share of tasks it affects times the average cost saving on them. With about 4.6% "
                  "of tasks and savings of 14.4%, what is the gain over ten years?",
        "options": [
            "About 0.66%, roughly 0.06 percentage points a year.",
            "About 14.4%, the cost saving itself.",
            "About 19%, the sum of the two shares.",
            "It cannot be computed without knowing how large the models are.",
        ],
        "answer": 0,
        "explanation": "0.046 × 0.144 ≈ 0.0066. The task share plays the role of a Domar weight "
                       "(lesson 2). The estimate is contested: Aghion & Bunel (2024) argue for 0.8 "
                       "to 1.3 points a year, which at a 14.4% saving would need AI to reach more "
                       "than half of all tasks within ten years. The dispute is about the two "
                       "inputs, not the formula.",
    },
]
