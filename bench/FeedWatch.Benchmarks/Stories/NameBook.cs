using FeedWatch.Benchmarks.Matching;

namespace FeedWatch.Benchmarks.Stories;

/// <summary>The people, groups and organisations generated events name; leaders and companies are drawn once per seed.</summary>
internal sealed class NameBook
{
    private static readonly string[] FirstNames =
        ["Muhammad", "Ahmad", "Imran", "Fazal", "Gul", "Sher", "Abdul", "Zahid", "Tariq", "Asif", "Naveed", "Shahid", "Irfan", "Bilal",
         "Hamid", "Rahim", "Javed", "Noor", "Wali", "Amjad", "Saeed", "Khalid", "Farooq", "Zubair", "Rashid", "Sajid", "Waqar", "Yasir",
         "Kamran", "Adnan", "Faisal", "Usman", "Hassan", "Junaid", "Aftab", "Ijaz", "Sohail", "Nadeem", "Arshad", "Qaiser"];

    private static readonly string[] LastNames =
        ["Khan", "Khattak", "Wazir", "Marwat", "Afridi", "Yousafzai", "Baloch", "Mengal", "Bugti", "Shah", "Durrani", "Mehsud", "Dawar",
         "Orakzai", "Bangash", "Turi", "Achakzai", "Kakar", "Raisani", "Jamali", "Qureshi", "Malik", "Chaudhry", "Butt", "Abbasi", "Niazi",
         "Gandapur", "Kundi", "Jadoon", "Swati"];

    private static readonly string[] PakistanRanks =
        ["District Police Officer", "Deputy Commissioner", "Station House Officer", "Deputy Inspector General", "Assistant Commissioner",
         "Superintendent of Police", "Sub-Inspector", "Assistant Sub-Inspector", "Regional Police Officer", "Levies Risaldar"];

    private static readonly string[] IndiaRanks = ["Senior Superintendent of Police", "Deputy Commissioner", "Inspector General", "Superintendent of Police"];

    private static readonly string[] AfghanRanks = ["provincial police spokesman", "district governor", "provincial information chief"];

    private static readonly string[] PakistanParties = ["PTI", "PML-N", "PPP", "JUI-F", "MQM-P", "ANP", "Jamaat-e-Islami", "BNP-Mengal"];

    private static readonly string[] IndiaParties = ["BJP", "Congress", "National Conference", "PDP"];

    private static readonly string[] PakistanCourts =
        ["Supreme Court", "Islamabad High Court", "Lahore High Court", "Peshawar High Court", "Sindh High Court", "accountability court", "anti-terrorism court"];

    private static readonly string[] IndiaCourts = ["Supreme Court", "Delhi High Court", "special NIA court"];

    private static readonly string[] Teams =
        ["Pakistan", "India", "Sri Lanka", "Bangladesh", "Afghanistan", "Australia", "England", "New Zealand", "South Africa", "West Indies",
         "Peshawar Zalmi", "Lahore Qalandars", "Karachi Kings", "Quetta Gladiators", "Islamabad United", "Multan Sultans"];

    private static readonly string[] Partners =
        ["China", "the United States", "Iran", "Saudi Arabia", "the UAE", "Turkey", "Qatar", "the UK", "Russia", "Japan", "Germany",
         "Uzbekistan", "Azerbaijan", "Malaysia"];

    private static readonly string[] Ministries = ["Foreign", "Interior", "Finance", "Commerce", "Defence", "Planning", "Energy", "Information", "Railways", "Water Resources"];

    private static readonly string[] CompanyKinds = [" Cement", " Textile Mills", " Bank", " Motors", " Fertilizer", " Oil", " Pharma", " Steel", " Foods", " Power"];

    private static readonly string[] Ordinals = ["second", "third", "fourth", "fifth", "sixth"];

    private readonly Dictionary<string, string> _leaders;
    private readonly string[] _companies;

    public NameBook(Random random, NewsPlaces places)
    {
        _leaders = places.All.Select(place => (place.Province, place.Country)).Distinct().ToDictionary(
            pair => pair.Province,
            pair => pair.Country switch
            {
                "Afghanistan" => $"{pair.Province} governor {Person(random)}",
                _ when pair.Province.StartsWith("Islamabad", StringComparison.Ordinal) => $"Interior Minister {Person(random)}",
                _ => $"{pair.Province} Chief Minister {Person(random)}",
            },
            StringComparer.Ordinal);
        _companies = Enumerable.Range(0, 150)
            .Select(_ => Capitalized(PseudoWord.Next(random, 2)) + CompanyKinds[random.Next(CompanyKinds.Length)])
            .ToArray();
    }

    public static string Person(Random random) => $"{Pick(random, FirstNames)} {Pick(random, LastNames)}";

    /// <summary>Everything a template of any kind may name, for an event at <paramref name="place"/>.</summary>
    public Dictionary<string, string> Facts(Random random, EventKind kind, NewsPlace place, DateTime published) => new(StringComparer.Ordinal)
    {
        ["place"] = place.Name,
        ["province"] = place.Province,
        ["country"] = place.Country,
        ["village"] = Pick(random, place.Villages),
        ["hospital"] = place.Hospital,
        ["official"] = $"{Pick(random, place.Country switch { "India" => IndiaRanks, "Afghanistan" => AfghanRanks, _ => PakistanRanks })} {Person(random)}",
        ["person"] = Person(random),
        ["group"] = Group(random, place),
        ["leader"] = _leaders[place.Province],
        ["party"] = Pick(random, place.Country == "India" ? IndiaParties : PakistanParties),
        ["court"] = Pick(random, place.Country == "India" ? IndiaCourts : PakistanCourts),
        ["team"] = Pick(random, Teams),
        ["rival"] = Pick(random, Teams),
        ["partner"] = Pick(random, Partners),
        ["minister"] = $"{Pick(random, Ministries)} Minister {Person(random)}",
        ["company"] = Pick(random, _companies),
        ["month"] = Months[random.Next(12)],
        ["day"] = published.DayOfWeek.ToString(),
        ["day2"] = ((DayOfWeek)random.Next(7)).ToString(),
        ["ordinal"] = Pick(random, Ordinals),
        ["issue"] = Pick(random, kind.Issues),
        ["target"] = Pick(random, kind.Targets),
        ["victims"] = Pick(random, kind.Victims),
    };

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static string Group(Random random, NewsPlace place) => place.Province switch
    {
        "Balochistan" => Pick(random, ["the Baloch Liberation Army", "the Baloch Liberation Front", "Tehreek-e-Taliban Pakistan", "Islamic State Khorasan"]),
        "Jammu and Kashmir" => Pick(random, ["Lashkar-e-Taiba", "Jaish-e-Mohammed", "The Resistance Front", "Hizbul Mujahideen"]),
        "Chhattisgarh" => "the CPI (Maoist)",
        _ when place.Country == "Afghanistan" => Pick(random, ["Islamic State Khorasan", "the National Resistance Front"]),
        _ => Pick(random, ["Tehreek-e-Taliban Pakistan", "the Hafiz Gul Bahadur group", "Jamaatul Ahrar", "Lashkar-e-Islam", "Islamic State Khorasan"]),
    };

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Pick(Random random, IReadOnlyList<string> values) => values[random.Next(values.Count)];
}
