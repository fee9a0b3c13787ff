"""Self-check for lesson 1, "Avoid the rush" (不要一哄而上)."""

QUESTIONS = [{'prompt': 'In the Mankiw-Whinston market, why does free entry bring in more firms than '
            'society needs?',
  'options': ['Entrants ignore that much of their profit is taken from firms already there, '
              'while each one adds a full entry cost',
              'Entrants charge prices that are too high',
              'Consumers prefer fewer, larger firms',
              'Entry costs are lower for society than for the firm'],
  'answer': 0,
  'explanation': "Business stealing: an entrant's profit counts sales it takes from rivals, "
                 'which are a transfer, not new surplus, but its plant is a real cost.'},
 {'prompt': 'A province raises its entry subsidy for a hot industry. What happens to the '
            'number of firms under free entry and to total surplus (counting the real entry '
            'cost)?',
  'options': ['More firms; surplus rises because output rises',
              'More firms; surplus falls further below the best attainable',
              'Fewer firms; surplus rises',
              'No change: subsidies are transfers'],
  'answer': 1,
  'explanation': 'The subsidy lowers the private cost of entry, not the real cost of a plant, '
                 'so even more firms enter past the optimum and each sells less than a firm '
                 'at the optimum would.'},
 {'prompt': 'In an information cascade, regions 3, 4, 5, ... copy the first two regions. Why '
            'is that rational for each of them, yet risky for all of them together?',
  'options': ['Regions are forced by law to copy',
              'Copying is always right because the first regions know more',
              "Two matching choices outweigh one private signal, so each region's own "
              'information is never revealed and the herd can lock in on a wrong start',
              'Later regions have no private information'],
  'answer': 2,
  'explanation': 'Each copier acts sensibly on what it sees, but its choice then tells others '
                 'nothing, so the sequence stops learning: with signals right 60% of the time, '
                 'about 37% of long sequences end in the wrong cascade.'},
 {'prompt': 'According to the viability explorer, a labour-abundant region (low wage-rental '
            'ratio) that is told to build a chip industry...',
  'options': ['becomes competitive once the plant is built',
              'pays nothing extra, since world prices are the same for everyone',
              'should choose chips because they have the highest price',
              'needs a subsidy every year for as long as its costs stay where they are; only '
              'learning by doing fast enough to repay the subsidies would make them temporary'],
  'answer': 3,
  'explanation': 'Viability depends on the endowment: capital-intensive chips cost too much '
                 'where capital is scarce, which is the \'one key opens one lock\' point of the '
                 'interview. Without learning the subsidy is needed every year. With learning by '
                 'doing (lesson 2) it can be temporary, but Exercise 6 shows that an industry that '
                 'learns too slowly never repays it; Lane (2025) and Juhász (2018) find cases '
                 'where temporary support left lasting industries.'},
 {'prompt': 'In the policy lab a planner tells 3 regions, the optimal number, to build. What '
            'happens as its knowledge of the regions\' fit rises from nothing to everything?',
  'options': ['Nothing changes: planning loses to free entry whatever the planner knows',
              'Its surplus rises from about 17 to the optimum, 26.04, and passes free entry (24.25) '
              'only when its ranking is almost as good as the regions\' own knowledge',
              'It matches free entry at every level, since both build plants in the same regions',
              'Its surplus falls, because a better-informed planner builds more plants'],
  'answer': 1,
  'explanation': 'The lab is about local information (Hayek 1945) and about mandated over-entry, '
                 'not about planning as such. A planner that knows nothing picks regions at '
                 'random; one that knows every region\'s fit and builds the optimal number reaches '
                 'the optimum and beats free entry, which over-enters (5 plants where 3 are best). '
                 'The better environment is a separate lever that lowers every policy\'s set-up '
                 'cost.'},
 {'prompt': 'At its defaults the excess-entry explorer reports that each firm sells 45% of what '
            'a firm sells at the optimum; the NBS reports industrial capacity utilisation of '
            'about 75%. What can you conclude from setting the two side by side?',
  'options': ['Real plants are fuller than the model predicts, so the model overstates excess entry',
              'The model is calibrated to China, so 45% is a forecast of where utilisation is heading',
              'Nothing: the model ratio compares output per firm with the optimum, while the NBS '
              'rate is measured output over the capacity firms report',
              'The two agree once the entry subsidy is set to zero'],
  'answer': 2,
  'explanation': 'The 45% is a model construct with illustrative parameters; the NBS rate comes '
                 'from a survey of about 110,000 firms. They measure different things, so '
                 'neither level says anything about the other.'},
 {'prompt': 'Which published argument is the strongest case for letting many regions enter the '
            'same industry?',
  'options': ['Competition among local governments has driven experimentation and growth, and '
              'entry followed by shake-out is how the best firms are found',
              'Excess entry cannot happen when firms are identical',
              'More firms always mean more competition and lower prices, so total surplus rises '
              'with every entrant',
              'Information cascades always end in the right choice'],
  'answer': 0,
  'explanation': 'Xu (2011) credits regional decentralisation and competition with much of '
                 "China's growth (Maskin, Qian & Xu 2000 explain the yardstick competition behind "
                 "it), and Klepper (1996) documents entry and shake-out in new industries. The "
                 "lesson's models leave out what this rests on: costs unknown until firms enter, "
                 'exit of the worst, and learning spillovers. That more firms always raise total '
                 'surplus is the misconception Section 1 corrects: each plant is a real cost, and '
                 'much of an entrant\'s sales are taken from rivals.'},
 {'prompt': 'In the obsolescence model a plant is built with a technique one year behind the '
            'frontier. Why does it waste more of its investment where technology iterates fast?',
  'options': ['Fast iteration makes machines wear out physically sooner',
              'It loses one year of economic life either way, and a year is a larger part of a '
              'plant\'s life when prices fall fast',
              'Plants cost more to build in fast-moving industries',
              'It does not: one year behind is one year behind, whatever the pace'],
  'answer': 1,
  'explanation': 'A plant is scrapped when the falling price no longer covers its fixed operating '
                 'cost, so its life is ln(m)/g: short when g is high. A plant one year behind loses '
                 'exactly one year of that life, whatever the pace; at 30% a year that is over a '
                 'quarter of its life. The obsolescence is economic, not physical (Salter 1960).'}]
