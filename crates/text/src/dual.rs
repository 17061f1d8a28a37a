//! Counts told by a dual noun: `جنديان` (two soldiers), `شخصين`, `طائرتين`, `والطفلين`.
//!
//! Arabic counts two by the noun's own ending, not by a number word: `قتل جنديان` is two
//! soldiers killed just as `قتل ثلاثة جنود` is three. [`find_duals`] reads such nouns as
//! quantities of 2 with the unit their singular gives, so that they count the dead and
//! anchor an act as the number words do.
//!
//! Only nouns whose dual no other form shares are read. A feminine noun's dual (`-تان`,
//! `-تين`) and a noun with a broken plural (`جندي`/`جنود`, so `جنديين` is a dual) are read
//! with either ending. A noun with a sound plural (`مدني`/`مدنيون`) is read only in `-ان`:
//! its `-ين` is its plural too (`قتل مدنيين`, civilians, uncounted). A number of two after the
//! dual (`جنديين اثنين`) belongs to it. A dual with the article (`التقى الرجلان`، `الجنديين`)
//! points back to two already named, as a pronoun does, and counts nobody new: it is left
//! alone.

use std::sync::OnceLock;

use crate::fold::byte_after_letters;
use crate::hash::{KeyFilter, KeyMap};
use crate::number::{proclitics_starting_with, Quantity};
use crate::token::KeyedTokens;

/// Singular stems (folded, a feminine noun's ة written ت as before a dual ending) with the
/// unit they count and whether the `-ين` ending is a dual only (no sound plural shares it).
/// Sorted by stem.
const DUAL_STEMS: &[(&str, &str, Ending)] = &[
    ("اسرت", "families", Ending::Either),
    ("اسير", "prisoners", Ending::Either),
    ("اليت", "vehicles", Ending::Either),
    ("امرات", "women", Ending::Either),
    ("انتحاري", "fighters", Ending::NominativeOnly),
    ("جثت", "killed", Ending::Either),
    ("جريح", "injured", Ending::Either),
    ("جندي", "fighters", Ending::Either),
    ("حارس", "fighters", Ending::Either),
    ("دبابت", "vehicles", Ending::Either),
    ("رجل", "people", Ending::Either),
    ("رهينت", "prisoners", Ending::Either),
    ("زعيم", "people", Ending::Either),
    ("ساعت", "hours", Ending::Either),
    ("سيارت", "vehicles", Ending::Either),
    ("شاب", "people", Ending::Either),
    ("شخص", "people", Ending::Either),
    ("شرطي", "fighters", Ending::NominativeOnly),
    ("شهر", "months", Ending::Either),
    ("شهيد", "killed", Ending::Either),
    ("صاروخ", "rockets", Ending::Either),
    ("صحفي", "people", Ending::NominativeOnly),
    ("صياد", "people", Ending::NominativeOnly),
    ("ضابط", "fighters", Ending::Either),
    ("ضحيت", "killed", Ending::Either),
    ("ضربت", "airstrikes", Ending::Either),
    ("طايرت", "aircraft", Ending::Either),
    ("طفل", "children", Ending::Either),
    ("طفلت", "children", Ending::Either),
    ("عام", "years", Ending::Either),
    ("عايلت", "families", Ending::Either),
    ("عربت", "vehicles", Ending::Either),
    ("عسكري", "fighters", Ending::NominativeOnly),
    ("عنصر", "fighters", Ending::Either),
    ("غارت", "airstrikes", Ending::Either),
    ("فتات", "people", Ending::Either),
    ("قايد", "people", Ending::Either),
    ("قتيل", "killed", Ending::Either),
    ("قذيفت", "rockets", Ending::Either),
    ("قيادي", "people", Ending::NominativeOnly),
    ("مخطوف", "prisoners", Ending::NominativeOnly),
    ("مدني", "civilians", Ending::NominativeOnly),
    ("مروحيت", "aircraft", Ending::Either),
    ("مستوطن", "people", Ending::NominativeOnly),
    ("مسلح", "fighters", Ending::NominativeOnly),
    ("مسوول", "people", Ending::NominativeOnly),
    ("مصاب", "injured", Ending::NominativeOnly),
    ("معتقل", "prisoners", Ending::NominativeOnly),
    ("مقاتل", "fighters", Ending::NominativeOnly),
    ("مقاتلت", "aircraft", Ending::Either),
    ("مواطن", "people", Ending::NominativeOnly),
    ("موظف", "people", Ending::NominativeOnly),
    ("نازح", "displaced", Ending::NominativeOnly),
    ("ناشط", "people", Ending::NominativeOnly),
    ("يوم", "days", Ending::Either),
];

