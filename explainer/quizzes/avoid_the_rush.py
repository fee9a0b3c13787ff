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
              'needs a lasting subsidy, because its factor costs favour labour-intensive '
              'industries'],
  'answer': 3,
  'explanation': 'Viability depends on the endowment: capital-intensive chips cost too much '
                 'where capital is scarce, so the region pays a subsidy every year, which is '
                 "the 'one key opens one lock' point of the interview."},
 {'prompt': 'Which role for government does the interview favour, and which explorer setting '
            'stands for it?',
  'options': ["Allocating funds directly to the hot sector: the 'regions told to build' slider",
              "Building an innovation ecosystem and business environment: the 'set-up cost "
              "saved' slider of the policy lab",
              'Raising entry subsidies: the subsidy slider',
              'Banning entry into emerging industries'],
  'answer': 1,
  'explanation': 'Wang Yiming argues that a good ecosystem matters more than directly '
                 'allocating resources: resources flow to where conditions are right.'},
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
              'Capacity utilisation in China is always above 90%',
              'Information cascades always end in the right choice'],
  'answer': 0,
  'explanation': 'Xu (2011) credits regional decentralisation and competition with much of '
                 "China's growth (Maskin, Qian & Xu 2000 explain the yardstick competition behind "
                 "it), and Klepper (1996) documents entry and shake-out in new industries. The "
                 "lesson's models leave out what this rests on: costs unknown until firms enter, "
                 'exit of the worst, and learning spillovers.'}]
