namespace FeedWatch.Benchmarks.Stories;

/// <summary>
/// The kinds of event the generated news reports, worded the way South Asian outlets and the wires word
/// them. Leads of one kind share most of their words across events, as real ones do ("Three policemen
/// were martyred when terrorists attacked a check post in …"): what tells two events apart is the
/// place, the locality, the numbers, the names and the sentences after the lead.
/// </summary>
internal static class EventKinds
{
    public static readonly string[] SecurityBodies =
    [
        "No group immediately claimed responsibility for the [attack].",
        "{leader} condemned the [attack] and sought a report from the police chief.",
        "The area was cordoned off and a [search] was [launched].",
        "It was the {ordinal} such [attack] in {place} this month.",
        "{province} has seen a surge in militant violence since talks with the militants collapsed.",
        "Security was put on high alert across {province} after the incident.",
        "{group} claimed responsibility for the [attack] in a statement sent to journalists.",
    ];

    public static readonly string[] GeneralBodies =
    [
        "The development comes amid growing political tension in the country.",
        "Officials did not respond to requests for comment.",
        "The matter is expected to be taken up at the next meeting of the federal cabinet.",
        "Critics said the move would hurt ordinary people the most.",
    ];

    private static bool Pakistan(NewsPlace place) => place.Country == "Pakistan";

    private static bool Frontier(NewsPlace place) => place.Province is "Khyber Pakhtunkhwa" or "Balochistan";

