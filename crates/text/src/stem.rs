//! A light stemmer for search keys.
//!
//! The key of a word is its stem after clitic segmentation (so `وللأمريكية` and `الأمريكية`
//! meet), folded, with the common noun and adjective endings removed (ات ون ين ان يه ه ي —
//! the ة of the feminine folds to ه), and spelling variants of one stem mapped to one key
//! (`data/spelling-variants.tsv`: أميركي / أمريكي). Unlike Snowball's Arabic stemmer it never
//! cuts a letter that may be a root letter without evidence: بغداد stays بغداد, and the names
//! of the protected list keep their endings (ليبيا is not ليب).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::clitic::{is_protected_name, stem_range};
use crate::fold::fold_key;
use crate::tsv;

const SPELLING_VARIANTS: &str = include_str!("../../../data/spelling-variants.tsv");
/// The columns of `data/spelling-variants.tsv`.
pub const VARIANTS_HEADER: [&str; 3] = ["variant", "canonical", "note"];

/// Endings removed from a stem, in the order they are tried; each at most once.
const SUFFIXES: &[&str] = &["ات", "ون", "ين", "ان", "يه", "ه", "ي"];
/// Letters a stem keeps however many endings it loses.
const MIN_STEM_CHARS: usize = 3;

/// The folded variant → canonical table. Malformed lines are skipped here; the data test
/// reports them with file and line.
fn variants() -> &'static HashMap<String, String> {
    static TABLE: OnceLock<HashMap<String, String>> = OnceLock::new();
    TABLE.get_or_init(|| {
        tsv::parse("data/spelling-variants.tsv", SPELLING_VARIANTS, &VARIANTS_HEADER)
            .unwrap_or_default()
            .iter()
            .map(|row| (fold_key(row.get(0)), fold_key(row.get(1))))
            .collect()
    })
}

/// Removes the endings of a folded stem, keeping at least [`MIN_STEM_CHARS`] letters.
fn strip_endings(stem: &str) -> &str {
    let mut rest = stem;
    for suffix in SUFFIXES {
        if let Some(shorter) = rest.strip_suffix(suffix) {
            if shorter.chars().count() >= MIN_STEM_CHARS {
                rest = shorter;
            }
        }
    }
    rest
}

/// A protected name that holds the article (البوكمال) keys without it, like its clitic forms
/// (للبوكمال).
fn without_article(name: &str) -> &str {
    match name.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= MIN_STEM_CHARS => rest,
        _ => name,
    }
}

/// `تعزيز`، `تشكيل`، `تعمية`: a folded word of five letters, ت first and ي fourth, the verbal
/// noun of a verb of the second form (تفعيل). No name opens with one but a given name
/// (`تيسير`), and after ل it states a purpose (`للتعمية على`).
pub fn is_verbal_noun_of_form_two(word: &str) -> bool {
    let mut letters = word.chars();
    let shape =
        (letters.next(), letters.next(), letters.next(), letters.next(), letters.next(), letters.next());
    matches!(shape, (Some('ت'), Some(_), Some(_), Some('ي'), Some(_), None))
}

/// The search key of one word: clitics off, folded, endings off, variants unified.
pub fn stem(word: &str) -> String {
    let written_stem = &word[stem_range(word)];
    let folded = fold_key(written_stem);
    let stemmed =
        if is_protected_name(written_stem) { without_article(&folded) } else { strip_endings(&folded) };
    match variants().get(stemmed) {
        Some(canonical) => canonical.clone(),
        None => stemmed.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_root_letters_that_snowball_cuts() {
        assert_eq!(stem("بغداد"), "بغداد");
        assert_eq!(stem("وبغداد"), "بغداد");
        assert_eq!(stem("كركوك"), "كركوك");
        assert_eq!(stem("البوكمال"), stem("للبوكمال"));
    }

    #[test]
    fn clitics_endings_and_spellings_meet_in_one_key() {
        let key = stem("أمريكية");
        for word in ["أميركية", "الأمريكية", "وللأمريكية", "الأميركي", "أمريكيون", "الأمريكيين"]
        {
            assert_eq!(stem(word), key, "{word}");
        }
        assert_eq!(stem("سوريا"), stem("سورية"));
        assert_eq!(stem("السورية"), stem("سوريا"));
        assert_eq!(stem("والقوات"), stem("قوات"));
    }

    #[test]
    fn keeps_three_letters_at_least() {
        assert_eq!(stem("بيت"), "بيت");
        assert_eq!(stem("مدينة"), "مدين");
        assert_eq!(stem("قتلى"), "قتل");
        assert_eq!(stem("ات"), "ات");
    }
}
