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
                 'so even more firms enter past the optimum and each runs further below '
                 'capacity.'},
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
                 'allocating resources: resources flow to where conditions are right.'}]