    public static readonly EventKind[] Security =
    [
        new()
        {
            Name = "checkpoint attack", Family = KindFamily.Security, Weight = 6, HasFollowUps = true, Places = Frontier,
            Numbers = [(1, 6), (1, 8), (1, 4)],
            Targets = ["police checkpoint", "police station", "security forces post", "Levies post", "Frontier Corps camp"],
            Victims = ["policemen", "soldiers", "security personnel", "Levies personnel"],
            Headlines =
            [
                "{n1} {victims} [killed] in [attack] on {target} in {place}",
                "[Attackers] [attackv] {target} in {place}, {n1} {victims} [killed]",
                "{place}: {n1} {victims} [killed], {n2} [injured] in [attack] on {target}",
                "{n1} {victims} [killed] as [attackers] [attackv] {target} in {province}",
            ],
            Leads =
            [
                "At least {w1} {victims} were [killed] and {w2} others [injured] when heavily armed [attackers] [attacked] a {target} in the {village} area of {place} district late on {day}, [officials] [said].",
                "{W1} {victims} lost their lives and {w2} were [injured] after [attackers] opened fire on a {target} in {place}'s {village} area early on {day}, according to {official}.",
                "[Attackers] [attacked] a {target} in {village}, {place}, on {day}, [killing] {w1} {victims} and [injuring] {w2} others, {official} told reporters.",
            ],
            Bodies =
            [
                "The [attackers] used heavy weapons and fled after an exchange of fire that lasted nearly {w3} hours.",
                "Reinforcements were rushed to {village} and a [search] was [launched] to track down the [attackers].",
                "{official} said the [attackers] had come from across the border and escaped into the mountains.",
            ],
        },
        new()
        {
            Name = "roadside bomb", Family = KindFamily.Security, Weight = 4, HasFollowUps = true, Places = Frontier,
            Numbers = [(1, 7), (1, 9), (3, 25)],
            Targets = ["a security forces convoy", "a police van", "a passenger van", "a Levies vehicle", "a Frontier Corps vehicle"],
            Victims = ["soldiers", "policemen", "passengers", "civilians"],
            Headlines =
            [
                "{n1} {victims} [killed] in roadside [blast] in {place}",
                "IED [blast] hits {target} in {place}, {n1} [killed]",
                "{n1} [killed], {n2} [injured] as bomb targets {target} in {province}",
            ],
            Leads =
            [
                "{W1} {victims} were [killed] and {w2} [injured] when a roadside bomb went off near {target} in the {village} area of {place} on {day}, [officials] [said].",
                "An improvised explosive device struck {target} in {place}'s {village} area on {day}, [killing] {w1} {victims} and [injuring] {w2}, according to {official}.",
                "A bomb planted by the roadside exploded as {target} passed through {village} in {place} on {day}, [killing] {w1} {victims}, [officials] [said].",
            ],
            Bodies =
            [
                "The device was remotely detonated as the vehicle passed, the bomb disposal squad said.",
                "About {n3} kilograms of explosives were used in the [blast], police said.",
                "The [injured] were [shifted] to {hospital}, where several were said to be in critical condition.",
            ],
        },
        new()
        {
            Name = "suicide bombing", Family = KindFamily.Security, Weight = 1.5, HasFollowUps = true, Places = place => place.Country != "India",
            Numbers = [(3, 40), (10, 80), (2, 12)],
            Targets = ["a crowded market", "a mosque during Friday prayers", "a political rally", "a police training centre", "a bus carrying security personnel"],
            Headlines =
            [
                "Suicide bomber kills {n1} at {target} in {place}",
                "{n1} [killed] in suicide [blast] at {target} in {place}",
                "Suicide [attack] in {place} leaves {n1} dead, {n2} [injured]",
            ],
            Leads =
            [
                "A suicide bomber blew himself up at {target} in {place} on {day}, [killing] at least {w1} people and [injuring] {w2} others, [officials] [said].",
                "At least {w1} people were [killed] and {w2} [injured] when a suicide bomber struck {target} in the {village} area of {place} on {day}, {official} said.",
            ],
            Bodies =
            [
                "The bomber was on foot and detonated his explosive vest at the entrance, police said.",
                "An emergency was declared at {hospital} and blood donors were asked to come forward.",
                "The death toll was expected to rise as {w3} of the [injured] were in critical condition.",
            ],
        },
        new()
        {
            Name = "targeted killing", Family = KindFamily.Security, Weight = 4, HasFollowUps = true, Places = Pakistan,
            Numbers = [(1, 1), (1, 3), (2, 6)],
            Victims = ["officials"],
            Headlines =
            [
                "{official} shot dead in {place}",
                "Gunmen kill {official} in {place}",
                "{official} [killed] in targeted [attack] in {village}",
            ],
            Leads =
            [
                "Unidentified gunmen on a motorcycle shot dead {official} near his home in the {village} area of {place} on {day}, [officials] [said].",
                "{official} was [killed] when [attackers] opened fire on his car in {place}'s {village} area on {day}, according to police.",
            ],
            Bodies =
            [
                "The [attackers] fled the scene and a case was registered against unknown persons.",
                "He had received threats from militants in the past, his family said.",
                "His funeral prayers were offered in {village} later in the day.",
            ],
        },
        new()
        {
            Name = "intelligence-based operation", Family = KindFamily.Security, Weight = 5, Places = Frontier,
            Numbers = [(2, 12), (1, 4), (2, 9)],
            Headlines =
            [
                "{n1} [militants] [killed] in {place} operation: ISPR",
                "[Forces] kill {n1} [militants] in intelligence-based operation in {place}",
                "{n1} [militants] [killed] in {place} IBO, weapons recovered",
            ],
            Leads =
            [
                "[Forces] [killed] {w1} [militants] during an intelligence-based operation in the {village} area of {place} district, the military's media wing [said] on {day}.",
                "At least {w1} [militants] were [killed] in an exchange of fire with [forces] in {place} on {day}, according to ISPR.",
            ],
            Bodies =
            [
                "Weapons, ammunition and explosives were recovered from the [militants], the statement said.",
                "A sanitisation operation was being carried out to eliminate any other [militants] found in the area.",
                "{W2} soldiers were [injured] in the exchange of fire, ISPR added.",
            ],
        },
        new()
        {
            Name = "kidnapping", Family = KindFamily.Security, Weight = 2, Places = Frontier,
            Numbers = [(2, 9), (1, 3), (1, 4)],
            Targets = ["a construction site", "a bus", "their camp", "a toll plaza", "the highway"],
            Victims = ["labourers", "engineers", "passengers", "government employees", "polio workers"],
            Headlines =
            [
                "{n1} {victims} [abducted] in {place}",
                "Armed men [abduct] {n1} {victims} from {target} in {place}",
                "{n1} {victims} [abducted] at gunpoint in {province}",
            ],
            Leads =
            [
                "Armed men [abducted] {w1} {victims} from {target} in the {village} area of {place} on {day}, [officials] [said].",
                "{W1} {victims} were [abducted] by [attackers] who stopped their vehicle near {village} in {place} on {day}, {official} said.",
            ],
            Bodies =
            [
                "Police [launched] a search for the [abducted] men and blocked all exits from the area.",
                "Elders from {village} were in contact with the kidnappers, {official} said.",
                "No ransom demand had been received so far.",
            ],
        },
        new()
        {
            Name = "polio team attack", Family = KindFamily.Security, Weight = 1, HasFollowUps = true, Places = Pakistan,
            Numbers = [(1, 2), (1, 3), (2, 5)],
            Victims = ["policemen"],
            Headlines =
            [
                "Policeman guarding polio team [killed] in {place}",
                "[Attackers] [attackv] polio team in {place}, {n1} [killed]",
                "Polio drive suspended in {place} after [attack] on vaccinators",
            ],
            Leads =
            [
                "A policeman escorting a polio vaccination team was [killed] when [attackers] opened fire in the {village} area of {place} on {day}, [officials] [said].",
                "[Attackers] [attacked] a polio team in {place}'s {village} area on {day}, [killing] {w1} policemen deployed for its security, {official} said.",
            ],
            Bodies =
            [
                "The vaccinators were unhurt and were moved to a safe place.",
                "The anti-polio campaign in the district was suspended for {w3} days after the [attack].",
                "Pakistan is one of two countries where polio remains endemic.",
            ],
        },
        new()
        {
            Name = "cross-border firing", Family = KindFamily.Security, Weight = 1.5, HasFollowUps = true, Places = place => place.Border,
            Numbers = [(1, 6), (1, 10), (2, 5)],
            Victims = ["civilians"],
            Headlines =
            [
                "{n1} [killed] in cross-border firing in {place}",
                "Border forces exchange fire in {place}, {n1} civilians [killed]",
                "Cross-border shelling in {place} leaves {n1} dead",
            ],
            Leads =
            [
                "At least {w1} civilians were [killed] and {w2} [injured] when mortar shells fired from across the border hit houses in {village}, {place}, on {day}, [officials] [said].",
                "{W1} people were [killed] as border forces exchanged heavy fire near {village} in {place} on {day}, according to {official}.",
            ],
            Bodies =
            [
                "Residents of border villages fled to safer areas with their livestock.",
                "The foreign office summoned the neighbouring country's envoy to lodge a strong protest.",
                "Trade through the nearby crossing was suspended after the clash.",
            ],
        },
        new()
        {
            Name = "CTD arrests", Family = KindFamily.Security, Weight = 3, Places = Pakistan,
            Numbers = [(2, 9), (1, 3), (2, 12)],
            Headlines =
            [
                "CTD [arrests] {n1} suspected [militants] in {place}",
                "{n1} suspected [militants] [arrested] in {province} raids",
                "{n1} terror suspects held in {place}, explosives seized",
            ],
            Leads =
            [
                "The Counter Terrorism Department [arrested] {w1} suspected [militants] during raids in {place} and nearby {village} on {day}, [officials] [said].",
                "{W1} suspects allegedly planning [attacks] in {province} were [arrested] in a raid in {place}, {official} said on {day}.",
            ],
            Bodies =
            [
                "Explosives, detonators and {w3} hand grenades were recovered from their possession.",
                "The suspects were shifted to an undisclosed location for interrogation.",
                "They were allegedly linked to {group}, the CTD said.",
            ],
        },
        new()
        {
            Name = "infrastructure blast", Family = KindFamily.Security, Weight = 1.5, Places = Frontier,
            Numbers = [(1, 3), (1, 3), (2, 10)],
            Targets = ["a gas pipeline", "a power pylon", "a railway track", "a mobile phone tower", "a bridge"],
            Headlines =
            [
                "[Attackers] blow up {target} in {place}",
                "[Blast] damages {target} in {place}",
                "Supplies suspended after [blast] hits {target} in {province}",
            ],
            Leads =
            [
                "[Attackers] blew up {target} in the {village} area of {place} on {day}, suspending supplies to several districts, [officials] [said].",
                "An explosion damaged {target} near {village} in {place} on {day}, {official} said.",
            ],
            Bodies =
            [
                "Repair work would take at least {w3} days, the company said.",
                "No one was hurt in the [blast].",
                "{group} claimed responsibility in a statement to the media.",
            ],
        },
        new()
        {
            Name = "sit-in", Family = KindFamily.Security, Weight = 3, Places = Pakistan,
            Numbers = [(2, 9), (1, 5), (2, 6)],
            Issues = ["targeted killings", "the military operation", "power outages", "the closure of the border crossing", "enforced disappearances", "extortion by militants"],
            Headlines =
            [
                "Tribesmen stage [protest] in {place} over {issue}",
                "{place} residents block highway in [protest] against {issue}",
                "[Protest] against {issue} enters {ordinal} day in {place}",
            ],
            Leads =
            [
                "Hundreds of residents of {place} staged a [protest] on {day} against {issue}, blocking the main highway near {village} for several hours.",
                "Tribal elders and residents continued their [protest] in {place} on {day}, demanding an end to {issue}, {official} said.",
            ],
            Bodies =
            [
                "The protesters said they would not end the [protest] until their demands were met.",
                "Talks between the district administration and the elders remained inconclusive.",
                "Traffic on the highway remained suspended, stranding hundreds of vehicles.",
            ],
        },
        new()
        {
            Name = "curfew", Family = KindFamily.Security, Weight = 1.5,
            Numbers = [(2, 7), (1, 3), (2, 7)],
            Headlines =
            [
                "Curfew imposed in {place} amid security concerns",
                "Mobile internet suspended in {place} for {n3} days",
                "Authorities impose curfew, suspend internet in {place}",
            ],
            Leads =
            [
                "Authorities imposed a curfew in {place} on {day} and suspended mobile internet services for {w3} days, citing security threats, [officials] [said].",
                "The district administration suspended mobile internet and banned gatherings in {place} on {day}, {official} said.",
            ],
            Bodies =
            [
                "Markets and schools remained closed and streets wore a deserted look.",
                "Residents of {village} complained of shortages of food and medicines.",
                "The restrictions would be reviewed after {w3} days, officials said.",
            ],
        },
        new()
        {
            Name = "Kashmir encounter", Family = KindFamily.Security, Weight = 3, HasFollowUps = true, Places = place => place.Province == "Jammu and Kashmir",
            Numbers = [(1, 5), (1, 3), (2, 8)],
            Victims = ["militants"],
            Headlines =
            [
                "{n1} [militants] [killed] in encounter in {place}",
                "Gunfight breaks out in {place}, {n1} [militants] [killed]",
                "{n1} [militants] [killed] in {place} gunfight, operation on",
            ],
            Leads =
            [
                "{W1} [militants] were [killed] in an encounter with security forces in the {village} area of {place} district on {day}, police [said].",
                "A gunfight broke out between [militants] and security forces in {place}'s {village} on {day} after a cordon and search operation, [killing] {w1} [militants], {official} said.",
            ],
            Bodies =
            [
                "Arms and ammunition were recovered from the site of the encounter.",
                "Mobile internet was suspended in {place} as a precaution.",
                "The slain [militants] were believed to be affiliated with {group}, police said.",
            ],
        },
        new()
        {
            Name = "Maoist encounter", Family = KindFamily.Security, Weight = 1, Places = place => place.Province == "Chhattisgarh",
            Numbers = [(1, 9), (1, 3), (2, 8)],
            Headlines =
            [
                "{n1} Maoists [killed] in encounter in {place}",
                "Security forces kill {n1} Maoists in {place} forests",
                "{n1} Maoists [killed] in anti-Naxal operation in {province}",
            ],
            Leads =
            [
                "{W1} Maoists were [killed] in an encounter with security forces in the forests of {place} district on {day}, police [said].",
                "Security forces [killed] {w1} Maoists during an anti-Naxal operation near {village} in {place} on {day}, {official} said.",
            ],
            Bodies =
            [
                "The bodies and weapons including {w3} rifles were recovered from the spot.",
                "The operation was launched on specific intelligence inputs about the presence of Maoists.",
                "{W2} jawans were [injured] and airlifted to Raipur.",
            ],
        },
        new()
        {
            Name = "Afghanistan blast", Family = KindFamily.Security, Weight = 2, HasFollowUps = true, Places = place => place.Country == "Afghanistan",
            Numbers = [(1, 20), (2, 40), (2, 6)],
            Targets = ["a mosque", "a Shia mosque", "a busy market", "a school", "a wedding hall"],
            Headlines =
            [
                "{n1} [killed] in [blast] in {place}, Afghanistan",
                "Islamic State claims [attack] that killed {n1} in {place}",
                "[Blast] in {place} kills {n1}, Taliban say",
            ],
            Leads =
            [
                "At least {w1} people were [killed] and {w2} [injured] in a [blast] at {target} in {place} on {day}, a Taliban spokesman [said].",
                "A [blast] tore through {target} in {place} on {day}, [killing] {w1} people, according to the Taliban-run interior ministry.",
            ],
            Bodies =
            [
                "Islamic State Khorasan claimed responsibility through its Amaq news agency.",
                "Taliban security forces cordoned off the area and barred journalists from the site.",
                "The United Nations mission in Afghanistan condemned the [attack].",
            ],
        },
    ];