/// Which dual endings a stem is read with.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Ending {
    /// `-ان` and `-ين`.
    Either,
    /// `-ان` only: `-ين` is also the sound plural's.
    NominativeOnly,
}

/// The dual endings as folded bytes: ان is D8 A7 D9 86, ين is D9 8A D9 86.
const NOMINATIVE: &[u8] = "ان".as_bytes();
const OBLIQUE: &[u8] = "ين".as_bytes();

/// The number words of two that may follow a dual and belong to it (`جنديين اثنين`).
const TWO: &[&str] = &["اثنان", "اثنين", "اثنتان", "اثنتين"];

/// The dual nouns of `words`, in order, as quantities of 2. Each word is turned away by its
/// mix (the filter over every dual form) before any lookup: the forms are few, the words many.
pub fn find_duals(words: &KeyedTokens) -> Vec<Quantity> {
    let filter = dual_filter();
    let mut found = Vec::new();
    let passing = words.mixes().iter().enumerate().filter(|&(_, &mix)| filter.may_contain_mix(mix));
    for (index, _) in passing {
        let Some(&(unit, skipped)) = dual_forms().get(words.key(index)) else { continue };
        let Some(token) = words.tokens.get(index) else { continue };
        let start = byte_after_letters(words.raw(index), token.start, skipped);
        let end = if TWO.contains(&words.key(index + 1)) {
            words.tokens.get(index + 1).map_or(token.end, |next| next.end)
        } else {
            token.end
        };
        found.push(Quantity { start, end, value: 2.0, approximate: false, unit: Some(unit) });
    }
    found
}

/// Whether the folded word `key` is a dual noun [`find_duals`] reads (`مسؤولان`، `وجنديين`).
pub fn is_dual_noun(key: &str) -> bool {
    dual_forms().contains_key(key)
}

/// Every folded word [`dual_reading`] reads as a dual, with its reading: each stem with each
/// ending it takes, bare or after each proclitic cluster without the article.
fn dual_forms() -> &'static KeyMap<String, (&'static str, usize)> {
    static FORMS: OnceLock<KeyMap<String, (&'static str, usize)>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let clusters = PROCLITIC_FIRST_LETTERS.chars().flat_map(proclitics_starting_with).map(|p| p.letters);
        let mut forms = KeyMap::default();
        for cluster in std::iter::once("").chain(clusters) {
            for &(stem, _, _) in DUAL_STEMS {
                for ending in ["ان", "ين"] {
                    let key = format!("{cluster}{stem}{ending}");
                    if let Some(reading) = dual_reading(&key) {
                        forms.insert(key, reading);
                    }
                }
            }
        }
        forms
    })
}

/// The filter over [`dual_forms`].
fn dual_filter() -> &'static KeyFilter {
    static FILTER: OnceLock<KeyFilter> = OnceLock::new();
    FILTER.get_or_init(|| KeyFilter::new(dual_forms().keys()))
}

/// The letters a proclitic cluster may begin with.
const PROCLITIC_FIRST_LETTERS: &str = "وفبلكا";

/// `numbers` (the quantities read from number words and digits) with `duals` merged in, in
/// order. A dual takes in a number of nothing counted within its span (the `اثنين` of
/// `جنديين اثنين`), and is left out where it overlaps any other.
pub fn merge_duals(numbers: Vec<Quantity>, duals: Vec<Quantity>) -> Vec<Quantity> {
    if duals.is_empty() {
        return numbers;
    }
    let mut merged = Vec::with_capacity(numbers.len() + duals.len());
    let mut numbers = numbers.into_iter().peekable();
    for dual in duals {
        while let Some(number) = numbers.next_if(|number| number.start < dual.end) {
            let taken_in = number.unit.is_none() && number.start >= dual.start && number.end <= dual.end;
            if !taken_in {
                merged.push(number);
            }
        }
        let clear = merged.last().is_none_or(|last: &Quantity| last.end <= dual.start);
        if clear {
            merged.push(dual);
        }
    }
    merged.extend(numbers);
    merged
}

