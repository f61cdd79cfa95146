using FeedWatch.Benchmarks.Matching;

namespace FeedWatch.Benchmarks.Stories;

/// <summary>
/// The districts and cities of the generated news: Khyber Pakhtunkhwa and Balochistan most (where most
/// of the project's watch rules point), the rest of Pakistan, eastern Afghanistan, Kashmir and central
/// India. Localities are made-up words, different for every seed.
/// </summary>
internal sealed class NewsPlaces
{
    private const int VillagesPerPlace = 12;

    // (name, province, country, border, city, relative weight: how often news is datelined there)
    private static readonly (string Name, string Province, string Country, bool Border, bool City, double Weight)[] Catalogue =
    [
        ("Peshawar", "Khyber Pakhtunkhwa", "Pakistan", false, true, 5), ("Bannu", "Khyber Pakhtunkhwa", "Pakistan", false, false, 4),
        ("Lakki Marwat", "Khyber Pakhtunkhwa", "Pakistan", false, false, 3), ("Dera Ismail Khan", "Khyber Pakhtunkhwa", "Pakistan", false, false, 3),
        ("North Waziristan", "Khyber Pakhtunkhwa", "Pakistan", true, false, 4), ("South Waziristan", "Khyber Pakhtunkhwa", "Pakistan", true, false, 2),
        ("Khyber", "Khyber Pakhtunkhwa", "Pakistan", true, false, 2), ("Bajaur", "Khyber Pakhtunkhwa", "Pakistan", true, false, 2),
        ("Kurram", "Khyber Pakhtunkhwa", "Pakistan", true, false, 2), ("Swat", "Khyber Pakhtunkhwa", "Pakistan", false, false, 2),
        ("Tank", "Khyber Pakhtunkhwa", "Pakistan", false, false, 1.5), ("Mohmand", "Khyber Pakhtunkhwa", "Pakistan", true, false, 1),
        ("Orakzai", "Khyber Pakhtunkhwa", "Pakistan", false, false, 1), ("Kohat", "Khyber Pakhtunkhwa", "Pakistan", false, false, 1.5),
        ("Charsadda", "Khyber Pakhtunkhwa", "Pakistan", false, false, 1), ("Mardan", "Khyber Pakhtunkhwa", "Pakistan", false, false, 1),
        ("Chitral", "Khyber Pakhtunkhwa", "Pakistan", true, false, 1), ("Karak", "Khyber Pakhtunkhwa", "Pakistan", false, false, 1),
        ("Quetta", "Balochistan", "Pakistan", false, true, 5), ("Kech", "Balochistan", "Pakistan", true, false, 2),
        ("Gwadar", "Balochistan", "Pakistan", false, false, 2), ("Panjgur", "Balochistan", "Pakistan", true, false, 1.5),
        ("Mastung", "Balochistan", "Pakistan", false, false, 1.5), ("Zhob", "Balochistan", "Pakistan", true, false, 1),
        ("Kalat", "Balochistan", "Pakistan", false, false, 1), ("Noshki", "Balochistan", "Pakistan", false, false, 1),
        ("Khuzdar", "Balochistan", "Pakistan", false, false, 1.5), ("Sibi", "Balochistan", "Pakistan", false, false, 1),
        ("Kachhi", "Balochistan", "Pakistan", false, false, 1), ("Chaman", "Balochistan", "Pakistan", true, false, 1.5),
        ("Karachi", "Sindh", "Pakistan", false, true, 5), ("Hyderabad", "Sindh", "Pakistan", false, true, 1.5),
        ("Sukkur", "Sindh", "Pakistan", false, true, 1), ("Lahore", "Punjab", "Pakistan", false, true, 5),
        ("Rawalpindi", "Punjab", "Pakistan", false, true, 2), ("Multan", "Punjab", "Pakistan", false, true, 1.5),
        ("Faisalabad", "Punjab", "Pakistan", false, true, 1.5), ("Dera Ghazi Khan", "Punjab", "Pakistan", false, false, 1),
        ("Islamabad", "Islamabad Capital Territory", "Pakistan", false, true, 5), ("Gilgit", "Gilgit-Baltistan", "Pakistan", false, true, 1),
        ("Kabul", "Kabul", "Afghanistan", false, true, 3), ("Kandahar", "Kandahar", "Afghanistan", false, true, 1.5),
        ("Nangarhar", "Nangarhar", "Afghanistan", true, false, 1.5), ("Kunar", "Kunar", "Afghanistan", true, false, 1),
        ("Khost", "Khost", "Afghanistan", true, false, 1), ("Paktika", "Paktika", "Afghanistan", true, false, 1),
        ("Herat", "Herat", "Afghanistan", false, true, 1), ("Kunduz", "Kunduz", "Afghanistan", false, false, 1),
        ("Srinagar", "Jammu and Kashmir", "India", false, true, 2), ("Kupwara", "Jammu and Kashmir", "India", true, false, 1.5),
        ("Poonch", "Jammu and Kashmir", "India", true, false, 1.5), ("Rajouri", "Jammu and Kashmir", "India", true, false, 1),
        ("Anantnag", "Jammu and Kashmir", "India", false, false, 1), ("Baramulla", "Jammu and Kashmir", "India", true, false, 1),
        ("Bijapur", "Chhattisgarh", "India", false, false, 1), ("Sukma", "Chhattisgarh", "India", false, false, 1),
        ("Dantewada", "Chhattisgarh", "India", false, false, 0.5), ("New Delhi", "Delhi", "India", false, true, 3),
    ];

    private static readonly string[] VillageEndings = ["", "", "", " Khel", " Kalay", " Kot", "abad", " Banda", " Sar", "pur"];

    private readonly NewsPlace[] _places;
    private readonly double[] _cumulativeWeights;

    public NewsPlaces(Random random)
    {
        _places = Catalogue.Select(entry => new NewsPlace(entry.Name, entry.Province, entry.Country, entry.Border, entry.City, Villages(random))).ToArray();
        var total = 0.0;
        _cumulativeWeights = Catalogue.Select(entry => total += entry.Weight).ToArray();
    }

    public IReadOnlyList<NewsPlace> All => _places;

    /// <summary>A place by dateline weight among those <paramref name="fits"/> accepts (there is always one).</summary>
    public NewsPlace Pick(Random random, Func<NewsPlace, bool> fits)
    {
        while (true)
        {
            var found = Array.BinarySearch(_cumulativeWeights, random.NextDouble() * _cumulativeWeights[^1]);
            var place = _places[found < 0 ? ~found : found];
            if (fits(place))
            {
                return place;
            }
        }
    }

    private static string[] Villages(Random random) =>
        Enumerable.Range(0, VillagesPerPlace)
            .Select(_ => Capitalized(PseudoWord.Next(random, random.Next(1, 3))) + VillageEndings[random.Next(VillageEndings.Length)])
            .ToArray();

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
