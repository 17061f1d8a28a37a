//! The sides of a country: where `الغرب العراقي` or `الجنوب اللبناني` lies on a map.
//!
//! A town's side is a few kilometres off the town ([`crate::recognize`] nudges it), but a
//! country's side is hundreds of kilometres off its centroid, and how far depends on the
//! country. The gazetteer itself says how far a country reaches: the places listed in it.
//! A country's side lies where the outer tenth of its places begins on that side (the tenth
//! and ninetieth percentiles of their latitudes and longitudes), which outlying islands and
//! a few far-off entries do not move. A country with too few places listed has no spread,
//! and its sides keep the town's small nudge.
//!
//! `الشمال السوري`، `الغرب العراقي`، `الجنوب اللبناني`: a direction noun with the article and a
//! nationality adjective name a side of that country. (`شمال سوريا` writes the country's own
//! name, which keeps the country's place; the phrase is that mention's region.)

use std::collections::HashMap;

use marsad_text::fold::fold_key;
use marsad_text::token::is_word_char;

use crate::data::{Place, Term};

/// How far a country's places reach on each side, in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    pub south: f64,
    pub north: f64,
    pub west: f64,
    pub east: f64,
}

/// Fewer places than this say too little about a country's extent.
const FEWEST_PLACES: usize = 8;

/// The spread of every country with enough places listed, by country code. Countries and
/// regions are left out (they are the areas themselves, not points in them).
pub fn country_spreads(places: &[Place]) -> HashMap<String, Spread> {
    let mut points: HashMap<&str, (Vec<f64>, Vec<f64>)> = HashMap::new();
    for place in places.iter().filter(|p| !matches!(p.scale, "country" | "region")) {
        if let Some(country) = place.country.as_deref() {
            let (lats, lons) = points.entry(country).or_default();
            lats.push(place.lat);
            lons.push(place.lon);
        }
    }
    points
        .into_iter()
        .filter(|(_, (lats, _))| lats.len() >= FEWEST_PLACES)
        .map(|(country, (mut lats, mut lons))| {
            let (south, north) = outer_tenths(&mut lats);
            let (west, east) = outer_tenths(&mut lons);
            (country.to_string(), Spread { south, north, west, east })
        })
        .collect()
}

/// The tenth and ninetieth percentiles of `values` (at least one value).
fn outer_tenths(values: &mut [f64]) -> (f64, f64) {
    values.sort_by(f64::total_cmp);
    let at = |share: f64| values[((values.len() - 1) as f64 * share).round() as usize];
    (at(0.1), at(0.9))
}

/// The point of a country's side toward `bearing` (north = 0): from the centroid toward the
/// outer tenth of its places, along each axis as far as the bearing points along it.
pub fn side_of_country(lat: f64, lon: f64, bearing: f64, spread: &Spread) -> (f64, f64) {
    let radians = bearing.to_radians();
    let (north_share, east_share) = (radians.cos(), radians.sin());
    let toward = |from: f64, share: f64, low: f64, high: f64| {
        let edge = if share > 0.0 { high } else { low };
        from + share.abs() * (edge - from)
    };
    let lat2 = toward(lat, north_share, spread.south, spread.north);
    let lon2 = toward(lon, east_share, spread.west, spread.east);
    ((lat2 * 1e4).round() / 1e4, (lon2 * 1e4).round() / 1e4)
}

/// Folded masculine nationality adjectives (`سوري`، `عراقي`: those that agree with الشمال)
/// → country code.
pub fn masculine_demonyms(demonyms: &[Term]) -> HashMap<String, String> {
    demonyms
        .iter()
        .map(|d| (fold_key(&d.text), d.kind.clone()))
        .filter(|(key, _)| key.ends_with('ي'))
        .collect()
}

/// The direction nouns that take a nationality adjective, with their bearings.
const DIRECTION_NOUNS: &[(&str, f64)] =
    &[("الشمال", 0.0), ("الشرق", 90.0), ("الجنوب", 180.0), ("الغرب", 270.0)];

/// The article of a direction noun: without it, the noun is the head of `شمال العراق`.
const ARTICLE: &str = "ال";

/// A side of a country named by a direction noun and a nationality adjective.
#[derive(Debug, Clone, PartialEq)]
pub struct CountrySide<'d> {
    /// Folded byte range of the phrase, from the direction noun (after any glued proclitic).
    pub folded_start: usize,
    pub folded_end: usize,
    pub country: &'d str,
    /// The direction noun without its article (`شمال`): the head of `شمال العراق` too.
    pub head: &'static str,
    pub bearing: f64,
}

/// The byte that tells the direction nouns from other words: the second byte of the letter
/// after the article (ش of `الشمال` and `الشرق`, ج of `الجنوب`, غ of `الغرب`, all `D8 xx` in
/// UTF-8), and where it sits in a noun.
const NOUN_MARKS: [u8; 3] = [0xB4, 0xAC, 0xBA];
const NOUN_MARK_AT: usize = 5;