    /// <summary>Events that follow an attack in the same place, naming its locality, target and dead: a different story.</summary>
    public static readonly EventKind[] FollowUps =
    [
        new()
        {
            Name = "funeral", Family = KindFamily.FollowUp,
            Headlines =
            [
                "Funeral prayers offered for {n1} {victims} [killed] in {place} [attack]",
                "{place} [attack] victims laid to rest",
                "Hundreds attend funerals of {village} [attack] victims",
            ],
            Leads =
            [
                "Funeral prayers for the {w1} {victims} [killed] in the [attack] in {village} were offered in {place} on {day}, attended by senior officials.",
                "The {w1} {victims} [killed] in {place} were laid to rest in their ancestral graveyards on {day} with official honours.",
            ],
            Bodies =
            [
                "{leader} attended the funeral and announced compensation for the families.",
                "The families demanded that the [attackers] be brought to justice.",
                "A wreath was laid on behalf of the inspector general of police.",
            ],
        },
        new()
        {
            Name = "follow-up operation", Family = KindFamily.FollowUp, Numbers = [(1, 6), (1, 8), (2, 8)],
            Headlines =
            [
                "Operation launched in {place} after [attack] on {target}",
                "[Forces] kill {n3} [militants] behind {place} [attack]",
                "{n3} [militants] involved in {village} [attack] [killed]",
            ],
            Leads =
            [
                "[Forces] [killed] {w3} [militants] involved in the recent [attack] on {target} in {place}'s {village} area, [officials] [said] on {day}.",
                "A search and strike operation was [launched] in {place} on {day} to track down the [attackers] who [attacked] {target} in {village}, {official} said.",
            ],
            Bodies =
            [
                "Weapons, ammunition and explosives were recovered from the [militants], the statement said.",
                "The operation would continue until the area was cleared, officials said.",
                "Residents were asked to stay indoors during the operation.",
            ],
        },
        new()
        {
            Name = "protest over killing", Family = KindFamily.FollowUp,
            Headlines =
            [
                "{place} residents [protest] against killing of {victims}",
                "Traders shut markets in {place} after {village} [attack]",
                "Sit-in over {village} [attack] continues in {place}",
            ],
            Leads =
            [
                "Residents of {place} staged a [protest] on {day} against the killing of {w1} {victims} in the [attack] in {village}, demanding better security.",
                "Markets and businesses remained closed in {place} on {day} as traders observed a strike against the [attack] in {village}.",
            ],
            Bodies =
            [
                "The protesters chanted slogans against the government and the security agencies.",
                "Elders said the [protest] would continue until the killers were arrested.",
                "The district administration held talks with the protesters.",
            ],
        },
        new()
        {
            Name = "arrests after attack", Family = KindFamily.FollowUp, Numbers = [(1, 6), (1, 8), (2, 6)],
            Headlines =
            [
                "{n3} suspects [arrested] over {place} [attack]",
                "CTD [arrests] facilitators of {village} [attack]",
                "Police claim breakthrough in {place} [attack] case",
            ],
            Leads =
            [
                "Police [arrested] {w3} suspects allegedly involved in the [attack] on {target} in the {village} area of {place}, {official} said on {day}.",
                "The Counter Terrorism Department said on {day} it had [arrested] {w3} facilitators of the [attack] in {village}, {place}.",
            ],
            Bodies =
            [
                "The suspects had provided shelter and transport to the [attackers], the CTD said.",
                "Mobile phones and a motorcycle used in the [attack] were seized.",
                "The suspects were presented before an anti-terrorism court.",
            ],
        },
    ];