/// The unit a dual noun counts, and how many folded letters of proclitics (`و`, `ب`) come
/// before it, when `key` is one without the article: the rule [`dual_forms`] is built by.
fn dual_reading(key: &str) -> Option<(&'static str, usize)> {
    let bytes = key.as_bytes();
    let ending = bytes.get(bytes.len().checked_sub(NOMINATIVE.len())?..)?;
    let nominative = ending == NOMINATIVE;
    if !nominative && ending != OBLIQUE {
        return None;
    }
    let stem = key.get(..key.len() - NOMINATIVE.len())?;
    let fits = |word: &str| {
        let at = DUAL_STEMS.binary_search_by_key(&word, |&(stem, _, _)| stem).ok()?;
        let (_, unit, ending) = DUAL_STEMS[at];
        (nominative || ending == Ending::Either).then_some(unit)
    };
    if let Some(unit) = fits(stem) {
        return Some((unit, 0));
    }
    let first = stem.chars().next()?;
    proclitics_starting_with(first).iter().filter(|proclitic| !proclitic.article).find_map(|proclitic| {
        let bare = stem.strip_prefix(proclitic.letters)?;
        Some((fits(bare)?, proclitic.skipped))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::{fold, fold_key};
    use crate::token::tokenize;

    fn duals(text: &str) -> Vec<(String, f64, &'static str)> {
        let tokens = tokenize(text);
        let folded = fold(text);
        let words = KeyedTokens::new(text, &tokens, &folded);
        find_duals(&words)
            .into_iter()
            .map(|q| (text[q.start..q.end].to_string(), q.value, q.unit.unwrap_or("")))
            .collect()
    }

    #[test]
    fn stems_are_folded_and_sorted() {
        for pair in DUAL_STEMS.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} / {}", pair[0].0, pair[1].0);
        }
        for &(stem, _, _) in DUAL_STEMS {
            assert_eq!(fold_key(stem), stem);
        }
        for two in TWO {
            assert_eq!(fold_key(two), *two);
        }
    }

    #[test]
    fn reads_duals_in_both_cases_with_proclitics() {
        let found = duals("قتل جنديان وأصيب شخصين بجروح، وأسقطت طائرتين ومسلحان فرّا");
        let spans: Vec<&str> = found.iter().map(|(span, _, _)| span.as_str()).collect();
        assert_eq!(spans, ["جنديان", "شخصين", "طائرتين", "مسلحان"]);
        assert!(found.iter().all(|&(_, value, _)| value == 2.0));
        assert_eq!(found[0].2, "fighters");
        assert_eq!(found[2].2, "aircraft");
    }

    #[test]
    fn leaders_officials_and_young_men_are_counted() {
        let found = duals("لقي قياديان وقائدين ومسؤولان وشابان مصرعهم");
        let spans: Vec<&str> = found.iter().map(|(span, _, _)| span.as_str()).collect();
        assert_eq!(spans, ["قياديان", "قائدين", "مسؤولان", "شابان"]);
        assert!(duals("التقى قياديين في الحركة ومسؤولين").is_empty(), "sound plurals");
    }

    #[test]
    fn a_sound_plural_is_not_a_dual() {
        assert!(duals("قتل مدنيين ومسلحين").is_empty());
        assert_eq!(duals("قتل مدنيان")[0].2, "civilians");
    }

    #[test]
    fn the_number_two_after_belongs_to_the_dual() {
        assert_eq!(duals("أسر جنديين اثنين أمس")[0].0, "جنديين اثنين");
    }

    #[test]
    fn a_dual_with_the_article_points_back_and_is_not_read() {
        assert!(duals("والتقى الرجلان وقتل الجنديين وللطفلين").is_empty());
    }

    #[test]
    fn other_words_ending_like_duals_are_not_read() {
        assert!(duals("في لبنان وإيران والأردن مع الطرفين وبين البلدين").is_empty());
    }

    #[test]
    fn merged_duals_keep_order_and_yield_to_numbers() {
        let q = |start, end| Quantity { start, end, value: 1.0, approximate: false, unit: None };
        let counted = Quantity { unit: Some("killed"), ..q(10, 14) };
        let numbers = vec![q(0, 4), counted, q(24, 26)];
        let merged = merge_duals(numbers, vec![q(5, 8), q(12, 16), q(20, 26)]);
        let spans: Vec<(usize, usize)> = merged.iter().map(|q| (q.start, q.end)).collect();
        assert_eq!(spans, [(0, 4), (5, 8), (10, 14), (20, 26)]);
    }
}