/// Every `ال<direction> ال<nationality>` in the folded text.
///
/// One pass finds the four nouns: a vector search for the bytes of their third letter (one
/// letter in thirty), each hit checked against the nouns. Four searches for the nouns
/// themselves read the text four times, and the searcher's pick of "rare" bytes is made for
/// Latin text, where every Arabic byte looks rare. A noun's matches are taken as a search
/// for it alone takes them: from the left, none overlapping the one before.
pub fn country_sides<'d>(
    text: &str,
    demonyms: &'d HashMap<String, String>,
    glued: impl Fn(&str) -> bool,
) -> Vec<CountrySide<'d>> {
    let bytes = text.as_bytes();
    let mut sides = Vec::new();
    // For each noun, where its last match ended: the next may not start before.
    let mut searched_to = [0; DIRECTION_NOUNS.len()];
    let [a, b, c] = NOUN_MARKS;
    for mark in memchr::memchr3_iter(a, b, c, bytes) {
        let Some(start) = mark.checked_sub(NOUN_MARK_AT) else { continue };
        // Most hits are one of the three letters anywhere in a word: the article before it
        // turns them away in one compare, before the nouns are.
        if !bytes.get(start..).is_some_and(|rest| rest.starts_with(ARTICLE.as_bytes())) {
            continue;
        }
        for (k, &(noun, bearing)) in DIRECTION_NOUNS.iter().enumerate() {
            let matches = bytes.get(start..).is_some_and(|rest| rest.starts_with(noun.as_bytes()));
            if !matches || start < searched_to[k] {
                continue;
            }
            searched_to[k] = start + noun.len();
            if let Some(side) = side_at(text, start, noun, bearing, demonyms, &glued) {
                sides.push(side);
            }
        }
    }
    sides.sort_by_key(|s| s.folded_start);
    sides
}

/// The side of a country named at `start`, where the direction noun `noun` starts: none
/// unless only a proclitic is glued before the noun and a nationality adjective follows it.
fn side_at<'d>(
    text: &str,
    start: usize,
    noun: &'static str,
    bearing: f64,
    demonyms: &'d HashMap<String, String>,
    glued: impl Fn(&str) -> bool,
) -> Option<CountrySide<'d>> {
    let before = text.get(..start)?;
    let word_start = before.char_indices().rev().take_while(|(_, c)| is_word_char(*c)).last();
    if !glued(word_start.map_or("", |(at, _)| &before[at..])) {
        return None;
    }
    let (end, country) = adjective_after(text, start + noun.len(), demonyms)?;
    let head = &noun[ARTICLE.len()..];
    Some(CountrySide { folded_start: start, folded_end: end, country, head, bearing })
}

/// The end and country of ` ال<nationality>` right after `at`, ending a word.
fn adjective_after<'d>(
    text: &str,
    at: usize,
    demonyms: &'d HashMap<String, String>,
) -> Option<(usize, &'d str)> {
    let rest = text.get(at..)?.strip_prefix(" ال")?;
    let word_len = rest.char_indices().find(|(_, c)| !is_word_char(*c)).map_or(rest.len(), |(i, _)| i);
    let country = demonyms.get(&rest[..word_len])?;
    Some((at + " ال".len() + word_len, country.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demonyms() -> HashMap<String, String> {
        [("عراقي", "IQ"), ("لبناني", "LB")].into_iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn a_direction_noun_and_a_nationality_name_a_side_of_the_country() {
        let demonyms = demonyms();
        let text = "في الغرب العراقي وبالجنوب اللبناني والشمال الغربي والغرب العراقيين";
        let sides = country_sides(text, &demonyms, |glued| matches!(glued, "" | "و" | "ب" | "وب"));
        let named: Vec<(&str, &str, f64)> =
            sides.iter().map(|s| (&text[s.folded_start..s.folded_end], s.country, s.bearing)).collect();
        assert_eq!(named, vec![("الغرب العراقي", "IQ", 270.0), ("الجنوب اللبناني", "LB", 180.0)]);
    }

    #[test]
    fn a_side_lies_toward_the_outer_tenth_of_the_country_s_places() {
        let spread = Spread { south: 30.0, north: 37.0, west: 40.0, east: 47.0 };
        assert_eq!(side_of_country(33.0, 44.0, 270.0, &spread), (33.0, 40.0));
        assert_eq!(side_of_country(33.0, 44.0, 0.0, &spread), (37.0, 44.0));
        let (lat, lon) = side_of_country(33.0, 44.0, 135.0, &spread);
        assert!(lat < 33.0 && lat > 30.0 && lon > 44.0 && lon < 47.0, "{lat} {lon}");
    }

    #[test]
    fn the_outer_tenths_ignore_a_few_far_places() {
        let mut values = vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 100.0];
        assert_eq!(outer_tenths(&mut values), (2.0, 11.0));
    }
}