    public static readonly EventKind[] General =
    [
        new()
        {
            Name = "political statement", Family = KindFamily.General, Weight = 6, Places = place => place.City,
            Issues = ["inflation", "electricity tariffs", "gas shortages", "unemployment", "the budget", "taxes on the salaried class", "law and order", "water shortages", "wheat procurement", "petrol prices", "the delayed local government elections"],
            Headlines =
            [
                "{person} [criticises] government over {issue}",
                "{party} to launch protest movement over {issue}, says {person}",
                "{party}'s {person} demands action on {issue}",
            ],
            Leads =
            [
                "{party} leader {person} on {day} [criticised] the government over {issue}, saying the {province} administration had failed the people.",
                "Speaking to reporters in {place} on {day}, {party} leader {person} said his party would launch a protest movement if {issue} was not addressed.",
            ],
            Bodies =
            [
                "He said the party's core committee would meet next week to finalise its strategy.",
                "{person} also criticised the election commission over the delimitation of constituencies.",
                "A government spokesman dismissed the remarks as politically motivated.",
            ],
        },
        new()
        {
            Name = "assembly bill", Family = KindFamily.General, Weight = 3, Places = place => place.City && place.Country == "Pakistan",
            Numbers = [(40, 90), (5, 35), (2, 6)],
            Issues = ["police reform", "local government", "anti-harassment", "tenancy", "rent control", "child protection", "water management", "food safety", "minimum wage", "land revenue"],
            Headlines =
            [
                "{province} Assembly passes {issue} bill",
                "{issue} bill approved by {province} Assembly",
                "{province} lawmakers pass {issue} law amid opposition walkout",
            ],
            Leads =
            [
                "The {province} Assembly on {day} passed the {issue} bill with a majority vote, while opposition members staged a walkout.",
                "Lawmakers in the {province} Assembly approved the {issue} bill on {day}, with {n1} members voting in favour and {n2} against.",
            ],
            Bodies =
            [
                "Opposition leader {person} called the law hasty and said it had not been sent to the standing committee.",
                "The bill will become law once the governor signs it.",
                "{party} members tore up copies of the agenda in protest.",
            ],
        },
        new()
        {
            Name = "court hearing", Family = KindFamily.General, Weight = 5, Places = place => place.City,
            Numbers = [(2, 9), (1, 5), (2, 12)],
            Issues = ["corruption", "money laundering", "contempt", "tax evasion", "land allotment", "assets beyond means", "sedition", "rioting"],
            Headlines =
            [
                "{court} adjourns hearing of {person}'s {issue} case",
                "{person}'s {issue} case: {court} seeks reply from government",
                "Hearing of {issue} case against {person} put off till {day2}",
            ],
            Leads =
            [
                "The {court} on {day} adjourned the hearing of the {issue} case against {party} leader {person} till {day2} after the prosecution sought more time.",
                "The {court} on {day} sought a reply from the government in the {issue} case against {person} and adjourned the hearing till {day2}.",
            ],
            Bodies =
            [
                "{person}'s lawyer argued that the case was politically motivated.",
                "The prosecution said it would produce {w3} more witnesses.",
                "{person} appeared before the court amid tight security.",
            ],
        },
        new()
        {
            Name = "diplomacy", Family = KindFamily.General, Weight = 5, Places = place => place.City,
            Numbers = [(2, 9), (1, 5), (2, 6)],
            Issues = ["trade", "security cooperation", "energy projects", "border management", "counter-terrorism", "climate change", "investment", "education exchanges", "railway links"],
            Headlines =
            [
                "{minister} [meets] {partner} envoy, discusses {issue}",
                "{country} and {partner} agree to boost {issue}",
                "{partner} to support {country} in {issue}, says envoy",
            ],
            Leads =
            [
                "{minister} met the ambassador of {partner} in {place} on {day} and discussed {issue}, the foreign office [said].",
                "{country} and {partner} on {day} agreed to deepen cooperation in {issue} during a meeting between {minister} and a visiting delegation in {place}.",
            ],
            Bodies =
            [
                "Both sides agreed to hold the next round of talks within {w3} months.",
                "The envoy invited the minister to visit {partner} at the earliest.",
                "The two countries signed {w3} memorandums of understanding.",
            ],
        },
        new()
        {
            Name = "cricket", Family = KindFamily.General, Weight = 4, Places = place => place.City,
            Numbers = [(2, 120), (40, 160), (25, 110)],
            Headlines =
            [
                "{team} [beat] {rival} by {n1} runs in {place}",
                "{person} stars as {team} [beat] {rival}",
                "{team} clinch win over {rival} in {place} thriller",
            ],
            Leads =
            [
                "{team} beat {rival} by {w1} runs in {place} on {day}, with {person} scoring {n2} off {n3} balls.",
                "{person}'s {n2}-run knock helped {team} defeat {rival} by {n1} runs at the {place} stadium on {day}.",
            ],
            Bodies =
            [
                "{rival} never recovered after losing early wickets.",
                "The win takes {team} to the top of the points table.",
                "{person} was named player of the match.",
            ],
        },
        new()
        {
            Name = "rains", Family = KindFamily.General, Weight = 3,
            Numbers = [(1, 15), (1, 20), (2, 5)],
            Headlines =
            [
                "{n1} [killed] as heavy rains lash {place}",
                "Flash floods kill {n1} in {place}, roads washed away",
                "Rain-related incidents claim {n1} lives in {province}",
            ],
            Leads =
            [
                "At least {w1} people were [killed] and {w2} [injured] as heavy rains and flash floods hit {place} and adjoining areas on {day}, the provincial disaster management authority [said].",
                "Torrential rain lashed {place} on {day}, [killing] {w1} people and damaging dozens of houses in {village} and nearby villages, [officials] [said].",
            ],
            Bodies =
            [
                "The Met Office forecast more rain over the next {w3} days.",
                "Rescue teams were dispatched to {village}, where several houses had collapsed.",
                "The main highway was closed after landslides at several points.",
            ],
        },
        new()
        {
            Name = "road accident", Family = KindFamily.General, Weight = 4,
            Numbers = [(2, 25), (1, 30), (2, 6)],
            Headlines =
            [
                "{n1} [killed] as bus falls into ravine in {place}",
                "{n1} dead, {n2} [injured] in road accident near {place}",
                "Passenger coach overturns in {place}, {n1} [killed]",
            ],
            Leads =
            [
                "At least {w1} passengers were [killed] and {w2} [injured] when a bus fell into a ravine near {village} in {place} on {day}, rescue officials [said].",
                "{W1} people died and {w2} were [injured] when a passenger coach overturned near {village}, {place}, on {day}, according to Rescue 1122.",
            ],
            Bodies =
            [
                "Officials said the accident was caused by overspeeding.",
                "The [injured] were [shifted] to {hospital}.",
                "{leader} expressed grief over the loss of lives.",
            ],
        },
        new()
        {
            Name = "dengue", Family = KindFamily.General, Weight = 2,
            Numbers = [(5, 90), (200, 4000), (2, 6)],
            Headlines =
            [
                "{place} reports {n1} new dengue cases",
                "Dengue cases rise to {n2} in {place}",
                "Health emergency declared as dengue spreads in {place}",
            ],
            Leads =
            [
                "{place} reported {w1} new dengue cases in the past 24 hours, taking the tally this season to {n2}, health [officials] [said] on {day}.",
                "The number of dengue patients in {place} rose to {n2} on {day} after {w1} more people tested positive, {official} said.",
            ],
            Bodies =
            [
                "Fumigation drives were launched in {village} and other affected areas.",
                "Hospitals were told to set up dedicated dengue wards.",
                "Residents were advised to avoid stagnant water around their homes.",
            ],
        },
        new()
        {
            Name = "company results", Family = KindFamily.General, Weight = 3, Places = place => place.City,
            Numbers = [(1, 60), (3, 80), (1, 25)],
            Headlines =
            [
                "{company} posts Rs{n1}bn profit for {month} quarter",
                "{company} profit [rises] {n2}pc on higher sales",
                "{company} announces Rs{n3} dividend after profit jump",
            ],
            Leads =
            [
                "{company} reported a net profit of Rs{n1} billion for the quarter ended {month}, up {n2} percent from a year earlier, the company said in a stock exchange filing on {day}.",
                "{company}'s profit rose {n2}pc to Rs{n1}bn in the quarter to {month} on the back of higher sales, according to a filing on {day}.",
            ],
            Bodies =
            [
                "The board announced a cash dividend of Rs{n3} per share.",
                "Shares of {company} closed {w3} percent higher at the Pakistan Stock Exchange.",
                "The company attributed the growth to higher volumes and lower finance costs.",
            ],
        },
    ];
}
