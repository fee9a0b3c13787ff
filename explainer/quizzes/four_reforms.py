"""Self-check questions for lesson 4: the four reforms (四个领域的改革)."""

QUESTIONS = [
    {
        "prompt": ("In the data-rights model, every data deal costs T to arrange. What happens "
                   "to the surplus lost when T falls to zero?"),
        "options": [
            "It falls to zero whoever holds the right to the data",
            "It falls to zero only if the data subject holds the right",
            "It falls to zero only if the data user holds the right",
            "It does not change: only the assignment of rights matters",
        ],
        "answer": 0,
        "explanation": ("With free bargaining every deal that creates value is struck and every "
                        "harmful use is bought off, whoever starts with the right (Coase 1960). "
                        "Rights matter only because deals are costly, which is why a data market "
                        "needs both clear rights and cheap trading."),
    },
    {
        "prompt": ("Most data uses create value (m = 0.5) and a licence costs T = 0.8 to arrange. "
                   "With the same cost for a buy-off, user rights lose less than subject rights. "
                   "Now suppose the many, dispersed data subjects find a buy-off twice as costly "
                   "to organise (1.6). Which holder of the right loses less now?"),
        "options": [
            "The user still, because most uses create value",
            "The data subject: the harmful uses that subjects can no longer afford to stop "
            "now cost more than the valuable uses lost to licence costs",
            "Neither: the two losses are always equal",
            "It makes no difference who pays the cost of a deal",
        ],
        "answer": 1,
        "explanation": ("User rights now lose 0.163 per potential deal against 0.125 under "
                        "subject rights; the ranking flips once a buy-off costs about 1.5 times a "
                        "licence. Coase's practical point: the right should sit where the loss is "
                        "smallest, and that depends on which side would have to organise each "
                        "deal, not only on whether most uses create value."),
    },
    {
        "prompt": ("In the revenue-sharing model with β = 0.7 and γ = 1, a university raises the "
                   "inventor's share from 20% to 70%. What happens to the university's own "
                   "revenue?"),
        "options": [
            "It falls by more than half, because the university keeps only 30%",
            "It stays the same, because total revenue is fixed",
            "It rises about sevenfold, because the inventor's effort grows so much",
            "It rises, and would keep rising if the inventor's share went to 95%",
        ],
        "answer": 2,
        "explanation": ("The unit's revenue (1 − s)·s^(7/3) is highest at s = β/γ = 0.7; moving "
                        "from 20% to 70% multiplies it by about 6.97. Beyond 70% the unit's slice "
                        "shrinks faster than the pie grows, so its revenue falls again. 70% is the "
                        "best share; in this riskless model, selling the rights for a fixed fee "
                        "would earn the unit 2.3 times as much, if the researcher could pay it. "
                        "That is the model; whether real units gain is an empirical question (next "
                        "question)."),
    },
    {
        "prompt": ("The interview reports that where researchers own 70% and their unit 30%, the "
                   "unit's revenue rose. What does the published evidence the lesson found say?"),
        "options": [
            "US universities that give inventors a larger royalty share earn more licence income, "
            "which confirms the interview",
            "The US finding that a larger inventor share brings more licence income was traced to "
            "coding errors in a replication, and no study measures units' revenue under China's "
            "70/30 rules; the better evidence concerns ownership, not the size of a share",
            "Norway's reform shows that giving researchers a larger share raises universities' "
            "revenue",
            "China's law sets the split at 70/30 everywhere, so the question is settled",
        ],
        "answer": 1,
        "explanation": ("Lach & Schankerman (2008) reported the US finding; Ouellette & Tutt (2020) "
                        "re-ran it with the policies of 152 universities, traced it to coding "
                        "errors and found no compelling evidence of an effect (not evidence of no "
                        "effect). Hvide & Jones (2018) found that taking most rights from Norwegian "
                        "researchers halved their start-ups and patents: evidence on ownership, "
                        "measured in researchers' activity, not units' revenue. The national rules "
                        "set a floor of 50% of transfer income; 70% is a local rule."),
    },
    {
        "prompt": ("In Jones's idea production function with φ < 1, an open talent system doubles "
                   "the research workforce once. In the long run this raises..."),
        "options": [
            "the growth rate of ideas for ever",
            "the level of ideas for ever, while their growth rate returns to λn/(1 − φ)",
            "nothing, because ideas get harder to find",
            "the growth rate of the research workforce",
        ],
        "answer": 1,
        "explanation": ("On the balanced growth path idea growth is λn/(1 − φ), which does not "
                        "depend on how many researchers there are. A one-off jump speeds growth "
                        "for decades and leaves a permanently higher stock of ideas. In Romer's "
                        "case (λ = φ = 1) growth is proportional to the number of researchers, so "
                        "with a growing workforce it would rise without bound: the scale effect "
                        "that Jones (1995) showed the data reject."),
    },
    {
        "prompt": ("China does a quarter of the world's research and doubles its research "
                   "workforce by hiring researchers from labs abroad. In Jones's model, where "
                   "ideas are discovered and used worldwide, what happens to the world's stock "
                   "of ideas?"),
        "options": [
            "It rises by 47% after 60 years, as in the lesson's explorer",
            "It rises by a quarter of that, because China does a quarter of the research",
            "Nothing, in this model: the researchers only moved, so the world's research is "
            "unchanged; what rises is China's share of world research and its use of the "
            "world's ideas",
            "It falls, because researchers lose time when they move",
        ],
        "answer": 2,
        "explanation": ("With one world stock of ideas, only researchers added to the world's total "
                        "raise it (Jones 2002). Had every added researcher been new to research, "
                        "the world's research would rise by 25% and its ideas by about 12% after "
                        "60 years. The explorer's 47% treats the whole world's research as one "
                        "economy's, so it is an upper bound."),
    },
    {
        "prompt": ("Three in four ventures return nothing to their investors (the lesson's "
                   "illustration) and the winners' payoffs have a Pareto tail (α = 1.5, smallest "
                   "multiple 2). Why can a bank not break even without "
                   "collateral at any loan rate up to 100%, when an equity investor expects 1.5 "
                   "yuan back per yuan?"),
        "options": [
            "Because the interest rate is capped by law",
            "Because a lender's payoff is capped at 1 + r while it bears the losses of the "
            "failures; the value sits in the few big winners that equity shares in",
            "Because banks cannot assess technology",
            "Because equity investors are paid first",
        ],
        "answer": 1,
        "explanation": ("The bank gets at most 1 + r from each winner but nothing from the 75% "
                        "that fail: even at 100% it expects 0.25 × 2 = 0.5, and it would need "
                        "about 805% to break even. The best 10% of ventures earn about 74% of all "
                        "payoffs, and only an owner shares in that upside. Collateral changes the "
                        "bank's sums, but light-asset firms have little of it. The conclusion "
                        "holds for any share of total losses above 0.485."),
    },
    {
        "prompt": ("A fund invests over 3 years and its exits come between years 5 and 12. "
                   "What does an investor who needs the money back after 5 years see?"),
        "options": [
            "Most of the fund's value",
            "Half of the fund's value",
            "None of it yet: the cash flow is still at its low point",
            "A loss that the fund will never make up",
        ],
        "answer": 2,
        "explanation": ("Cash goes out before it comes back: the J-curve bottoms at −1 per yuan "
                        "in year 3, and by year 5 no exit has happened. Only patient, long-term "
                        "capital stays long enough to collect the value."),
    },
]
